import type { Transaction } from '@tiptap/pm/state';
import {
  caseNoteLintPluginKey,
  DRAW_PART_BLOCKS,
  MAX_BLOCK_FINDINGS,
  MAX_CACHED_BLOCKS,
  MAX_DRAW_PARTS,
  MAX_SLICE_GROWTH,
} from '../constants.ts';
import type { Diagnostic, LintedBlock, LintOptions, LintResultsMeta, Severity } from '../types.ts';
import { isTemplateText } from '../record/record-prompts.ts';
import { copyFinding } from '../utils/copyFinding.ts';
import { createIgnoreKey, legacyIgnoreKey } from '../utils/createIgnoreKey.ts';
import { findTextblocks, getBlockText, type TextblockAt } from '../utils/noteText.ts';
import { inViewFirst, type Range, toRanges, visibleRange } from '../utils/ranges.ts';
import { Delivery, isPromise } from './delivery.ts';
import { loadedPageEngine, loadPageEngine, type PageEngine } from './page-engine.ts';
import type { SessionHost } from './session-host.ts';

type LintResults = Diagnostic[] | Promise<Diagnostic[]>;
type Results = Extract<LintResultsMeta, { type: 'results' }>;

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * The per-paragraph check: which paragraphs to lint (the edited ones, or all), the cache keyed by
 * a paragraph's text, slices on the page's thread, and drawing an asynchronous linter's answer in
 * parts. Each paragraph is linted on its own, so one the engine fails on costs only its own findings.
 */
export class BlockChecker {
  private readonly session: SessionHost;
  /** The linter of the rules in force, made on first use (the built-in engine may still be loading). */
  private linter: ((text: string) => LintResults) | null = null;
  /** Waiting for the built-in engine to load before the first check. */
  private awaitingEngine = false;
  private readonly cache = new Map<string, Diagnostic[]>();
  private readonly delivery: Delivery;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The linter answers with promises (a Web Worker): its checks are not sliced or ordered. */
  private answersLater = false;
  /** How long drawing the last results took, in ms: a slice checks at least that long (within limits). */
  private lastDrawMs = 0;

  constructor(session: SessionHost) {
    this.session = session;
    this.delivery = new Delivery((error) => session.reportError(error, { kind: 'paragraph' }, ''));
    // the built-in engine starts loading with the editor, so it is there by the first check
    if (this.needsEngine()) loadPageEngine().catch(() => undefined);
  }

