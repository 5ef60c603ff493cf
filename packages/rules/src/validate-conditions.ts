import { expandPattern, PatternSyntaxError } from './pattern.ts';
import {
  conditionNames,
  severities,
  subjects,
  type IndicatorEntry,
  type RuleConditions,
  type SourceEntry,
} from './types.ts';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const conditionFields = new Set<string>(conditionNames);
const otherwiseFields = new Set(['severity', 'message', 'unknown']);

/** A problem with one field of a rule's `when` or `otherwise`: the field path and what is wrong. */
export interface ConditionProblem {
  field: string;
  problem: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a rule's `when` and `otherwise` fields.
 *
 * @param indicators The known indicator ids (`when.indicators` must name them).
 * @returns The first problem, or undefined when both fields are well formed.
 */
export function checkConditions(
  when: unknown,
  otherwise: unknown,
  indicators: ReadonlySet<string>,
): ConditionProblem | undefined {
  if (when === undefined) {
    return otherwise === undefined
      ? undefined
      : { field: 'otherwise', problem: 'only a rule with `when` conditions can say what happens otherwise' };
  }
  if (!isRecord(when) || Object.keys(when).length === 0)
    return { field: 'when', problem: `must be a mapping of one or more of: ${conditionNames.join(', ')}` };
  for (const key of Object.keys(when)) {
    if (!conditionFields.has(key))
      return { field: `when.${key}`, problem: `unknown condition; expected one of ${conditionNames.join(', ')}` };
  }
  const conditions = when as RuleConditions;
  if (conditions.subject !== undefined && !subjects.includes(conditions.subject))
    return { field: 'when.subject', problem: `must be one of ${subjects.join(', ')}` };
  if (conditions.age !== undefined) {
    const age = conditions.age as unknown;
    const bounds = isRecord(age) ? Object.entries(age) : [];
    const ok =
      bounds.length > 0 &&
      bounds.every(
        ([key, value]) => (key === 'below' || key === 'atLeast') && Number.isInteger(value) && (value as number) > 0,
      );
    if (!ok) return { field: 'when.age', problem: 'must be { below: N } and/or { atLeast: N } with whole years' };
  }
  for (const field of ['indicators', 'near'] as const) {
    const list = conditions[field] as unknown;
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0)
      return { field: `when.${field}`, problem: 'must be a non-empty list of indicator ids' };
    // in `near`, an entry "a|b" is met by either indicator
    const ids = list.flatMap((id: unknown) => (field === 'near' && typeof id === 'string' ? id.split('|') : [id]));
    const unknown = ids.find((id) => typeof id !== 'string' || !indicators.has(id));
    if (unknown !== undefined)
      return {
        field: `when.${field}`,
        problem: `unknown indicator ${JSON.stringify(unknown)}; expected one of ${[...indicators].join(', ')}`,
      };
  }
  if (conditions.adult !== undefined && conditions.adult !== 'described' && conditions.adult !== 'in-sentence')
    return { field: 'when.adult', problem: 'must be "described" or "in-sentence"' };
  if (conditions.child !== undefined && conditions.child !== 'described' && conditions.child !== 'in-note')
    return { field: 'when.child', problem: 'must be "described" or "in-note"' };
  if (conditions.pair !== undefined && conditions.pair !== 'child-and-adult')
    return { field: 'when.pair', problem: 'must be "child-and-adult"' };
  if (conditions.about !== undefined && conditions.about !== 'children' && conditions.about !== 'people')
    return { field: 'when.about', problem: 'must be "children" or "people"' };
  if (conditions.reference !== undefined && conditions.reference !== 'particular')
    return { field: 'when.reference', problem: 'must be "particular"' };
  if (conditions.possessor !== undefined && conditions.possessor !== 'not-adult')
    return { field: 'when.possessor', problem: 'must be "not-adult"' };
  if (conditions.reader !== undefined && conditions.reader !== 'child' && conditions.reader !== 'family')
    return { field: 'when.reader', problem: 'must be "child" or "family"' };
  if (conditions.speaker !== undefined && conditions.speaker !== 'not-defence')
    return { field: 'when.speaker', problem: 'must be "not-defence"' };
  if (conditions.described !== undefined && conditions.described !== 'family')
    return { field: 'when.described', problem: 'must be "family"' };
  if (conditions.gloss !== undefined && conditions.gloss !== 'none')
    return { field: 'when.gloss', problem: 'must be "none"' };
  if (otherwise === undefined || otherwise === 'skip') return undefined;
  if (!isRecord(otherwise)) return { field: 'otherwise', problem: 'must be "skip" or { severity, message }' };
  for (const key of Object.keys(otherwise)) {
    if (!otherwiseFields.has(key))
      return { field: `otherwise.${key}`, problem: 'unknown field; expected severity, message or unknown' };
  }
  if (!severities.includes(otherwise.severity as never))
    return { field: 'otherwise.severity', problem: `must be one of ${severities.join(', ')}` };
  if (otherwise.message !== undefined && (typeof otherwise.message !== 'string' || otherwise.message.trim() === ''))
    return { field: 'otherwise.message', problem: 'must be a non-empty string' };
  if (otherwise.unknown !== undefined) {
    const list = otherwise.unknown as unknown;
    const ok =
      Array.isArray(list) && list.length > 0 && list.every((name) => typeof name === 'string' && name in conditions);
    if (!ok) return { field: 'otherwise.unknown', problem: 'must list conditions named in this rule’s `when`' };
  }
  return undefined;
}

