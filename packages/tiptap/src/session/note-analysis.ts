import { effectiveSeverity } from '@casenote/lint';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { caseNoteLintPluginKey } from '../constants.ts';
import type {
  AnalysisResultsMeta,
  CaseNoteAnalyser,
  EditorNoteAnalysis,
  EditorSentence,
  NoteAnalysis as Analysis,
} from '../types.ts';
import { createIgnoreKey, legacyIgnoreKey } from '../utils/createIgnoreKey.ts';
import { listSentences } from '../utils/decorations.ts';
import { buildNoteText, findNoteTextBlock, type NoteText } from '../utils/noteText.ts';
import { analyseInSlices, type SlicedAnalysis } from './analyse-in-slices.ts';
import { Delivery, isPromise } from './delivery.ts';
import { loadedPageEngine, loadPageEngine, type PageEngine } from './page-engine.ts';
import type { SessionHost } from './session-host.ts';

type AnalysisResults = AnalysisResultsMeta | Promise<AnalysisResultsMeta>;

/**
 * One analysed sentence at its document range, with how it was counted and why. A host's own
 * analyser may answer with an older engine's sentences (kind and voice only): the rest follows from those.
 */
function toEditorSentence(sentence: Analysis['sentences'][number], from: number, to: number): EditorSentence {
  const { kind, childVoice } = sentence;
  return {
    from,
    to,
    kind,
    childVoice,
    addressee: sentence.addressee ?? (kind === 'to-child' ? 'child' : 'none'),
    voice: sentence.voice ?? (childVoice ? 'child' : 'none'),
    speaker: sentence.speaker ?? null,
    counted: kind !== 'neutral',
    reason: sentence.reason ?? '',
  };
}

/** The built-in analyser: the engine's `analyseNote`, once the engine has loaded (`page-engine.ts`). */
const defaultAnalyser: CaseNoteAnalyser = {
  analyse: (...args) => (loadedPageEngine() as PageEngine).analyseNote(...args),
};

/** `requestIdleCallback` where the browser has it (not Safari), a timeout elsewhere. */
const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
};

/**
 * The whole-note analysis (written to the child, the child's voice, the household): when to run it
 * (after a real pause, when the browser is idle, never before a long check has finished), the last
 * result kept for formatting-only changes, and turning its text offsets into document positions.
 */
export class NoteAnalysis {
  private readonly session: SessionHost;
  private readonly analyser: CaseNoteAnalyser;
  private readonly delivery: Delivery;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private cancelIdle: (() => void) | undefined;
  /** The last analysis and the text and context it was made for: formatting changes reuse it. */
  private last: { key: string; analysis: Analysis } | null = null;
  /** The built-in analysis under way in slices, if any. */
  private sliced: SlicedAnalysis | null = null;
  private readonly snapshots = new WeakMap<object, { sentences: object; value: EditorNoteAnalysis }>();

  constructor(session: SessionHost) {
    this.session = session;
    this.analyser = session.options.analyser ?? defaultAnalyser;
    this.delivery = new Delivery((error) => session.reportError(error, { kind: 'analysis' }, ''));
    if (this.needsEngine()) loadPageEngine().catch(() => undefined);
  }

  /** Whether analysing needs the built-in engine, which has not loaded yet. */
  private needsEngine(): boolean {
    return this.analyser === defaultAnalyser && !loadedPageEngine();
  }

