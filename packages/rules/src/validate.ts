import { DataError } from './data-error.ts';
import { expandPattern, PatternSyntaxError } from './pattern.ts';
import { checkConditions, checkFixUnless, checkIndicators } from './validate-conditions.ts';
import {
  categories,
  checks,
  families,
  severities,
  type IndicatorEntry,
  type LintRule,
  type Rule,
  type RuleEntry,
  type SourceEntry,
  type SourceLink,
} from './types.ts';

/**
 * A rule pack that failed validation. The message names the pack, the entry and the field, so a
 * host developer can find the mistake: `team-rules.yml: entry 3 ("lac-acronym"): field "category": …`.
 */
export class RulePackError extends DataError {
  override name = 'RulePackError';
  /** The pack (file path or name). */
  readonly pack: string;
  /** The 0-based entry index within the pack, if the problem is in one entry. */
  readonly entry: number | undefined;
  readonly ruleId: string | undefined;
  constructor(
    pack: string,
    entry: number | undefined,
    ruleId: string | undefined,
    field: string | undefined,
    problem: string,
  ) {
    super(pack, entry === undefined ? [] : [{ kind: 'entry', index: entry, id: ruleId }], field, problem);
    this.pack = pack;
    this.entry = entry;
    this.ruleId = ruleId;
  }
}

const knownFields = new Set([
  'id',
  'category',
  'family',
  'severity',
  'patterns',
  'suggestions',
  'childSuggestions',
  'explanation',
  'sources',
  'message',
  'note',
  'exceptions',
  'acronym',
  'caseSensitive',
  'when',
  'otherwise',
  'check',
  'optIn',
  'oneClickFix',
  'fixUnless',
]);
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Ids that would read through an object's prototype wherever ids are keys. */
const reservedIds = new Set(['__proto__', 'constructor', 'prototype']);
/** The longest pattern, in characters, a pack may hold (the built-in packs' longest is under 300). */
export const maxPatternLength = 1000;
/**
 * How many word sequences one pack's patterns may stand for in all (the largest built-in pack,
 * about 55,000): more would take long to compile and check for clashes.
 */
export const maxPackSequences = 100_000;
const urlPattern = /^https?:\/\/[^\s]+$/;

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim().length > 0);
}

/**
 * Checks one pack's entries and resolves their sources.
 *
 * @param entries The parsed pack (an array of rule entries).
 * @param pack The pack's name or path, used in errors.
 * @param sources Known sources by id; host packs may also cite a URL directly.
 * @param indicators Known harm indicator ids, which `when.indicators` may name.
 * @returns The rules, with sources resolved.
 * @throws RulePackError naming the pack, entry and field of the first problem.
 */
