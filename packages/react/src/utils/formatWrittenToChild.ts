import type { NoteSummary } from '@casenote/tiptap';
import { analysisLabels } from '../labels.ts';

/**
 * The meter's value in words: "40% written to Jade (2 of 5 sentences)", counting the sentences
 * that speak to or about the child. Uses "the child" when the name is not known.
 * @example formatWrittenToChild({ toChild: 2, aboutChild: 3, writtenToChildShare: 0.4, … }, 'Jade')
 */
export function formatWrittenToChild(
  summary: NoteSummary | null,
  childName: string | null = null,
  labels: typeof analysisLabels = analysisLabels,
): string {
  if (!summary) return labels.pending;
  const { toChild, aboutChild, writtenToChildShare } = summary;
  if (writtenToChildShare === null) return labels.noSentences;
  const counted = toChild + aboutChild;
  return labels.writtenTo(Math.round(writtenToChildShare * 100), childName ?? labels.theChild, toChild, counted);
}
