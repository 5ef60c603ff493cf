import type { Node as PMNode } from '@tiptap/pm/model';
import { type Decoration, DecorationSet } from '@tiptap/pm/view';
import type { EditorDiagnostic, LintedBlock } from '../types.ts';
import { isAnalysisDecoration } from './isAnalysisDecoration.ts';
import { isBlockDecoration } from './isBlockDecoration.ts';
import { sameAdvice } from './sameAdvice.ts';
import { toDecoration } from './toDecoration.ts';

const identity = (diagnostic: Pick<EditorDiagnostic, 'ruleId' | 'from' | 'to'>) =>
  `${diagnostic.ruleId}\u0000${diagnostic.from}\u0000${diagnostic.to}`;

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
  const toDecorations = (previous: readonly Decoration[], block: LintedBlock): Decoration[] => {
    const ids = new Map(
      previous.map((decoration) => {
        const { ruleId, id } = decoration.spec.diagnostic as EditorDiagnostic;
        return [identity({ ruleId, from: decoration.from, to: decoration.to }), id];
      }),
    );
    return block.diagnostics.map((diagnostic) =>
      toDecoration({ ...diagnostic, id: ids.get(identity(diagnostic)) ?? createId() }),
    );
  };

  if (full) {
    const previous = set.find(undefined, undefined, isBlockDecoration);
    const merged: LintedBlock = {
      pos: 0,
      end: doc.content.size,
      diagnostics: blocks.flatMap((block) => block.diagnostics),
    };
    return DecorationSet.create(doc, [
      ...toDecorations(previous, merged),
      ...set.find(undefined, undefined, isAnalysisDecoration),
    ]);
  }

  let next = set;
  for (const block of blocks) {
    const previous = next
      .find(block.pos, block.end, isBlockDecoration)
      .filter((decoration) => decoration.from >= block.pos && decoration.to <= block.end);
    // Most re-checks after a keystroke find what was already there: leave the set as it is, so
    // nothing is redrawn and listeners see no change.
    if (sameFindings(previous, block.diagnostics)) continue;
    const fresh = toDecorations(previous, block);
    // `remove` nulls out the entries of the array it is given, so it gets a copy.
    next = next.remove([...previous]).add(doc, fresh);
  }
  return next;
}

type Finding = Omit<EditorDiagnostic, 'id'>;

/** Whether the decorations already show exactly these findings (same rule, range, words and advice). */
function sameFindings(shown: readonly Decoration[], found: readonly Finding[]): boolean {
  if (shown.length !== found.length) return false;
  const byPlace = new Map(
    shown.map((decoration) => [
      identity({ ...(decoration.spec.diagnostic as EditorDiagnostic), from: decoration.from, to: decoration.to }),
      decoration,
    ]),
  );
  return found.every((diagnostic) => {
    const before = byPlace.get(identity(diagnostic))?.spec.diagnostic as EditorDiagnostic | undefined;
    return before !== undefined && before.ignoreKey === diagnostic.ignoreKey && sameAdvice(before, diagnostic);
  });
}
