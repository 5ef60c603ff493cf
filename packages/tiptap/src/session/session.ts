import { normalisePhrase } from '@casenote/lint';
import { requestRuleDetails } from './page-engine.ts';
import type { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { caseNoteLintPluginKey } from '../constants.ts';
import type {
  AnalysisResultsMeta,
  CaseNoteLintOptions,
  CheckErrorContext,
  DiagnosticCounts,
  EditorDiagnostic,
  EditorNoteAnalysis,
  LintOptions,
  LintResultsMeta,
} from '../types.ts';
import {
  countDiagnostics,
  getDecorations,
  getDiagnosticAt,
  getDiagnosticAtSelection,
  listDiagnostics,
  toEditorDiagnostic,
} from '../utils/decorations.ts';
import { BlockChecker } from './block-checker.ts';
import { NoteAnalysis } from './note-analysis.ts';
import type { SessionHost } from './session-host.ts';
import { validateCaseNoteLintOptions } from './validate-options.ts';

/** One empty list, so readers that compare by reference see no change before the first analysis. */
const noNoteDiagnostics: EditorDiagnostic[] = [];

let lastId = 0;

/** A short fingerprint of a text (32-bit FNV-1a), so reported failures are remembered without keeping the text. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * One editor's linting state, kept in the extension's storage: the options in force, ignores and
 * allowed phrases, the view once there is one, and the two pipelines that share them (the
 * per-paragraph `checker` and the whole-note `analysis`). The findings themselves live in the
 * plugin state, never here, so they cannot go out of step with the document.
 */
export class LintSession implements SessionHost {
  readonly editor: Editor;
  readonly options: CaseNoteLintOptions;
  lintOptions: LintOptions;
  view: EditorView | null = null;
  readonly checker: BlockChecker;
  readonly analysis: NoteAnalysis;
  private readonly ignored: Set<string>;
  /** The keys the host's store gave: some may be of the earlier scheme (`legacyIgnoreKey`). */
  private readonly storedKeys: Set<string>;
  private readonly allowed: Set<string>;
  private readonly reportedErrors = new Set<string>();
  private errorCount = 0;
  private detailsRequested = false;

  constructor(editor: Editor, options: CaseNoteLintOptions) {
    this.editor = editor;
    this.options = options;
    // A bad option is refused here, when the editor is created, with one error naming the field.
    this.lintOptions = validateCaseNoteLintOptions(options);
    this.allowed = new Set((this.lintOptions.allow ?? []).map(normalisePhrase));
    this.ignored = new Set(options.ignoreStore?.load() ?? []);
    this.storedKeys = new Set(this.ignored);
    this.checker = new BlockChecker(this);
    this.analysis = new NoteAnalysis(this);
  }

  readonly createId = (): string => `cn-${++lastId}`;

  attach(view: EditorView): void {
    this.view = view;
    this.checker.schedule(0);
    // The first analysis as soon as the browser is idle after the first lint.
    this.analysis.schedule(0);
  }

  detach(): void {
    this.view = null;
    this.checker.stop();
    this.analysis.stop();
  }

  /** The note changed: re-check the edited paragraphs after `delay`, analyse after `analysisDelay`. */
  documentChanged(): void {
    this.checker.schedule();
    this.analysis.schedule();
  }

  /** Calls `onDiagnostics` with the current findings. */
  notify(): void {
    this.options.onDiagnostics?.(this.listDiagnostics());
  }

  /** A meta-only transaction: no content change, no undo step. The plugin drops it if `doc` is stale. */
  dispatchResults(meta: Extract<LintResultsMeta, { type: 'results' }> | AnalysisResultsMeta): void {
    const view = this.view;
    if (!view || this.editor.isDestroyed) return;
    // with the host's own linter (a Web Worker), the page side asks for the rule details when the
    // first results arrive, so the cards can explain the findings
    if (!this.detailsRequested) {
      this.detailsRequested = true;
      requestRuleDetails();
    }
    view.dispatch(view.state.tr.setMeta(caseNoteLintPluginKey, meta).setMeta('addToHistory', false));
  }

  /**
   * Reports a failed check once per failing text (to `onCheckError`, else the console), so a
   * paragraph the engine cannot read is told about once, not on every pass, and the others go on.
   */
  reportError(error: unknown, context: CheckErrorContext, text: string): void {
    const key = `${context.kind}:${text.length}:${hashText(text)}`;
    if (this.reportedErrors.has(key)) return;
    if (this.reportedErrors.size >= 1000) this.reportedErrors.clear();
    this.reportedErrors.add(key);
    this.errorCount += 1;
    if (this.options.onCheckError) this.options.onCheckError(error, context);
    else console.error(`[casenote] the ${context.kind === 'paragraph' ? 'linter' : 'analysis'} failed`, error);
  }

  /** Checks that failed so far (each failing text counted once). */
  get checkErrors(): number {
    return this.errorCount;
  }

  isAllowed(actual: string): boolean {
    return this.allowed.size > 0 && this.allowed.has(normalisePhrase(actual));
  }

  allow(phrase: string): void {
    this.lintOptions = { ...this.lintOptions, allow: [...(this.lintOptions.allow ?? []), phrase] };
    this.allowed.add(normalisePhrase(phrase));
  }

  /**
   * Whether a finding is ignored: under its key, or, while the host's store holds keys, under the
   * key an earlier version stored for it (`legacyKey`, worked out only when needed).
   */
  isIgnored(key: string, legacyKey?: () => string): boolean {
    if (this.ignored.has(key)) return true;
    return legacyKey !== undefined && this.storedKeys.size > 0 && this.storedKeys.has(legacyKey());
  }

  ignore(key: string): void {
    this.ignored.add(key);
    this.options.ignoreStore?.save(this.listIgnoredKeys());
  }

  listIgnoredKeys(): string[] {
    return [...this.ignored];
  }

  analysisEnabled(): boolean {
    return this.lintOptions.analysis !== false;
  }

  listDiagnostics(state: EditorState = this.editor.state): EditorDiagnostic[] {
    return listDiagnostics(getDecorations(state));
  }

  /** Changes when the set of findings changes, not when edits move them (see the plugin state's `version`). */
  getDiagnosticsVersion(state: EditorState = this.editor.state): number {
    return caseNoteLintPluginKey.getState(state)?.version ?? 0;
  }

  countDiagnostics(): DiagnosticCounts {
    return countDiagnostics(this.listDiagnostics());
  }

  getDiagnosticAt(pos: number): EditorDiagnostic | null {
    return getDiagnosticAt(getDecorations(this.editor.state), pos);
  }

  getDiagnosticAtSelection(): EditorDiagnostic | null {
    return getDiagnosticAtSelection(this.editor.state);
  }

  getDiagnostic(id: string, state: EditorState = this.editor.state): EditorDiagnostic | null {
    const found = getDecorations(state).find(undefined, undefined, (spec) => spec.diagnostic?.id === id)[0];
    if (found) return toEditorDiagnostic(found);
    return this.listNoteDiagnostics(state).find((diagnostic) => diagnostic.id === id) ?? null;
  }

  listNoteDiagnostics(state: EditorState = this.editor.state): EditorDiagnostic[] {
    return caseNoteLintPluginKey.getState(state)?.analysis?.noteDiagnostics ?? noNoteDiagnostics;
  }

  getAnalysis(state: EditorState = this.editor.state): EditorNoteAnalysis | null {
    return this.analysis.snapshot(state);
  }

  isHighlightingAboutChild(state: EditorState = this.editor.state): boolean {
    return caseNoteLintPluginKey.getState(state)?.highlightAboutChild ?? false;
  }

  /** Whether paragraphs are still waiting to be checked (a long check under way, or edits since the last). */
  isChecking(state: EditorState = this.editor.state): boolean {
    const pluginState = caseNoteLintPluginKey.getState(state);
    return pluginState ? pluginState.full || pluginState.dirty.length > 0 : false;
  }
}
