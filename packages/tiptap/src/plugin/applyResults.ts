import type { Node as PMNode } from '@tiptap/pm/model';
import { Mapping, StepMap } from '@tiptap/pm/transform';
import { Decoration, type DecorationSet } from '@tiptap/pm/view';
import { ABOUT_CHILD_CLASS } from '../constants.ts';
import type { AnalysisResultsMeta, CaseNoteLintPluginState, EditorDiagnostic, LintedBlock } from '../types.ts';
import { buildDecorationSet } from '../utils/buildDecorationSet.ts';
import { copyFinding } from '../utils/copyFinding.ts';
import { findingIdentity, isAnalysisDecoration, isBlockDecoration, toDecoration } from '../utils/decorations.ts';
import { sameAdvice } from '../utils/sameAdvice.ts';

type Finding = Omit<EditorDiagnostic, 'id'>;

/** Ids of the findings shown before, by rule and range, so a finding found again keeps its id. */
function idsOf(previous: readonly Decoration[]): Map<string, string> {
  return new Map(
    previous.map((decoration) => {
      const { ruleId, id } = decoration.spec.diagnostic as EditorDiagnostic;
      return [findingIdentity({ ruleId, from: decoration.from, to: decoration.to }), id];
    }),
  );
}

/**
 * Puts fresh results into the decoration set. Only the linted blocks are replaced (or everything,
 * for a full run); a finding with the same rule and range as one already shown keeps its id, so a
 * card open on it stays open across re-checks. Findings of the whole-note analysis are left alone.
 */
export function applyLintResults(
  set: DecorationSet,
  doc: PMNode,
  blocks: readonly LintedBlock[],
  full: boolean,
  createId: () => string,
): DecorationSet {
  const toDecorations = (ids: Map<string, string>, diagnostics: readonly Finding[]) =>
    diagnostics.map((diagnostic) =>
      toDecoration(copyFinding(diagnostic, { id: ids.get(findingIdentity(diagnostic)) ?? createId() })),
    );

  if (full) {
    const previous = set.find(undefined, undefined, isBlockDecoration);
    return buildDecorationSet(doc, [
      ...toDecorations(
        idsOf(previous),
        blocks.flatMap((block) => block.diagnostics),
      ),
      ...set.find(undefined, undefined, isAnalysisDecoration),
    ]);
  }

  const replaced: LintedBlock[] = [];
  const fresh: Decoration[] = [];
  for (const block of blocks) {
    const shown = set.find(block.pos, block.end).filter((decoration) => inside(decoration, block));
    const previous = shown.filter((decoration) => isBlockDecoration(decoration.spec));
    // Most re-checks after a keystroke find what was already there: leave the set as it is, so
    // nothing is redrawn and listeners see no change.
    if (sameFindings(previous, block.diagnostics)) continue;
    replaced.push(block);
    fresh.push(...toDecorations(idsOf(previous), block.diagnostics));
    // The analysis's findings in the block go out with the rest and come back as they were.
    for (const decoration of shown) if (isAnalysisDecoration(decoration.spec)) fresh.push(decoration);
  }
  if (replaced.length === 0) return set;
  // `add` looks through the new findings once per paragraph of the note: cheap while they are few
  // (a slice of a long check), however many blocks they came from
  if (replaced.length <= FEW_BLOCKS || fresh.length <= FEW_FRESH)
    return withoutBlocks(set, doc, replaced).add(doc, fresh);
  // Many blocks at once (a paste, a worker's answer): one new set, in time linear in the findings
  // (built paragraph by paragraph: `DecorationSet.create` would take paragraphs × findings).
  const sorted = [...replaced].sort((a, b) => a.pos - b.pos);
  const kept = set.find().filter((decoration) => !insideAny(decoration, sorted));
  return buildDecorationSet(doc, [...kept, ...fresh]);
}

/** Up to this many blocks replaced at once, their part of the set is rebuilt; more, the whole set is. */
const FEW_BLOCKS = 16;
/** Up to this many new findings are added to the set; more, the whole set is rebuilt. */
const FEW_FRESH = 48;

/** Whether a decoration lies inside one of the blocks (sorted by position): a binary search. */
function insideAny(decoration: Decoration, blocks: ReadonlyArray<{ pos: number; end: number }>): boolean {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((blocks[middle] as { pos: number }).pos < decoration.from) low = middle;
    else high = middle - 1;
  }
  const block = blocks[low];
  return block !== undefined && inside(decoration, block);
}

