// Counts quoted in the docs, kept in step with the data: each count sits between markers,
// `<!-- count: jargon -->168<!-- /count -->`, and the build rewrites the number between them.
import { DataError } from '../src/data-error.ts';
import { categories, type Rule, type SourceEntry } from '../src/types.ts';

/** Docs (relative to the repository root) whose counts come from the rule data. */
export const countedDocs = ['README.md', 'packages/rules/README.md'];

const marker = /<!-- count: ([a-z,+-]+) -->(\d*)<!-- \/count -->/g;

/** The number a marker names: `rules`, `sources`, or categories and families joined by `+`. */
function countFor(
  name: string,
  rules: readonly Rule[],
  sources: ReadonlyMap<string, SourceEntry>,
  docName: string,
): number {
  if (name === 'rules') return rules.length;
  if (name === 'sources') return sources.size;
  const groups = name.split('+');
  for (const group of groups) {
    if (!(categories as readonly string[]).includes(group) && !rules.some((rule) => rule.family === group))
      throw new DataError(
        docName,
        [],
        undefined,
        `unknown count "${group}" (expected rules, sources, a category or a family)`,
      );
  }
  return rules.filter((rule) => groups.includes(rule.category) || groups.includes(rule.family)).length;
}

/** The doc with every marked count set from the data. */
export function withCounts(
  doc: string,
  rules: readonly Rule[],
  sources: ReadonlyMap<string, SourceEntry>,
  docName = 'doc',
): string {
  return doc.replace(
    marker,
    (_, name: string) => `<!-- count: ${name} -->${countFor(name, rules, sources, docName)}<!-- /count -->`,
  );
}
