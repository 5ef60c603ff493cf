// The retext-equality profile: data/equality.yml chooses entries of retext-equality's English data
// (read here, at build time, from the npm package) and gives each our own category, severity,
// suggestions, explanation and sources. Entries not chosen are off, among them every pronoun and
// gender entry. The result is an ordinary rule pack, validated like the others, so the product
// runs one matcher and ships no second plugin.
import { patterns as equalityPatterns } from 'retext-equality/lib/en.js';
import { RulePackError } from '../src/validate.ts';

/** One entry of retext-equality's data (its `lib/en.js`). */
interface EqualityPattern {
  id: string;
  type: 'or' | 'basic';
  categories: string[];
  inconsiderate: Record<string, string>;
}

const byId = new Map((equalityPatterns as EqualityPattern[]).map((entry) => [entry.id, entry]));
// retext-equality marks pronoun and gendered entries with these categories: never imported
const genderCategories = new Set(['male', 'female']);

/**
 * Turns the profile into rule entries: each profile entry names a retext-equality entry in `from`,
 * optionally the subset of its phrases to use in `phrases`, and carries every other rule field.
 *
 * @throws RulePackError naming data/equality.yml, the entry and the field.
 */
export function importEquality(entries: unknown, file: string): Record<string, unknown>[] {
  if (!Array.isArray(entries))
    throw new RulePackError(file, undefined, undefined, undefined, 'must be a list of profile entries');
  return entries.map((entry: unknown, index) => {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const id = typeof record.id === 'string' ? record.id : undefined;
    const fail = (field: string, problem: string): never => {
      throw new RulePackError(file, index, id, field, problem);
    };
    const { from, phrases, ...rule } = record;
    if ('patterns' in record)
      fail('patterns', 'a profile entry takes its patterns from retext-equality (`from`, `phrases`)');
    const source = typeof from === 'string' ? byId.get(from) : undefined;
    if (!source) return fail('from', `unknown retext-equality entry ${JSON.stringify(from)}`);
    if (source.type !== 'basic' || source.categories.some((category) => genderCategories.has(category)))
      fail('from', `"${source.id}" is a pronoun or gender entry, which this profile keeps off`);
    const available = Object.keys(source.inconsiderate);
    let chosen = available;
    if (phrases !== undefined) {
      if (!Array.isArray(phrases) || phrases.length === 0) return fail('phrases', 'must be a non-empty list');
      const unknown = phrases.find((phrase) => !available.includes(phrase as string));
      if (unknown !== undefined)
        fail('phrases', `"${String(unknown)}" is not a phrase of "${source.id}" (it has: ${available.join(', ')})`);
      chosen = phrases as string[];
    }
    const wildcard = chosen.find((phrase) => phrase.includes('*'));
    if (wildcard) fail('phrases', `"${wildcard}" has a wildcard; choose the phrases without one`);
    return { ...rule, patterns: chosen };
  });
}