/** An indicator file that failed validation; the message names the entry and field. */
export interface IndicatorProblem {
  index: number | undefined;
  id: string | undefined;
  field: string | undefined;
  problem: string;
}

/**
 * Checks the harm indicators (data/indicators.yml): kebab-case unique ids, a name, phrases that
 * compile, and known sources.
 *
 * @returns The indicators, or the first problem.
 */
export function checkIndicators(
  entries: unknown,
  sources: ReadonlyMap<string, SourceEntry>,
): IndicatorEntry[] | IndicatorProblem {
  if (!Array.isArray(entries))
    return { index: undefined, id: undefined, field: undefined, problem: 'must be a list of indicators' };
  const seen = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    const record = isRecord(entry) ? entry : {};
    const id = typeof record.id === 'string' ? record.id : undefined;
    const fail = (field: string, problem: string): IndicatorProblem => ({ index, id, field, problem });
    for (const key of Object.keys(record)) {
      if (!['id', 'name', 'phrases', 'sources', 'note'].includes(key)) return fail(key, 'unknown field');
    }
    if (!id || !idPattern.test(id)) return fail('id', 'must be a kebab-case id');
    if (seen.has(id)) return fail('id', 'duplicate indicator id');
    seen.add(id);
    if (typeof record.name !== 'string' || record.name.trim() === '') return fail('name', 'is required');
    const phrases = record.phrases;
    if (!Array.isArray(phrases) || phrases.length === 0 || !phrases.every((phrase) => typeof phrase === 'string'))
      return fail('phrases', 'must be a non-empty list of patterns');
    for (const phrase of phrases as string[]) {
      try {
        expandPattern(phrase, false);
      } catch (error) {
        if (error instanceof PatternSyntaxError)
          return fail('phrases', `pattern ${JSON.stringify(phrase)}: ${error.message}`);
        throw error;
      }
    }
    const cited = record.sources;
    if (!Array.isArray(cited) || cited.length === 0) return fail('sources', 'must cite at least one source id');
    const unknown = cited.find((source) => typeof source !== 'string' || !sources.has(source));
    if (unknown !== undefined) return fail('sources', `unknown source ${JSON.stringify(unknown)}`);
    if (record.note !== undefined && typeof record.note !== 'string') return fail('note', 'must be a string');
  }
  return entries as IndicatorEntry[];
}

/**
 * A rule's `fixUnless` (DATA-FORMAT.md): a list of `{ words, within?, suggestions? }`, each word a lower-case word or
 * phrase, `within` a whole number of words, and each named suggestion one of the rule's own. A problem, or undefined.
 */
export function checkFixUnless(fixUnless: unknown, suggestions: unknown): string | undefined {
  if (fixUnless === undefined) return undefined;
  const shape =
    'must be a list of { words: [lower-case words or phrases], within?: a number of words, suggestions?: [some of the rule’s suggestions] }';
  if (!Array.isArray(fixUnless) || fixUnless.length === 0) return shape;
  const own = Array.isArray(suggestions) ? suggestions : [];
  for (const entry of fixUnless) {
    if (!isRecord(entry) || !Object.keys(entry).every((key) => ['words', 'within', 'suggestions'].includes(key)))
      return shape;
    const { words, within, suggestions: named } = entry;
    if (!Array.isArray(words) || words.length === 0) return shape;
    if (!words.every((word) => typeof word === 'string' && /^[a-z0-9'’-]+(?: [a-z0-9'’-]+)*$/.test(word))) return shape;
    if (within !== undefined && !(typeof within === 'number' && Number.isInteger(within) && within > 0)) return shape;
    if (named !== undefined && !(Array.isArray(named) && named.length > 0 && named.every((s) => own.includes(s))))
      return `${shape}; "suggestions" names a suggestion the rule does not give`;
  }
  return undefined;
}