  /**
   * Analyses the whole note once the writer has paused for `analysisDelay` ms and the browser is
   * idle. Only timers are touched here, so a keystroke never pays for the analysis.
   */
  schedule(delay = this.session.options.analysisDelay): void {
    this.stop();
    if (!this.session.analysisEnabled()) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.cancelIdle = whenIdle(() => {
        this.cancelIdle = undefined;
        this.run();
      });
    }, delay);
  }

  stop(): void {
    // an analysis still going in slices was for the note as it was: drop it
    this.sliced?.cancel();
    this.sliced = null;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.cancelIdle?.();
    this.cancelIdle = undefined;
  }

  /** The context or severities changed: answers still on their way are dropped. */
  invalidate(): void {
    this.delivery.invalidate();
  }

  /** Analyses a document for a command's transaction (or later, for an asynchronous analyser). */
  analyseInto(tr: Transaction): void {
    this.stop();
    const doc = tr.doc;
    // before the built-in engine has loaded, the analysis lands once it has, like a worker's answer
    const results = this.needsEngine() ? loadPageEngine().then(() => this.analyse(doc)) : this.analyse(doc);
    if (isPromise(results)) {
      this.delivery.deliver(results, (meta) => this.session.dispatchResults(meta));
      return;
    }
    tr.setMeta(caseNoteLintPluginKey, results);
    tr.setMeta('addToHistory', false);
  }

  /** The last analysis with its sentences' current ranges; the same object until either changes. */
  snapshot(state: EditorState): EditorNoteAnalysis | null {
    const pluginState = caseNoteLintPluginKey.getState(state);
    const analysis = pluginState?.analysis;
    if (!pluginState || !analysis) return null;
    const cached = this.snapshots.get(analysis);
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
    this.snapshots.set(analysis, { sentences: pluginState.sentences, value });
    return value;
  }

  private run(): void {
    const { view, editor, checker } = this.session;
    if (!view || editor.isDestroyed || !this.session.analysisEnabled()) return;
    // A long check still going in slices comes first: the analysis waits for it to finish.
    if (checker.pending && this.session.isChecking(view.state)) {
      this.schedule(50);
      return;
    }
    if (this.needsEngine()) {
      loadPageEngine().then(
        () => this.schedule(0),
        (error: unknown) => this.session.reportError(error, { kind: 'analysis' }, ''),
      );
      return;
    }
    let results: AnalysisResults;
    try {
      results = this.analyse(view.state.doc, true);
    } catch (error) {
      this.session.reportError(error, { kind: 'analysis' }, view.state.doc.textContent);
      return;
    }
    this.delivery.deliver(results, (meta) => this.session.dispatchResults(meta));
  }

  /** With `inSlices`, the built-in analyser works in slices of `sliceBudget` ms (see `analyseInSlices`). */
  private analyse(doc: PMNode, inSlices = false): AnalysisResults {
    const note = buildNoteText(doc);
    const { lintOptions } = this.session;
    const context = lintOptions.context ?? {};
    const analysisOptions = lintOptions.analysis || {};
    const key = `${JSON.stringify([context, analysisOptions])}\u0000${note.text}`;
    if (this.last?.key === key) return this.toResults(doc, note, this.last.analysis);
    let answer: Analysis | Promise<Analysis>;
    if (inSlices && this.analyser === defaultAnalyser) {
      this.sliced = analyseInSlices(
        (loadedPageEngine() as PageEngine).analyseNoteInSteps,
        note.text,
        context,
        analysisOptions,
        this.session.options.sliceBudget,
      );
      answer = this.sliced.result;
    } else answer = this.analyser.analyse(note.text, context, analysisOptions);
    const remember = (analysis: Analysis) => {
      this.last = { key, analysis };
      return this.toResults(doc, note, analysis);
    };
    return isPromise(answer) ? answer.then(remember) : remember(answer);
  }

  /** Turns the analysis's text offsets into document positions and applies severities, allowed phrases and ignores. */
  private toResults(doc: PMNode, note: NoteText, analysis: Analysis): AnalysisResultsMeta {
    const session = this.session;
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
      const severity = effectiveSeverity(diagnostic, session.lintOptions);
      if (severity === 'off') continue;
      if (diagnostic.scope === 'note') {
        const ignoreKey = [diagnostic.ruleId, 'note', child].join('|').toLowerCase();
        if (session.isIgnored(ignoreKey)) continue;
        noteDiagnostics.push({ ...diagnostic, severity, from: 0, to: 0, ignoreKey });
        continue;
      }
      if (diagnostic.from >= diagnostic.to || session.isAllowed(diagnostic.actual)) continue;
      const range = toDocument(diagnostic.from, diagnostic.to);
      // A finding across two paragraphs would have no single place to be drawn: leave it out.
      if (!range || range.localTo !== diagnostic.to - range.block.offset) continue;
      const { block, localFrom, localTo } = range;
      const ignoreKey = createIgnoreKey(diagnostic.ruleId, block.text, localFrom, localTo);
      const legacyKey = () => legacyIgnoreKey(diagnostic.ruleId, block.text, localFrom, localTo);
      if (session.isIgnored(ignoreKey, legacyKey)) continue;
      diagnostics.push({ ...diagnostic, severity, from: range.from, to: range.to, ignoreKey });
    }
    const sentences: AnalysisResultsMeta['sentences'] = [];
    for (const sentence of analysis.sentences) {
      const range = toDocument(sentence.from, sentence.to);
      if (range && range.from < range.to) sentences.push(toEditorSentence(sentence, range.from, range.to));
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
}
