import { type Category, categories } from '@casenote/lint';
import type { DiagnosticCounts, NoteSummary } from '../types.ts';
import { analysisLabels, categoryNouns, panelLabels } from './labels.ts';

/**
 * One sentence giving the number of findings and how they split by category, for a findings
 * panel's summary and live region: "3 findings: 2 jargon, 1 victim-blaming". Largest count first;
 * ties keep the engine's category order. "No findings" when there are none.
 * @example formatFindingsSummary({ jargon: 1 }) // '1 finding: 1 jargon'
 */
export function formatFindingsSummary(
  counts: DiagnosticCounts,
  nouns: Record<Category, string> = categoryNouns,
  words: Pick<typeof panelLabels, 'none' | 'count'> = panelLabels,
): string {
  const present = categories
    .map((category) => ({ category, count: counts[category] ?? 0 }))
    .filter(({ count }) => count > 0)
    // Array.prototype.sort is stable, so equal counts stay in category order.
    .sort((a, b) => b.count - a.count);
  const total = present.reduce((sum, { count }) => sum + count, 0);
  if (total === 0) return words.none;
  const parts = present.map(({ category, count }) => `${count} ${nouns[category]}`);
  return words.count(total, parts.join(', '));
}

/**
 * The panel's whole summary: "Checking the note…" until every paragraph has been checked once
 * (never "no findings" before then), then the count, with the number of prompts about the whole
 * note added when there are any ("2 findings: 2 jargon; 1 about the whole note").
 */
export function formatPanelSummary(
  checked: boolean,
  counts: DiagnosticCounts,
  prompts: number,
  nouns: Record<Category, string> = categoryNouns,
  words: Pick<typeof panelLabels, 'none' | 'count' | 'aboutWholeNote'> = panelLabels,
  checking: string = analysisLabels.checking,
): string {
  if (!checked) return checking;
  const count = formatFindingsSummary(counts, nouns, words);
  return prompts > 0 ? `${count}; ${words.aboutWholeNote(prompts)}` : count;
}

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