export function validateRulePack(
  entries: unknown,
  pack: string,
  sources: ReadonlyMap<string, SourceEntry>,
  indicators?: ReadonlySet<string>,
): Rule[];
/** With known sources as links only (as the linter has them), the rules' sources are links. */
export function validateRulePack(
  entries: unknown,
  pack: string,
  sources: ReadonlyMap<string, SourceLink>,
  indicators?: ReadonlySet<string>,
): LintRule[];
export function validateRulePack(
  entries: unknown,
  pack: string,
  sources: ReadonlyMap<string, SourceLink>,
  indicators: ReadonlySet<string> = new Set(),
): LintRule[] {
  if (!Array.isArray(entries))
    throw new RulePackError(pack, undefined, undefined, undefined, 'a rule pack must be a list of rules');
  let sequences = 0;
  return entries.map((entry: unknown, index): LintRule => {
    const fail = (field: string | undefined, problem: string, id?: string): never => {
      throw new RulePackError(pack, index, id, field, problem);
    };
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      return fail(undefined, 'each rule must be a mapping of fields');
    const record = entry as Record<string, unknown>;
    const id = typeof record.id === 'string' ? record.id : undefined;
    const check = (field: string, ok: boolean, problem: string): void => {
      if (!ok) fail(field, problem, id);
    };
    for (const field of Object.keys(record)) check(field, knownFields.has(field), 'unknown field');
    check('id', !reservedIds.has(record.id as string), `"${String(record.id)}" is reserved; choose another id`);
    check(
      'id',
      typeof record.id === 'string' && idPattern.test(record.id),
      'must be a kebab-case id such as "lac-acronym"',
    );
    check(
      'category',
      categories.includes(record.category as never),
      `unknown category ${JSON.stringify(record.category)}; expected one of ${categories.join(', ')}`,
    );
    check(
      'severity',
      severities.includes(record.severity as never),
      `unknown severity ${JSON.stringify(record.severity)}; expected one of ${severities.join(', ')}`,
    );
    check(
      'family',
      record.family === undefined || families.includes(record.family as never),
      `unknown family ${JSON.stringify(record.family)}; expected one of ${families.join(', ')}`,
    );
    check(
      'check',
      record.check === undefined || checks.includes(record.check as never),
      `unknown check ${JSON.stringify(record.check)}; expected one of ${checks.join(', ')}`,
    );
    // a general check finds its own words: no patterns, and a fix only where one can be known
    const general = record.check !== undefined;
    check(
      'patterns',
      general
        ? Array.isArray(record.patterns) && record.patterns.length === 0
        : isStringArray(record.patterns) && record.patterns.length > 0,
      general ? 'must be an empty list ([]) for a general check' : 'must be a non-empty list of patterns',
    );
    check(
      'suggestions',
      isStringArray(record.suggestions) && (general || record.suggestions.length > 0),
      'must be a non-empty list of suggested wordings',
    );
    check(
      'childSuggestions',
      record.childSuggestions === undefined ||
        (isStringArray(record.childSuggestions) && record.childSuggestions.length > 0),
      'must be a non-empty list of wordings for a sentence written to the child; leave it out otherwise',
    );
    check(
      'explanation',
      typeof record.explanation === 'string' && record.explanation.trim().length >= 20,
      'must explain, in a sentence or two, why the wording matters',
    );
    check(
      'sources',
      isStringArray(record.sources) && record.sources.length > 0,
      'must cite at least one source (a source id or URL)',
    );
    check('message', record.message === undefined || typeof record.message === 'string', 'must be a string');
    check('note', record.note === undefined || typeof record.note === 'string', 'must be a string');
    check(
      'exceptions',
      record.exceptions === undefined || isStringArray(record.exceptions),
      'must be a list of patterns',
    );
    check(
      'caseSensitive',
      record.caseSensitive === undefined || typeof record.caseSensitive === 'boolean',
      'must be true or false',
    );
    check('optIn', record.optIn === undefined || typeof record.optIn === 'boolean', 'must be true or false');
    // the suggestions stay, shown as wording to consider: a rule with none has nothing to show
    check(
      'oneClickFix',
      record.oneClickFix === undefined ||
        (record.oneClickFix === false && isStringArray(record.suggestions) && record.suggestions.length > 0),
      'must be false (the suggestions shown as wording to consider, not a one-click fix), with suggestions to show; leave it out otherwise',
    );
    const fixProblem = checkFixUnless(record.fixUnless, record.suggestions);
    if (fixProblem) fail('fixUnless', fixProblem, id);
    const acronym = record.acronym as { expansion?: unknown; plain?: unknown } | undefined;
    check(
      'acronym',
      acronym === undefined ||
        (typeof acronym === 'object' &&
          acronym !== null &&
          Object.keys(acronym).every((key) => key === 'expansion' || key === 'plain') &&
          typeof acronym.expansion === 'string' &&
          acronym.expansion.trim().length > 0 &&
          (acronym.plain === undefined || acronym.plain === true)),
      'must be { expansion: "the words spelled out" }, with `plain: true` where the words are a plain name',
    );
    const conditionProblem = checkConditions(record.when, record.otherwise, indicators);
    if (conditionProblem) fail(conditionProblem.field, conditionProblem.problem, id);

    const rule = record as unknown as RuleEntry;
    const caseSensitive = rule.caseSensitive ?? false;
    const compile = (field: string, pattern: string, exact: boolean): void => {
      if (pattern.length > maxPatternLength)
        fail(field, `a pattern of ${pattern.length} characters is longer than the ${maxPatternLength} allowed`, id);
      try {
        sequences += expandPattern(pattern, exact).length;
        if (sequences > maxPackSequences)
          fail(
            field,
            `the pack's patterns stand for more than ${maxPackSequences} word sequences in all; split the pack or use fewer alternatives`,
            id,
          );
      } catch (error) {
        if (error instanceof PatternSyntaxError)
          fail(field, `pattern ${JSON.stringify(pattern)}: ${error.message}`, id);
        throw error;
      }
    };
    for (const pattern of rule.patterns) compile('patterns', pattern, caseSensitive);
    for (const pattern of rule.exceptions ?? []) compile('exceptions', pattern, caseSensitive);
    if (rule.acronym) compile('acronym', rule.acronym.expansion, false);

    const resolved = rule.sources.map((source) => {
      const known = sources.get(source);
      if (known) return known;
      if (urlPattern.test(source)) return { id: source, title: source, publisher: '', url: source };
      return fail('sources', `unknown source ${JSON.stringify(source)}: cite a known source id or a URL`, id);
    });
    return { ...rule, family: rule.family ?? 'other', sources: resolved, pack };
  });
}

/**
 * Checks a list of sources: kebab-case unique ids, a title, a publisher and an http(s) URL.
 *
 * @throws RulePackError naming the file and entry.
 */
export function validateSources(
  entries: unknown,
  file: string,
  known: Map<string, SourceEntry> = new Map(),
): Map<string, SourceEntry> {
  if (!Array.isArray(entries))
    throw new RulePackError(file, undefined, undefined, undefined, 'a source file must be a list of sources');
  for (const [index, entry] of entries.entries()) {
    const record = (entry ?? {}) as Record<string, unknown>;
    const id = typeof record.id === 'string' ? record.id : undefined;
    const fail = (field: string, problem: string): never => {
      throw new RulePackError(file, index, id, field, problem);
    };
    if (!id || !idPattern.test(id)) fail('id', 'must be a kebab-case id');
    if (known.has(id as string)) fail('id', 'duplicate source id');
    if (typeof record.title !== 'string' || record.title.trim() === '') fail('title', 'is required');
    if (typeof record.publisher !== 'string' || record.publisher.trim() === '') fail('publisher', 'is required');
    if (typeof record.url !== 'string' || !urlPattern.test(record.url)) fail('url', 'must be an http(s) URL');
    if (record.year !== undefined && typeof record.year !== 'number') fail('year', 'must be a number');
    known.set(id as string, record as unknown as SourceEntry);
  }
  return known;
}

/**
 * Checks the harm indicators file (`data/indicators.yml`).
 *
 * @throws RulePackError naming the file, entry and field of the first problem.
 */
export function validateIndicators(
  entries: unknown,
  file: string,
  sources: ReadonlyMap<string, SourceEntry>,
): IndicatorEntry[] {
  const result = checkIndicators(entries, sources);
  if (Array.isArray(result)) return result;
  throw new RulePackError(file, result.index, result.id, result.field, result.problem);
}
