import { createLinter } from '@casenote/lint';
import type { Command, Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import { DecorationSet, type EditorView } from '@tiptap/pm/view';
import { caseNoteLintPluginKey, MAX_CACHED_BLOCKS } from './constants.ts';
import type {
  CaseNoteLintOptions,
  Category,
  Diagnostic,
  DiagnosticCounts,
  EditorDiagnostic,
  LintedBlock,
  LintOptions,
  LintResultsMeta,
  SeverityOrOff,
} from './types.ts';
import { countDiagnostics } from './utils/countDiagnostics.ts';
import { createIgnoreKey } from './utils/createIgnoreKey.ts';
import { findTextblocks, type TextblockAt } from './utils/findTextblocks.ts';
import { getBlockText } from './utils/getBlockText.ts';
import { getRangeText } from './utils/getRangeText.ts';
import { isDiagnosticDecoration } from './utils/isDiagnosticDecoration.ts';
import { listDiagnostics } from './utils/listDiagnostics.ts';
import { toEditorDiagnostic } from './utils/toEditorDiagnostic.ts';

type LintResults = Diagnostic[] | Promise<Diagnostic[]>;
type Results = Extract<LintResultsMeta, { type: 'results' }>;

let lastId = 0;

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> =>
  typeof (value as Promise<T> | null)?.then === 'function';

/**
 * One editor's linting: the linter, the per-paragraph cache (keyed by the paragraph's text),
 * ignores, the debounce timer, and the commands' logic. The findings themselves live in the
 * plugin state (see createLintPlugin), never here, so they cannot go out of step with the document.
 */
export class LintSession {
  readonly editor: Editor;
  lintOptions: LintOptions;
  private readonly options: CaseNoteLintOptions;
  private lintText: (text: string) => LintResults;
  private readonly cache = new Map<string, Diagnostic[]>();
  private readonly ignored: Set<string>;
  private allowed: Set<string>;
  private view: EditorView | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Goes up when the rules change, so answers from the old linter are thrown away. */
  private generation = 0;

  constructor(editor: Editor, options: CaseNoteLintOptions) {
    this.editor = editor;
    this.options = options;
    const { rules, categories, allow, extraRules, locale, context } = options;
    this.lintOptions = Object.fromEntries(
      Object.entries({ rules, categories, allow, extraRules, locale, context }).filter(([, value]) => value !== undefined),
    ) as LintOptions;
    this.allowed = new Set((allow ?? []).map(phrase => phrase.trim().toLowerCase()));
    this.ignored = new Set(options.ignoreStore?.load() ?? []);
    this.lintText = this.createLintText();
  }

  readonly createId = (): string => `cn-${++lastId}`;

  attach(view: EditorView): void {
    this.view = view;
    this.schedule(0);
  }

  detach(): void {
    this.view = null;
    clearTimeout(this.timer);
  }

  destroy(): void {
    this.detach();
  }

  /** Re-checks the edited paragraphs once the user pauses for `delay` ms. */
  schedule(delay = this.options.delay): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delay);
  }

  /** Calls `onDiagnostics` with the current findings. */
  notify(): void {
    this.options.onDiagnostics?.(this.listDiagnostics());
  }

  listDiagnostics(state: EditorState = this.editor.state): EditorDiagnostic[] {
    return listDiagnostics(this.decorations(state));
  }

  countDiagnostics(): DiagnosticCounts {
    return countDiagnostics(this.listDiagnostics());
  }

  listIgnoredKeys(): string[] {
    return [...this.ignored];
  }

  getDiagnosticAt(pos: number): EditorDiagnostic | null {
    const found = this.decorations(this.editor.state)
      .find(pos, pos, isDiagnosticDecoration)
      .filter(decoration => decoration.from <= pos && pos <= decoration.to)
      .sort((a, b) => a.to - a.from - (b.to - b.from))[0];
    return found ? toEditorDiagnostic(found) : null;
  }

  getDiagnostic(id: string, state: EditorState = this.editor.state): EditorDiagnostic | null {
    const found = this.decorations(state).find(undefined, undefined, spec => spec.diagnostic?.id === id)[0];
    return found ? toEditorDiagnostic(found) : null;
  }

  commandLintNow(): Command {
    return ({ state, tr, dispatch }) => {
      if (!dispatch) return true;
      const pluginState = caseNoteLintPluginKey.getState(state);
      // Only what is out of date: edited paragraphs, or everything before the first results.
      const ranges = !pluginState || pluginState.full || tr.docChanged ? null : pluginState.dirty;
      if (ranges?.length === 0) return true;
      this.lintInto(tr, ranges);
      return true;
    };
  }

  commandMove(direction: 1 | -1): Command {
    return ({ state, tr, dispatch }) => {
      const list = this.listDiagnostics(state).map(diagnostic => this.mapThrough(diagnostic, tr));
      const count = list.length;
      if (count === 0) return false;
      const { from, to, empty } = tr.selection;
      const current = list.findIndex(diagnostic => diagnostic.from === from && diagnostic.to === to);
      let target: EditorDiagnostic | undefined;
      if (current >= 0) target = list[(current + direction + count) % count];
      else if (direction === 1) target = list.find(d => (empty ? d.from >= from : d.from > from)) ?? list[0];
      else target = list.findLast(d => d.from < from) ?? list[count - 1];
      if (!target) return false;
      if (dispatch) tr.setSelection(TextSelection.create(tr.doc, target.from, target.to)).scrollIntoView();
      return true;
    };
  }

  commandSelect(id: string): Command {
    return ({ state, tr, dispatch }) => {
      const found = this.getDiagnostic(id, state);
      if (!found) return false;
      const { from, to } = this.mapThrough(found, tr);
      if (dispatch) tr.setSelection(TextSelection.create(tr.doc, from, to)).scrollIntoView();
      return true;
    };
  }

  commandApplySuggestion(id: string, index: number): Command {
    return ({ editor, state, tr, dispatch }) => {
      if (!editor.isEditable) return false; // a read-only note is never changed
      const found = this.getDiagnostic(id, state);
      const suggestion = found?.suggestions[index];
      if (!found || suggestion === undefined) return false;
      const { from, to } = this.mapThrough(found, tr);
      // The range may have been edited since the check: never replace words the user did not see flagged.
      if (from >= to || getRangeText(tr.doc, from, to) !== found.actual) return false;
      if (dispatch) {
        closeHistory(tr);
        tr.insertText(suggestion, from, to);
        tr.setMeta(caseNoteLintPluginKey, { type: 'remove', ids: [id] } satisfies LintResultsMeta);
      }
      return true;
    };
  }

  commandIgnore(id: string): Command {
    return ({ state, tr, dispatch }) => {
      const found = this.getDiagnostic(id, state);
      if (!found) return false;
      const { from, to } = this.mapThrough(found, tr);
      const $from = tr.doc.resolve(from);
      if (!$from.parent.isTextblock) return false;
      const start = $from.start();
      const key = createIgnoreKey(found.ruleId, getBlockText($from.parent), from - start, to - start);
      if (dispatch) {
        this.ignored.add(key);
        this.options.ignoreStore?.save(this.listIgnoredKeys());
        const ids = this.listDiagnostics(state)
          .filter(diagnostic => diagnostic.id === id || diagnostic.ignoreKey === key)
          .map(diagnostic => diagnostic.id);
        tr.setMeta(caseNoteLintPluginKey, { type: 'remove', ids } satisfies LintResultsMeta);
        tr.setMeta('addToHistory', false);
      }
      return true;
    };
  }

  commandSetSeverity(change: {
    rules?: Record<string, SeverityOrOff>;
    categories?: Partial<Record<Category, SeverityOrOff>>;
  }): Command {
    return ({ tr, dispatch }) => {
      if (!dispatch) return true;
      this.lintOptions = {
        ...this.lintOptions,
        rules: { ...this.lintOptions.rules, ...change.rules },
        categories: { ...this.lintOptions.categories, ...change.categories },
      };
      this.resetLinter();
      this.cache.clear();
      this.lintInto(tr);
      return true;
    };
  }

  commandAllowPhrase(phrase: string): Command {
    return ({ state, tr, dispatch }) => {
      const allowed = phrase.trim();
      if (allowed === '') return false;
      if (dispatch) {
        this.lintOptions = { ...this.lintOptions, allow: [...(this.lintOptions.allow ?? []), allowed] };
        this.allowed.add(allowed.toLowerCase());
        // Cached results stay valid: allowed phrases are filtered out after linting as well.
        this.resetLinter();
        const ids = this.listDiagnostics(state)
          .filter(diagnostic => this.isAllowed(diagnostic.actual))
          .map(diagnostic => diagnostic.id);
        tr.setMeta(caseNoteLintPluginKey, { type: 'remove', ids } satisfies LintResultsMeta);
        tr.setMeta('addToHistory', false);
      }
      return true;
    };
  }

  /** The debounced run: lint the paragraphs edited since the last results and show them. */
  private run(): void {
    this.timer = undefined;
    const view = this.view;
    const pluginState = view ? caseNoteLintPluginKey.getState(view.state) : undefined;
    if (!view || !pluginState || (!pluginState.full && pluginState.dirty.length === 0)) return;
    const ranges = pluginState.full ? null : pluginState.dirty;
    this.deliver(this.collect(view.state.doc, ranges));
  }

  /** Lints the given ranges, or the whole note (from cache where it can), for a command's transaction. */
  private lintInto(tr: Transaction, ranges: ReadonlyArray<{ from: number; to: number }> | null = null): void {
    clearTimeout(this.timer);
    const results = this.collect(tr.doc, ranges);
    if (isPromise(results)) {
      tr.setMeta(caseNoteLintPluginKey, { type: 'invalidate' } satisfies LintResultsMeta);
      this.deliver(results);
      return;
    }
    tr.setMeta(caseNoteLintPluginKey, results);
    tr.setMeta('addToHistory', false);
  }

  private deliver(results: Results | Promise<Results>): void {
    if (!isPromise(results)) {
      this.dispatchResults(results);
      return;
    }
    const generation = this.generation;
    results.then(
      meta => {
        if (generation === this.generation) this.dispatchResults(meta);
      },
      (error: unknown) => console.error('[casenote] the linter failed', error),
    );
  }

  /** A meta-only transaction: no content change, no undo step. The plugin drops it if `doc` is stale. */
  private dispatchResults(meta: Results): void {
    const view = this.view;
    if (!view || this.editor.isDestroyed) return;
    view.dispatch(view.state.tr.setMeta(caseNoteLintPluginKey, meta).setMeta('addToHistory', false));
  }

  private collect(doc: Results['doc'], ranges: ReadonlyArray<{ from: number; to: number }> | null): Results | Promise<Results> {
    const blocks = findTextblocks(doc, ranges);
    const texts = blocks.map(({ node }) => getBlockText(node));
    const answers = texts.map(text => this.lintBlock(text));
    const full = ranges === null;
    if (!answers.some(isPromise)) return this.toResults(doc, full, blocks, texts, answers as Diagnostic[][]);
    return Promise.all(answers).then(lists => this.toResults(doc, full, blocks, texts, lists));
  }

  private lintBlock(text: string): LintResults {
    if (text.trim() === '') return [];
    const cached = this.cache.get(text);
    if (cached) return cached;
    const answer = this.lintText(text);
    const store = (diagnostics: Diagnostic[]) => {
      if (this.cache.size >= MAX_CACHED_BLOCKS) this.cache.clear();
      this.cache.set(text, diagnostics);
      return diagnostics;
    };
    if (!isPromise(answer)) return store(answer);
    const generation = this.generation;
    return answer.then(diagnostics => (generation === this.generation ? store(diagnostics) : diagnostics));
  }

  private toResults(
    doc: Results['doc'],
    full: boolean,
    blocks: readonly TextblockAt[],
    texts: readonly string[],
    lists: ReadonlyArray<readonly Diagnostic[]>,
  ): Results {
    const linted: LintedBlock[] = blocks.map(({ node, pos }, index) => {
      const text = texts[index] ?? '';
      const start = pos + 1;
      const diagnostics: LintedBlock['diagnostics'] = [];
      for (const diagnostic of lists[index] ?? []) {
        if (diagnostic.from < 0 || diagnostic.to > text.length || diagnostic.from >= diagnostic.to) continue;
        if (this.isAllowed(diagnostic.actual)) continue;
        const ignoreKey = createIgnoreKey(diagnostic.ruleId, text, diagnostic.from, diagnostic.to);
        if (this.ignored.has(ignoreKey)) continue;
        diagnostics.push({ ...diagnostic, from: start + diagnostic.from, to: start + diagnostic.to, ignoreKey });
      }
      return { pos, end: pos + node.nodeSize, diagnostics };
    });
    return { type: 'results', doc, full, blocks: linted };
  }

  private isAllowed(actual: string): boolean {
    return this.allowed.has(actual.trim().toLowerCase());
  }

  private createLintText(): (text: string) => LintResults {
    // Paragraphs are linted one by one, so the engine's whole-note analysis would judge each
    // paragraph as if it were the note: leave it out here.
    const lintOptions: LintOptions = { ...this.lintOptions, analysis: false };
    const custom = this.options.linter;
    if (custom) return text => custom.lint(text, lintOptions);
    const linter = createLinter(lintOptions);
    return text => linter.lint(text);
  }

  private resetLinter(): void {
    this.generation += 1;
    this.lintText = this.createLintText();
  }

  private mapThrough(diagnostic: EditorDiagnostic, tr: Transaction): EditorDiagnostic {
    if (!tr.docChanged) return diagnostic;
    return { ...diagnostic, from: tr.mapping.map(diagnostic.from, 1), to: tr.mapping.map(diagnostic.to, -1) };
  }

  private decorations(state: EditorState): DecorationSet {
    return caseNoteLintPluginKey.getState(state)?.decorations ?? DecorationSet.empty;
  }
}
