import { analyseNote, createLinter } from '@casenote/lint';
import type { Command, Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import { DecorationSet, type EditorView } from '@tiptap/pm/view';
import { caseNoteLintPluginKey, DRAW_PART_BLOCKS, MAX_CACHED_BLOCKS } from './constants.ts';
import type {
  AnalysisResultsMeta,
  CaseNoteAnalyser,
  CaseNoteLintOptions,
  Category,
  Diagnostic,
  DiagnosticCounts,
  EditorDiagnostic,
  LintedBlock,
  LintOptions,
  LintResultsMeta,
  EditorNoteAnalysis,
  NoteAnalysis,
  NoteContext,
  SeverityOrOff,
} from './types.ts';
import { buildNoteText, type NoteText } from './utils/buildNoteText.ts';
import { findNoteTextBlock } from './utils/findNoteTextBlock.ts';
import { listSentences } from './utils/listSentences.ts';
import { countDiagnostics } from './utils/countDiagnostics.ts';
import { createIgnoreKey } from './utils/createIgnoreKey.ts';
import { findTextblocks, type TextblockAt } from './utils/findTextblocks.ts';
import { getBlockText } from './utils/getBlockText.ts';
import { getRangeText } from './utils/getRangeText.ts';
import { isDiagnosticDecoration } from './utils/isDiagnosticDecoration.ts';
import { listDiagnostics } from './utils/listDiagnostics.ts';
import { toEditorDiagnostic } from './utils/toEditorDiagnostic.ts';

type LintResults = Diagnostic[] | Promise<Diagnostic[]>;
type AnalysisResults = AnalysisResultsMeta | Promise<AnalysisResultsMeta>;

/** One empty list, so readers that compare by reference see no change before the first analysis. */
const noNoteDiagnostics: EditorDiagnostic[] = [];

const defaultAnalyser: CaseNoteAnalyser = { analyse: analyseNote };

/** `requestIdleCallback` where the browser has it (not Safari), a timeout elsewhere. */
const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
};
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
  /** The linter answers with promises (a Web Worker): its checks are not sliced or ordered. */
  private answersLater = false;
  /** Goes up when the rules change, so answers from the old linter are thrown away. */
  private generation = 0;
  private readonly analyser: CaseNoteAnalyser;
  private analysisTimer: ReturnType<typeof setTimeout> | undefined;
  private cancelIdle: (() => void) | undefined;
  /** Goes up when the context or rules change, so answers from an older analysis are thrown away. */
  private analysisGeneration = 0;
  /** The last analysis and the text and context it was made for: formatting changes reuse it. */
  private lastAnalysis: { key: string; analysis: NoteAnalysis } | null = null;
  private readonly analysedSnapshots = new WeakMap<object, { sentences: object; value: EditorNoteAnalysis }>();

  constructor(editor: Editor, options: CaseNoteLintOptions) {
    this.editor = editor;
    this.options = options;
    const { rules, categories, allow, extraRules, locale, context, analysis } = options;
    this.lintOptions = Object.fromEntries(
      Object.entries({ rules, categories, allow, extraRules, locale, context, analysis }).filter(
        ([, value]) => value !== undefined,
      ),
    ) as LintOptions;
    this.allowed = new Set((allow ?? []).map((phrase) => phrase.trim().toLowerCase()));
    this.ignored = new Set(options.ignoreStore?.load() ?? []);
    this.lintText = this.createLintText();
    this.analyser = options.analyser ?? defaultAnalyser;
  }

  readonly createId = (): string => `cn-${++lastId}`;

  attach(view: EditorView): void {
    this.view = view;
    this.schedule(0);
    // The first analysis as soon as the browser is idle after the first lint.
    this.scheduleAnalysis(0);
  }

  detach(): void {
    this.view = null;
    clearTimeout(this.timer);
    this.cancelAnalysis();
  }

  destroy(): void {
    this.detach();
  }

  /** Re-checks the edited paragraphs once the user pauses for `delay` ms. */
  schedule(delay = this.options.delay): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delay);
  }

  /**
   * Analyses the whole note once the writer has paused for `analysisDelay` ms and the browser is
   * idle. Only timers are touched here, so a keystroke never pays for the analysis.
   */
  scheduleAnalysis(delay = this.options.analysisDelay): void {
    this.cancelAnalysis();
    if (!this.analysisEnabled()) return;
    this.analysisTimer = setTimeout(() => {
      this.analysisTimer = undefined;
      this.cancelIdle = whenIdle(() => {
        this.cancelIdle = undefined;
        this.runAnalysis();
      });
    }, delay);
  }

  /** Calls `onDiagnostics` with the current findings. */
  notify(): void {
    this.options.onDiagnostics?.(this.listDiagnostics());
  }

  listDiagnostics(state: EditorState = this.editor.state): EditorDiagnostic[] {
    return listDiagnostics(this.decorations(state));
  }

  /** Changes when the set of findings changes, not when edits move them (see the plugin state's `version`). */
  getDiagnosticsVersion(state: EditorState = this.editor.state): number {
    return caseNoteLintPluginKey.getState(state)?.version ?? 0;
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
      .filter((decoration) => decoration.from <= pos && pos <= decoration.to)
      .sort((a, b) => a.to - a.from - (b.to - b.from))[0];
    return found ? toEditorDiagnostic(found) : null;
  }

  getDiagnostic(id: string, state: EditorState = this.editor.state): EditorDiagnostic | null {
    const found = this.decorations(state).find(undefined, undefined, (spec) => spec.diagnostic?.id === id)[0];
    if (found) return toEditorDiagnostic(found);
    return this.listNoteDiagnostics(state).find((diagnostic) => diagnostic.id === id) ?? null;
  }

  listNoteDiagnostics(state: EditorState = this.editor.state): EditorDiagnostic[] {
    return caseNoteLintPluginKey.getState(state)?.analysis?.noteDiagnostics ?? noNoteDiagnostics;
  }

  /** The last analysis with its sentences' current ranges; the same object until either changes. */
  getAnalysis(state: EditorState = this.editor.state): EditorNoteAnalysis | null {
    const pluginState = caseNoteLintPluginKey.getState(state);
    const analysis = pluginState?.analysis;
    if (!pluginState || !analysis) return null;
    const cached = this.analysedSnapshots.get(analysis);
    if (cached?.sentences === pluginState.sentences) return cached.value;
    // Sentences are listed on first read only: a keystroke maps them, and most readers want the summary.
    const set = pluginState.sentences;
    const value: EditorNoteAnalysis = {
      summary: analysis.summary,
      child: analysis.child,
      get sentences() {
        return listSentences(set);
      },
    };
    this.analysedSnapshots.set(analysis, { sentences: pluginState.sentences, value });
    return value;
  }

  isHighlightingAboutChild(state: EditorState = this.editor.state): boolean {
    return caseNoteLintPluginKey.getState(state)?.highlightAboutChild ?? false;
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
      const list = this.listDiagnostics(state).map((diagnostic) => this.mapThrough(diagnostic, tr));
      const count = list.length;
      if (count === 0) return false;
      const { from, to, empty } = tr.selection;
      const current = list.findIndex((diagnostic) => diagnostic.from === from && diagnostic.to === to);
      let target: EditorDiagnostic | undefined;
      if (current >= 0) target = list[(current + direction + count) % count];
      else if (direction === 1) target = list.find((d) => (empty ? d.from >= from : d.from > from)) ?? list[0];
      else target = list.findLast((d) => d.from < from) ?? list[count - 1];
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
      if (found.scope === 'note') {
        if (dispatch) {
          this.ignored.add(found.ignoreKey);
          this.options.ignoreStore?.save(this.listIgnoredKeys());
          tr.setMeta(caseNoteLintPluginKey, { type: 'remove', ids: [id] } satisfies LintResultsMeta);
          tr.setMeta('addToHistory', false);
        }
        return true;
      }
      const { from, to } = this.mapThrough(found, tr);
      const $from = tr.doc.resolve(from);
      if (!$from.parent.isTextblock) return false;
      const start = $from.start();
      const key = createIgnoreKey(found.ruleId, getBlockText($from.parent), from - start, to - start);
      if (dispatch) {
        this.ignored.add(key);
        this.options.ignoreStore?.save(this.listIgnoredKeys());
        const ids = this.listDiagnostics(state)
          .filter((diagnostic) => diagnostic.id === id || diagnostic.ignoreKey === key)
          .map((diagnostic) => diagnostic.id);
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
      // The analysis itself is cached by text; only its findings' severities change. It lands in
      // its own transaction, as one transaction carries one set of results.
      this.analysisGeneration += 1;
      this.scheduleAnalysis(0);
      return true;
    };
  }

  commandAnalyseNow(): Command {
    return ({ tr, dispatch }) => {
      if (!this.analysisEnabled()) return false;
      if (dispatch) this.analyseInto(tr);
      return true;
    };
  }

  commandSetNoteContext(context: NoteContext): Command {
    return ({ tr, dispatch }) => {
      if (!dispatch) return true;
      this.lintOptions = { ...this.lintOptions, context };
      this.analysisGeneration += 1;
      // The per-paragraph lint does not read the context: only the analysis runs again.
      if (this.analysisEnabled()) this.analyseInto(tr);
      return true;
    };
  }

  commandHighlightAboutChild(on: boolean | undefined): Command {
    return ({ state, tr, dispatch }) => {
      if (dispatch) {
        const next = on ?? !this.isHighlightingAboutChild(state);
        tr.setMeta(caseNoteLintPluginKey, { type: 'highlight', on: next } satisfies LintResultsMeta);
        tr.setMeta('addToHistory', false);
      }
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
          .filter((diagnostic) => this.isAllowed(diagnostic.actual))
          .map((diagnostic) => diagnostic.id);
        tr.setMeta(caseNoteLintPluginKey, { type: 'remove', ids } satisfies LintResultsMeta);
        tr.setMeta('addToHistory', false);
      }
      return true;
    };
  }

  private analysisEnabled(): boolean {
    return this.lintOptions.analysis !== false;
  }

  private cancelAnalysis(): void {
    clearTimeout(this.analysisTimer);
    this.analysisTimer = undefined;
    this.cancelIdle?.();
    this.cancelIdle = undefined;
  }

  private runAnalysis(): void {
    const view = this.view;
    if (!view || this.editor.isDestroyed || !this.analysisEnabled()) return;
    // A long check still going in slices comes first: the analysis waits for it to finish.
    if (this.timer !== undefined && this.isChecking(view.state)) {
      this.scheduleAnalysis(50);
      return;
    }
    this.deliverAnalysis(this.analyse(view.state.doc));
  }

  /** Analyses a document for a command's transaction (or later, for an asynchronous analyser). */
  private analyseInto(tr: Transaction): void {
    this.cancelAnalysis();
    const results = this.analyse(tr.doc);
    if (isPromise(results)) {
      this.deliverAnalysis(results);
      return;
    }
    tr.setMeta(caseNoteLintPluginKey, results);
    tr.setMeta('addToHistory', false);
  }

  private analyse(doc: AnalysisResultsMeta['doc']): AnalysisResults {
    const note = buildNoteText(doc);
    const context = this.lintOptions.context ?? {};
    const analysisOptions = this.lintOptions.analysis || {};
    const key = `${JSON.stringify([context, analysisOptions])}\u0000${note.text}`;
    if (this.lastAnalysis?.key === key) return this.toAnalysisResults(doc, note, this.lastAnalysis.analysis);
    const answer = this.analyser.analyse(note.text, context, analysisOptions);
    const remember = (analysis: NoteAnalysis) => {
      this.lastAnalysis = { key, analysis };
      return this.toAnalysisResults(doc, note, analysis);
    };
    return isPromise(answer) ? answer.then(remember) : remember(answer);
  }

  private deliverAnalysis(results: AnalysisResults): void {
    if (!isPromise(results)) {
      this.dispatchResults(results);
      return;
    }
    const generation = this.analysisGeneration;
    results.then(
      (meta) => {
        if (generation === this.analysisGeneration) this.dispatchResults(meta);
      },
      (error: unknown) => console.error('[casenote] the analysis failed', error),
    );
  }

  /** Turns the analysis's text offsets into document positions and applies severities, allowed phrases and ignores. */
  private toAnalysisResults(
    doc: AnalysisResultsMeta['doc'],
    note: NoteText,
    analysis: NoteAnalysis,
  ): AnalysisResultsMeta {
    const { rules, categories } = this.lintOptions;
    const toDocument = (from: number, to: number) => {
      const block = findNoteTextBlock(note, from);
      if (!block) return null;
      const localFrom = from - block.offset;
      const localTo = Math.min(to - block.offset, block.text.length);
      if (localFrom < 0 || localFrom > block.text.length) return null;
      return { block, localFrom, localTo, from: block.start + localFrom, to: block.start + localTo };
    };
    const diagnostics: AnalysisResultsMeta['diagnostics'] = [];
    const noteDiagnostics: AnalysisResultsMeta['noteDiagnostics'] = [];
    let missingChild = 0;
    for (const diagnostic of analysis.diagnostics) {
      // A household prompt names its child in `subject`; an older engine's prompts come in the
      // order of `missingChildren`.
      const child =
        diagnostic.ruleId === 'household-child-not-mentioned'
          ? (diagnostic.subject?.child ?? analysis.summary.missingChildren[missingChild++] ?? '')
          : '';
      const severity = rules?.[diagnostic.ruleId] ?? categories?.[diagnostic.category] ?? diagnostic.severity;
      if (severity === 'off') continue;
      if (diagnostic.scope === 'note') {
        const ignoreKey = [diagnostic.ruleId, 'note', child].join('|').toLowerCase();
        if (this.ignored.has(ignoreKey)) continue;
        noteDiagnostics.push({ ...diagnostic, severity, from: 0, to: 0, ignoreKey });
        continue;
      }
      if (diagnostic.from >= diagnostic.to || this.isAllowed(diagnostic.actual)) continue;
      const range = toDocument(diagnostic.from, diagnostic.to);
      // A finding across two paragraphs would have no single place to be drawn: leave it out.
      if (!range || range.localTo !== diagnostic.to - range.block.offset) continue;
      const ignoreKey = createIgnoreKey(diagnostic.ruleId, range.block.text, range.localFrom, range.localTo);
      if (this.ignored.has(ignoreKey)) continue;
      diagnostics.push({ ...diagnostic, severity, from: range.from, to: range.to, ignoreKey });
    }
    const sentences: AnalysisResultsMeta['sentences'] = [];
    for (const sentence of analysis.sentences) {
      const range = toDocument(sentence.from, sentence.to);
      if (range && range.from < range.to)
        sentences.push({ from: range.from, to: range.to, kind: sentence.kind, childVoice: sentence.childVoice });
    }
    return {
      type: 'analysis',
      doc,
      diagnostics,
      noteDiagnostics,
      sentences,
      summary: analysis.summary,
      child: analysis.child,
    };
  }

  /**
   * The debounced run: lint the paragraphs edited since the last results and show them. On the
   * page's thread a long check goes in slices of `sliceBudget` ms, the paragraphs on screen first;
   * each slice is shown as it is done and the next follows in a task of its own.
   */
  private run(): void {
    this.timer = undefined;
    const view = this.view;
    const pluginState = view ? caseNoteLintPluginKey.getState(view.state) : undefined;
    if (!view || !pluginState || (!pluginState.full && pluginState.dirty.length === 0)) return;
    const ranges = pluginState.full ? null : pluginState.dirty;
    const results = this.collect(view.state.doc, ranges, {
      budget: this.options.sliceBudget,
      first: () => visibleRange(view),
    });
    this.deliver(results);
    if (!isPromise(results) && results.rest && results.rest.length > 0) this.timer = setTimeout(() => this.run(), 0);
  }

  /** Whether paragraphs are still waiting to be checked (a long check under way, or edits since the last). */
  isChecking(state: EditorState = this.editor.state): boolean {
    const pluginState = caseNoteLintPluginKey.getState(state);
    return pluginState ? pluginState.full || pluginState.dirty.length > 0 : false;
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
      (meta) => {
        if (generation === this.generation) this.drawInParts(meta);
      },
      (error: unknown) => console.error('[casenote] the linter failed', error),
    );
  }

  /**
   * Shows an asynchronous linter's answer for many paragraphs a part at a time, the paragraphs on
   * screen first, each part in a task of its own, so drawing hundreds of findings never holds up
   * typing. Paragraphs not yet drawn stay marked as still to check: if the note changes in between,
   * the rest of the answer is dropped and they are checked again (from the cache).
   */
  private drawInParts(meta: Results): void {
    const view = this.view;
    if (!view || meta.blocks.length <= DRAW_PART_BLOCKS) {
      this.dispatchResults(meta);
      return;
    }
    const shown = visibleRange(view);
    const ordered = shown ? inViewFirst(meta.blocks, shown, (block) => block.end) : meta.blocks;
    const generation = this.generation;
    const drawPart = (index: number) => {
      const current = this.view;
      if (!current || this.editor.isDestroyed || generation !== this.generation || current.state.doc !== meta.doc)
        return;
      const part = ordered.slice(index, index + DRAW_PART_BLOCKS);
      const rest = toRanges(ordered.slice(index + DRAW_PART_BLOCKS));
      this.dispatchResults({ type: 'results', doc: meta.doc, full: false, blocks: part, rest });
      if (rest.length > 0) setTimeout(() => drawPart(index + DRAW_PART_BLOCKS), 0);
    };
    drawPart(0);
  }

  /** A meta-only transaction: no content change, no undo step. The plugin drops it if `doc` is stale. */
  private dispatchResults(meta: Results | AnalysisResultsMeta): void {
    const view = this.view;
    if (!view || this.editor.isDestroyed) return;
    view.dispatch(view.state.tr.setMeta(caseNoteLintPluginKey, meta).setMeta('addToHistory', false));
  }

  /**
   * Lints the textblocks in `ranges` (all of them for `null`). With a `slice`, a linter that answers
   * synchronously stops once `budget` ms have gone, starting with the blocks in `first`; the blocks
   * not reached come back as `rest`. An asynchronous linter gets every block at once.
   */
  private collect(
    doc: Results['doc'],
    ranges: ReadonlyArray<{ from: number; to: number }> | null,
    slice?: { budget: number; first: () => { from: number; to: number } | null },
  ): Results | Promise<Results> {
    let blocks: readonly TextblockAt[] = findTextblocks(doc, ranges);
    // Reading the screen position forces a layout: done once, when a whole check starts (the first
    // slice takes the paragraphs on screen; later slices take the rest in document order).
    const shown = slice && ranges === null && blocks.length > 1 && !this.answersLater ? slice.first() : null;
    if (shown) blocks = inViewFirst(blocks, shown, ({ node, pos }) => pos + node.nodeSize);
    const start = slice ? performance.now() : 0;
    const texts: string[] = [];
    const answers: LintResults[] = [];
    let sync = true;
    for (const { node } of blocks) {
      const text = getBlockText(node);
      const answer = this.lintBlock(text);
      texts.push(text);
      answers.push(answer);
      if (isPromise(answer)) {
        sync = false;
        this.answersLater = true;
      } else if (slice && sync && answers.length < blocks.length && performance.now() - start >= slice.budget) {
        break;
      }
    }
    // A slice that did not reach every block reports only its own blocks, never "full".
    const done = answers.length === blocks.length;
    const rest = done
      ? []
      : toRanges(blocks.slice(answers.length).map(({ node, pos }) => ({ pos, end: pos + node.nodeSize })));
    const linted = blocks.slice(0, answers.length);
    const full = ranges === null && done;
    if (sync) return { ...this.toResults(doc, full, linted, texts, answers as Diagnostic[][]), rest };
    return Promise.all(answers).then((lists) => this.toResults(doc, full, linted, texts, lists));
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
    return answer.then((diagnostics) => (generation === this.generation ? store(diagnostics) : diagnostics));
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
    if (custom) return (text) => custom.lint(text, lintOptions);
    const linter = createLinter(lintOptions);
    return (text) => linter.lint(text);
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

/**
 * The document range on screen, or `null` when that cannot be told (no layout, or the editor is
 * scrolled out of view). Only an ordering hint: every block is checked either way.
 */
function visibleRange(view: EditorView): { from: number; to: number } | null {
  try {
    const box = view.dom.getBoundingClientRect();
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, window.innerHeight);
    if (bottom <= top || box.width === 0) return null;
    const left = box.left + Math.min(box.width / 2, 40);
    const from = view.posAtCoords({ left, top: top + 1 })?.pos;
    const to = view.posAtCoords({ left, top: bottom - 1 })?.pos;
    return from === undefined || to === undefined ? null : { from: Math.min(from, to), to: Math.max(from, to) };
  } catch {
    return null;
  }
}

/**
 * Blocks in document order, reordered to start at the first one that reaches `range` (on screen):
 * those from there on first, then those before.
 */
function inViewFirst<Block>(
  blocks: readonly Block[],
  range: { from: number; to: number },
  endOf: (block: Block) => number,
): readonly Block[] {
  const firstShown = blocks.findIndex((block) => endOf(block) >= range.from);
  if (firstShown <= 0) return blocks;
  return [...blocks.slice(firstShown), ...blocks.slice(0, firstShown)];
}

/**
 * The blocks as document ranges inside their content (so the one-position widening of
 * `findTextblocks` does not reach the block before), neighbouring blocks merged into one range.
 */
function toRanges(blocks: ReadonlyArray<{ pos: number; end: number }>): Array<{ from: number; to: number }> {
  const ranges: Array<{ from: number; to: number; end: number }> = [];
  for (const { pos, end } of [...blocks].sort((a, b) => a.pos - b.pos)) {
    const last = ranges[ranges.length - 1];
    if (last && last.end === pos) {
      last.to = end - 1;
      last.end = end;
    } else {
      ranges.push({ from: pos + 1, to: end - 1, end });
    }
  }
  return ranges.map(({ from, to }) => ({ from, to }));
}
