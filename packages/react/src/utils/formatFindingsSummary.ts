import { type Category, categories } from '@casenote/lint';
import type { DiagnosticCounts } from '@casenote/tiptap';
import { categoryNouns, panelLabels } from '../labels.ts';

/**
 * One sentence giving the number of findings and how they split by category, for the panel's
 * live region: "3 findings: 2 jargon, 1 victim-blaming". Largest count first; ties keep the
 * engine's category order.
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
