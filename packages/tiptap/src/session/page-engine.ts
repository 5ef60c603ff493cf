import { type analyseNote, type analyseNoteInSteps, type createLinter, loadRuleDetails } from '@casenote/lint';

/** The built-in engine's entry points the editor uses when it checks on the page. */
export interface PageEngine {
  createLinter: typeof createLinter;
  analyseNote: typeof analyseNote;
  analyseNoteInSteps: typeof analyseNoteInSteps;
}

let engine: PageEngine | undefined;
let loading: Promise<PageEngine> | undefined;

/** The built-in engine, once it has loaded (`loadPageEngine`). */
export function loadedPageEngine(): PageEngine | undefined {
  return engine;
}

/**
 * Loads the built-in engine, once for every editor on the page. A dynamic import: the host's
 * bundler puts the engine in a chunk of its own, fetched from the page's origin when an editor
 * first checks on the page. An editor whose linter and analyser are the host's own (a Web Worker)
 * never asks for it, so worker mode does not ship the engine on the page as well.
 */
export function loadPageEngine(): Promise<PageEngine> {
  if (!loading) {
    // the words a card shows (each rule's explanation) come in a chunk of their own, asked for
    // with the engine so they are there when the writer opens a finding
    requestRuleDetails();
    loading = import('./engine-entry.ts').then((module) => {
      engine = module;
      return module;
    });
    // a chunk that failed to arrive is asked for again next time
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/**
 * Starts loading the rule details (`loadRuleDetails`: the built-in rules' explanations) for the
 * cards, without waiting for them; a chunk that fails is asked for again when a card needs it.
 */
export function requestRuleDetails(): void {
  loadRuleDetails().catch(() => undefined);
}

/**
 * Loads the built-in engine the editor checks with on the page. Not needed: an editor loads it
 * itself and checks once it has (its first underlines come a moment later). Await it before
 * creating an editor whose first check must land at once, as in tests, or to fetch the engine's
 * chunk early.
 *
 * @example await loadCaseNoteEngine(); editor.commands.lintNow(); // the findings are drawn now
 */
export async function loadCaseNoteEngine(): Promise<void> {
  await loadPageEngine();
}