  /** Re-checks the edited paragraphs once the user pauses for `delay` ms. */
  schedule(delay = this.session.options.delay): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delay);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Whether a run is waiting on its timer (the next slice of a long check, or the pause after an edit). */
  get pending(): boolean {
    return this.timer !== undefined || this.awaitingEngine;
  }

  /** The rules changed: a new linter, an empty cache, and answers from the old one dropped. */
  reset({ keepCache = false } = {}): void {
    this.delivery.invalidate();
    this.linter = null;
    if (!keepCache) this.cache.clear();
  }

  /** Lints the given ranges, or the whole note (from cache where it can), for a command's transaction. */
  lintInto(tr: Transaction, ranges: readonly Range[] | null = null): void {
    this.stop();
    if (this.needsEngine()) {
      // before the built-in engine has loaded: the whole note is checked as soon as it has
      tr.setMeta(caseNoteLintPluginKey, { type: 'invalidate' } satisfies LintResultsMeta);
      this.awaitEngine();
      return;
    }
    const results = this.collect(tr.doc, ranges);
    if (isPromise(results)) {
      tr.setMeta(caseNoteLintPluginKey, { type: 'invalidate' } satisfies LintResultsMeta);
      this.delivery.deliver(results, (meta) => this.drawInParts(meta));
      return;
    }
    tr.setMeta(caseNoteLintPluginKey, results);
    tr.setMeta('addToHistory', false);
  }

  /**
   * The debounced run: lint the paragraphs edited since the last results and show them. On the
   * page's thread a long check goes in slices of `sliceBudget` ms, the paragraphs on screen first;
   * each slice is shown as it is done and the next follows in a task of its own.
   */
  private run(): void {
    this.timer = undefined;
    const view = this.session.view;
    const pluginState = view ? caseNoteLintPluginKey.getState(view.state) : undefined;
    if (!view || !pluginState || (!pluginState.full && pluginState.dirty.length === 0)) return;
    if (this.needsEngine()) {
      this.awaitEngine();
      return;
    }
    const ranges = pluginState.full ? null : pluginState.dirty;
    // On a very long note each slice's results cost a redraw of the whole note: when that takes
    // more than twice as long as the slice, slices grow (to a limit), so a long check is not spent
    // mostly redrawing. Ordinary notes keep slices of `sliceBudget`.
    const { sliceBudget } = this.session.options;
    const drawHeavy = this.lastDrawMs > 2 * sliceBudget;
    const budget = drawHeavy ? Math.min(this.lastDrawMs, sliceBudget * MAX_SLICE_GROWTH) : sliceBudget;
    const results = this.collect(view.state.doc, ranges, { budget, first: () => visibleRange(view) });
    // A synchronous slice is already small: it lands whole. A worker's answer for many paragraphs is drawn in parts.
    this.delivery.deliver(results, (meta) => (isPromise(results) ? this.drawInParts(meta) : this.draw(meta)));
    if (!isPromise(results) && results.rest && results.rest.length > 0) this.timer = setTimeout(() => this.run(), 0);
  }

  /**
   * Shows an answer for many paragraphs a part at a time, the paragraphs on screen first, each part
   * in a task of its own, so drawing hundreds of findings never holds up typing. Paragraphs not yet
   * drawn stay marked as still to check: if the note changes in between, the rest of the answer is
   * dropped and they are checked again (from the cache).
   */
  private drawInParts(meta: Results): void {
    const view = this.session.view;
    if (!view || meta.blocks.length <= DRAW_PART_BLOCKS) {
      this.draw(meta);
      return;
    }
    const shown = visibleRange(view);
    const ordered = shown ? inViewFirst(meta.blocks, shown, (block) => block.end) : meta.blocks;
    const size = Math.max(DRAW_PART_BLOCKS, Math.ceil(ordered.length / MAX_DRAW_PARTS));
    const current = this.delivery.stamp();
    const drawPart = (index: number) => {
      const now = this.session.view;
      if (!now || this.session.editor.isDestroyed || !current() || now.state.doc !== meta.doc) return;
      const part = ordered.slice(index, index + size);
      const rest = toRanges(ordered.slice(index + size));
      this.draw({ type: 'results', doc: meta.doc, full: false, blocks: part, rest });
      if (rest.length > 0) setTimeout(() => drawPart(index + size), 0);
    };
    drawPart(0);
  }

  /** Shows results (one transaction) and remembers how long that took. */
  private draw(meta: Results): void {
    const start = performance.now();
    this.session.dispatchResults(meta);
    this.lastDrawMs = performance.now() - start;
  }

  /**
   * Lints the textblocks in `ranges` (all of them for `null`). With a `slice`, a linter that answers
   * synchronously stops once `budget` ms have gone, starting with the blocks in `first`; the blocks
   * not reached come back as `rest`. An asynchronous linter gets every block at once.
   */
  private collect(
    doc: Results['doc'],
    ranges: readonly Range[] | null,
    slice?: { budget: number; first: () => Range | null },
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
      // A template's section heading is structure, not the writer's words: checked as empty, so it
      // is never underlined (and any old underline on it is cleared).
      const text = isTemplateText(node) ? '' : getBlockText(node);
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

  /** Whether checking needs the built-in engine, which has not loaded yet. */
  private needsEngine(): boolean {
    return !this.session.options.linter && !loadedPageEngine();
  }

  /** Runs the check once the built-in engine has loaded (a failed load is reported, as a failed check is). */
  private awaitEngine(): void {
    if (this.awaitingEngine) return;
    this.awaitingEngine = true;
    loadPageEngine().then(
      () => {
        this.awaitingEngine = false;
        this.schedule(0);
      },
      (error: unknown) => {
        this.awaitingEngine = false;
        this.session.reportError(error, { kind: 'paragraph' }, '');
      },
    );
  }

  private lintText(text: string): LintResults {
    if (!this.linter) {
      try {
        this.linter = this.createLintText();
      } catch (error) {
        // a host rule pack the engine refuses: told once, and the note is left unmarked
        this.session.reportError(error, { kind: 'paragraph' }, '');
        this.linter = () => [];
      }
    }
    return this.linter(text);
  }

  /** One paragraph's findings: from the cache, or the linter; a failure reads as none, reported once. */
  private lintBlock(text: string): LintResults {
    if (text.trim() === '') return [];
    const cached = this.cache.get(text);
    if (cached) return cached;
    let answer: LintResults;
    try {
      answer = this.lintText(text);
    } catch (error) {
      return this.failed(text, error);
    }
    if (!isPromise(answer)) return this.store(text, answer);
    const current = this.delivery.stamp();
    return answer.then(
      (diagnostics) => (current() ? this.store(text, diagnostics) : diagnostics),
      (error: unknown) => (current() ? this.failed(text, error) : []),
    );
  }

  /** A paragraph the engine failed on: reported once, then taken as having no findings until its text or the rules change. */
  private failed(text: string, error: unknown): Diagnostic[] {
    this.session.reportError(error, { kind: 'paragraph' }, text);
    return this.store(text, []);
  }

  private store(text: string, diagnostics: Diagnostic[]): Diagnostic[] {
    if (this.cache.size >= MAX_CACHED_BLOCKS) this.cache.clear();
    this.cache.set(text, diagnostics);
    return diagnostics;
  }

  private toResults(
    doc: Results['doc'],
    full: boolean,
    blocks: readonly TextblockAt[],
    texts: readonly string[],
    lists: ReadonlyArray<readonly Diagnostic[]>,
  ): Results {
    const session = this.session;
    const linted: LintedBlock[] = blocks.map(({ node, pos }, index) => {
      const text = texts[index] ?? '';
      const start = pos + 1;
      let diagnostics: LintedBlock['diagnostics'] = [];
      for (const diagnostic of lists[index] ?? []) {
        if (diagnostic.from < 0 || diagnostic.to > text.length || diagnostic.from >= diagnostic.to) continue;
        if (session.isAllowed(diagnostic.actual)) continue;
        const { ruleId, from, to } = diagnostic;
        const ignoreKey = createIgnoreKey(ruleId, text, from, to);
        if (session.isIgnored(ignoreKey, () => legacyIgnoreKey(ruleId, text, from, to))) continue;
        diagnostics.push(
          copyFinding(diagnostic, { from: start + diagnostic.from, to: start + diagnostic.to, ignoreKey }),
        );
      }
      if (diagnostics.length > MAX_BLOCK_FINDINGS) diagnostics = mostSevere(diagnostics, MAX_BLOCK_FINDINGS);
      return { pos, end: pos + node.nodeSize, diagnostics };
    });
    return { type: 'results', doc, full, blocks: linted };
  }

  private createLintText(): (text: string) => LintResults {
    // Paragraphs are linted one by one, so the engine's whole-note analysis would judge each
    // paragraph as if it were the note: leave it out here.
    const lintOptions: LintOptions = { ...this.session.lintOptions, analysis: false };
    const custom = this.session.options.linter;
    if (custom) return (text) => custom.lint(text, lintOptions);
    // only called once the built-in engine has loaded (`needsEngine`)
    const linter = (loadedPageEngine() as PageEngine).createLinter(lintOptions);
    return (text) => linter.lint(text);
  }
}

/**
 * A paragraph's first `limit` findings by severity, then position, back in document order. Drawing
 * thousands of underlines in one paragraph (a pasted list of acronyms) would hold the page up and
 * help nobody; the most serious are kept.
 */
function mostSevere<Finding extends Pick<Diagnostic, 'severity' | 'from'>>(
  diagnostics: readonly Finding[],
  limit: number,
): Finding[] {
  return [...diagnostics]
    .sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || a.from - b.from)
    .slice(0, limit)
    .sort((a, b) => a.from - b.from);
}