/**
 * The set with every decoration inside the given blocks dropped, in one step. Mapping the set
 * through a replacement of each block by itself (same size, so nothing else moves) makes
 * ProseMirror drop those blocks' decorations and rebuild just their part of the tree, in time
 * linear in what they held. `DecorationSet.remove` instead compares each decoration it removes
 * with every one in the block: a 100 KB paragraph of acronyms took 111 s that way.
 */
export function withoutBlocks(
  set: DecorationSet,
  doc: PMNode,
  blocks: ReadonlyArray<{ pos: number; end: number }>,
): DecorationSet {
  const ranges: number[] = [];
  for (const { pos, end } of [...blocks].sort((a, b) => a.pos - b.pos)) ranges.push(pos, end - pos, end - pos);
  return set.map(new Mapping([new StepMap(ranges)]), doc);
}

const inside = (decoration: Decoration, block: { pos: number; end: number }) =>
  decoration.from > block.pos && decoration.to < block.end;

/** Whether the decorations already show exactly these findings (same rule, range, words and advice). */
function sameFindings(shown: readonly Decoration[], found: readonly Finding[]): boolean {
  if (shown.length !== found.length) return false;
  const byPlace = new Map(
    shown.map((decoration) => [
      findingIdentity({
        ruleId: (decoration.spec.diagnostic as EditorDiagnostic).ruleId,
        from: decoration.from,
        to: decoration.to,
      }),
      decoration,
    ]),
  );
  return found.every((diagnostic) => {
    const before = byPlace.get(findingIdentity(diagnostic))?.spec.diagnostic as EditorDiagnostic | undefined;
    return before !== undefined && before.ignoreKey === diagnostic.ignoreKey && sameAdvice(before, diagnostic);
  });
}

type AppliedAnalysis = Pick<CaseNoteLintPluginState, 'decorations' | 'sentences' | 'aboutChild' | 'analysis'>;

/**
 * Puts a whole-note analysis into the plugin state: its sentence-level findings replace the
 * previous analysis's decorations (the per-paragraph findings stay), its sentences and note-level
 * prompts replace the previous ones. A finding with the same rule and range as before keeps its id;
 * a note-level prompt keeps its id while its ignore key (rule and child) stays the same.
 */
export function applyAnalysisResults(
  state: CaseNoteLintPluginState,
  doc: PMNode,
  meta: AnalysisResultsMeta,
  createId: () => string,
): AppliedAnalysis {
  const previous = state.decorations.find(undefined, undefined, isAnalysisDecoration);
  const ids = idsOf(previous);
  const fresh = meta.diagnostics.map((diagnostic) =>
    toDecoration({ ...diagnostic, id: ids.get(findingIdentity(diagnostic)) ?? createId() }, 'analysis'),
  );
  // A new set in one step (never `remove` one by one, which is quadratic in a block's findings);
  // the analysis reads the whole note anyway, so listing every finding once costs nothing more.
  const decorations = buildDecorationSet(doc, [
    ...state.decorations.find(undefined, undefined, isBlockDecoration),
    ...fresh,
  ]);

  const noteIds = new Map(
    (state.analysis?.noteDiagnostics ?? []).map((diagnostic) => [diagnostic.ignoreKey, diagnostic.id]),
  );
  const noteDiagnostics = meta.noteDiagnostics.map((diagnostic) => ({
    ...diagnostic,
    id: noteIds.get(diagnostic.ignoreKey) ?? createId(),
  }));

  const sentences = buildDecorationSet(
    doc,
    meta.sentences.map(({ from, to, ...sentence }) => Decoration.inline(from, to, {}, { sentence })),
  );
  const aboutChild = buildDecorationSet(
    doc,
    meta.sentences
      .filter((sentence) => sentence.kind === 'about-child')
      .map(({ from, to }) =>
        Decoration.inline(from, to, { class: ABOUT_CHILD_CLASS, 'data-sentence-kind': 'about-child' }),
      ),
  );
  return {
    decorations,
    sentences,
    aboutChild,
    analysis: { summary: meta.summary, child: meta.child, noteDiagnostics },
  };
}
