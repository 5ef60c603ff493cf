// The built-in rule data as it ships: two JSON strings in two modules, decoded on first use. The
// first holds what the linter needs to find and fix (patterns, suggestions, messages, source URLs);
// the second, the details, the words a person reads when they open a finding or a catalogue of the
// rules (explanations, reviewers' notes, sources' titles, publishers and years), so a bundle that
// lints leaves them out and a page loads them on their own (`loadRuleDetails`). Both are stored by column (all ids together, all patterns together, all explanations together…),
// which gzip compresses far better than a list of objects: similar text sits together and no key is
// repeated. Fields with a few distinct values (category, family, severity, pack, caseSensitive) are
// stored once and named by one character each; sources are named by their index in the source table
// (in base 36), an acronym rule by its expansion alone. A rule's exceptions follow its patterns in the
// same row after a backtick (the words of a rule sit together, which gzip finds more of than in a column
// of their own); the source a finding links to is named by its index in a table of the linked sources in
// the order rules first cite them, left out where a rule cites the same as the rule before and `+` where
// it cites one no rule before it did. Text columns (ids, messages, explanations, URLs…) and lists of texts
// (patterns, suggestions…) are one string each, rows split by `~` and list items by `^` (an empty row for
// no value, a lone `^` for an empty list); a column whose text holds either character is stored as a list
// instead. How ids, messages, URLs and plural alternatives are shortened: compact-spelling.ts; the columns themselves: compact-columns.ts. Measured
// with gzip on the real data, each of these saves bytes; a shared dictionary of words or alternatives did
// not (gzip already finds those repeats, and the dictionary's indices compress worse than the words).
import {
  type Columns,
  type DictionaryColumn,
  decodeColumns,
  encodeColumns,
  itemBreak,
  rowBreak,
  rowCount,
  withExceptionsApart,
  withExceptionsInPatterns,
} from './compact-columns.ts';
import { spelledId, spelledMessage, storedId, storedMessage, storedUrl, withScheme } from './compact-spelling.ts';
import type { BuiltinRuleEntry, IndicatorEntry, SourceEntry, SourceLink } from './types.ts';

/** The data the generator compiles from data/*.yml. */
export interface BuiltinData {
  sources: SourceEntry[];
  rules: BuiltinRuleEntry[];
  indicators: IndicatorEntry[];
}

/** A built-in rule as the linter needs it: without its explanation and the reviewer's note. */
export type BuiltinLintEntry = Omit<BuiltinRuleEntry, 'note' | 'explanation'>;

/** The part of the data the linter needs, with the sources' ids put back. */
export interface BuiltinLintData {
  sources: SourceLink[];
  rules: BuiltinLintEntry[];
  indicators: IndicatorEntry[];
}

/**
 * The linter's part as it ships: the URLs of the sources a finding links to (each rule's first),
 * each rule citing its first source by index, and the harm indicators' ids and phrases. The
 * sources' ids, the other sources' URLs, the rules' other sources, each rule's pack and the
 * indicators' names, sources and notes are apart (`sourceIds`): only host packs (checked against
 * the built-in rules by id, phrase and pack), `getBuiltinLintRules` and the catalogue
 * (`@casenote/rules/details`) need them, so a bundle that lints with the built-in packs alone
 * leaves them out.
 */
export interface StoredLintData {
  urls: string[];
  rules: LinterRule[];
  indicators: LinterIndicator[];
}

/** A built-in rule as the linter's part stores it: its first source by index, without its pack. */
export type LinterRule = Omit<BuiltinLintEntry, 'sources' | 'pack'> & { sources: number[] };

/** A harm indicator as the linter reads it: the id rules name and the phrases that show it. */
export type LinterIndicator = Pick<IndicatorEntry, 'id' | 'phrases'>;

/** A built-in rule's words for people: why it matters and the reviewer's note. */
export interface RuleDetailsEntry {
  id: string;
  explanation: string;
  note?: string;
}

/** A cited guide as a person reads it: title, publisher and year (its URL is in the linter's part). */
export type SourceDetailsEntry = Omit<SourceEntry, 'url'>;

/** The details: what a person reads about the rules and sources, by id. */
export interface BuiltinDetailsData {
  sources: SourceDetailsEntry[];
  rules: RuleDetailsEntry[];
}

/** The fields that only a person reads (the details); the ids are in both parts. */
const detailsSourceFields = ['title', 'publisher', 'year'];
const detailsRuleFields = ['explanation', 'note'];

interface CompactDetails {
  sources: Columns;
  rules: Columns;
}

interface CompactData extends CompactDetails {
  indicators: LinterIndicator[];
}

// the order of the columns, measured with gzip on the whole data: the words first (the ids beside the
// phrases that spell them, the suggestions after the patterns, the messages last of the texts), then
// the short columns; ids stay first, since a table's first column counts its rows
const ruleFieldOrder = [
  'id',
  'patterns',
  'exceptions',
  'suggestions',
  'childSuggestions',
  'acronym',
  'message',
  'category',
  'family',
  'severity',
  'pack',
  'caseSensitive',
  'check',
  'optIn',
  'oneClickFix',
  'source',
  'when',
  'otherwise',
  'fixUnless',
  'explanation',
  'note',
];

/**
 * The sources' ids in the order of the source table, the URLs of the sources no rule cites first
 * (for those in the linter's part, their index in its table of URLs), each rule's sources after
 * its first (indices into the source table, in base 36, split by `^`; rows split by `~`), each
 * rule's pack (a column of few values) and what the indicators hold beside their ids and phrases.
 */
interface StoredSourceIds {
  ids: string;
  urls: Array<string | number>;
  more: string;
  packs: DictionaryColumn;
  indicators: Array<Omit<IndicatorEntry, 'id' | 'phrases'>>;
}

const pick = (row: object, fields: readonly string[], keep: boolean): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).filter(([field]) => fields.includes(field) === keep));

/**
 * The compact form of the built-in data (used by scripts/build-rules.ts): the linter's part, the
 * sources' ids with the citations the linter does not need (`StoredSourceIds`, as JSON), and the
 * details.
 */
export function encodeBuiltin(data: BuiltinData): { lint: string; sourceIds: string; details: string } {
  const sourceIndex = new Map(data.sources.map((source, index) => [source.id, index]));
  const indexIn = (table: Map<string, number>, rule: BuiltinRuleEntry, id: string): string => {
    const index = table.get(id);
    if (index === undefined) throw new Error(`compact rule data: rule "${rule.id}" cites unknown source "${id}"`);
    return index.toString(36);
  };
  // a finding links to its rule's first source: the linter's part holds those sources alone, in the
  // order rules first cite them
  const linkIds = [...new Set(data.rules.map((rule) => rule.sources[0] as string))];
  for (const rule of data.rules) indexIn(sourceIndex, rule, rule.sources[0] as string);
  const linkIndex = new Map(linkIds.map((id, index) => [id, index]));
  let previous = -1;
  let linked = 0;
  const rules = data.rules.map((rule) => {
    const index = linkIndex.get(rule.sources[0] as string) as number;
    const source = index === previous ? undefined : index === linked ? newSource : index.toString(36);
    previous = index;
    linked = Math.max(linked, index + 1);
    const { sources: _sources, ...rest } = rule;
    return {
      ...rest,
      id: storedId(rule),
      source,
      acronym: rule.acronym === undefined ? undefined : (rule.acronym.plain ? plainMark : '') + rule.acronym.expansion,
      message: storedMessage(rule.message),
    };
  });
  // the indicators before the rules: measured, a little smaller under gzip
  const lint: CompactData = {
    sources: encodeColumns(
      linkIds.map((id) => ({ url: storedUrl((data.sources[sourceIndex.get(id) as number] as SourceEntry).url) })),
      ['url'],
    ),
    indicators: data.indicators.map(({ id, phrases }) => ({ id, phrases })),
    rules: withExceptionsInPatterns(
      encodeColumns(
        rules.map((rule) => pick(rule, [...detailsRuleFields, 'pack'], false)),
        ruleFieldOrder,
      ),
    ),
  };
  // the details carry the ids in full: a page loads them without the linter's part (worker mode)
  const details: CompactDetails = {
    sources: encodeColumns(
      data.sources.map((source) => ({ id: source.id, ...pick(source, detailsSourceFields, true) })),
      ['id', ...detailsSourceFields],
    ),
    rules: encodeColumns(
      data.rules.map((rule) => ({ id: rule.id, ...pick(rule, detailsRuleFields, true) })),
      ['id', ...detailsRuleFields],
    ),
  };
  const ids = data.sources.map((source) => source.id);
  if (ids.some((id) => id.includes(rowBreak))) throw new Error(`compact rule data: a source id holds "${rowBreak}"`);
  const sourceIds: StoredSourceIds = {
    ids: ids.join(rowBreak),
    urls: data.sources.map((source) => linkIndex.get(source.id) ?? storedUrl(source.url)),
    more: data.rules
      .map((rule) =>
        rule.sources
          .slice(1)
          .map((id) => indexIn(sourceIndex, rule, id))
          .join(itemBreak),
      )
      .join(rowBreak),
    packs: encodePacks(data.rules.map((rule) => rule.pack)),
    indicators: data.indicators.map(({ id: _id, phrases: _phrases, ...rest }) => rest),
  };
  return { lint: JSON.stringify(lint), sourceIds: JSON.stringify(sourceIds), details: JSON.stringify(details) };
}

/**
 * Each rule's pack as the packs' names, then one base-36 digit a rule naming one of them; with more than
 * 36 packs, two digits a rule (the data grows a pack file at a time, and a 37th must not break the build).
 */
function encodePacks(packs: readonly string[]): DictionaryColumn {
  const values = [...new Set(packs)];
  const width = packWidth(values.length);
  if (values.length > 36 ** width)
    throw new Error(`compact rule data: ${values.length} packs, more than the format holds`);
  return {
    values,
    rows: packs.map((pack) => values.indexOf(pack).toString(36).padStart(width, '0')).join(''),
  };
}

const packWidth = (count: number): number => (count <= 36 ? 1 : 2);

/** The index into `values` of a rule's pack (see `encodePacks`). */
function packAt(packs: DictionaryColumn, row: number): number {
  const width = packWidth(packs.values.length);
  return Number.parseInt(packs.rows.slice(row * width, row * width + width), 36);
}

/** Before an acronym rule's stored expansion: its long form is a plain name (`acronym.plain`). */
const plainMark = '=';

/** A rule's source in the linter's part where it is not the one of the rule before. */
const newSource = '+';

/** The part of the built-in data the linter needs, from its compact form: sources by index. */
export function decodeBuiltinLint(encoded: string): StoredLintData {
  const compact = JSON.parse(encoded) as CompactData;
  const urls = decodeColumns<{ url: string }>(compact.sources, rowCount(compact.sources)).map(({ url }) =>
    withScheme(url),
  );
  const rules = decodeColumns<StoredLintData['rules'][number] & { source?: string }>(
    withExceptionsApart(compact.rules),
    rowCount(compact.rules),
  );
  let source = -1;
  let linked = 0;
  for (const rule of rules) {
    rule.id = spelledId(rule.id, rule.patterns);
    if (rule.source !== undefined) source = rule.source === newSource ? linked : Number.parseInt(rule.source, 36);
    linked = Math.max(linked, source + 1);
    delete rule.source;
    rule.sources = [source];
    if (rule.message !== undefined) rule.message = spelledMessage(rule.message);
    const expansion = rule.acronym as unknown as string | undefined;
    if (expansion !== undefined)
      rule.acronym = expansion.startsWith(plainMark)
        ? { expansion: expansion.slice(plainMark.length), plain: true }
        : { expansion };
  }
  return { urls, rules, indicators: compact.indicators };
}

/**
 * The linter's part with every source named by id and every rule's sources put back (`sourceIds`
 * as `encodeBuiltin` wrote them).
 */
export function withSourceIds(stored: StoredLintData, sourceIds: string): BuiltinLintData {
  const { ids, urls, more, packs, indicators } = JSON.parse(sourceIds) as StoredSourceIds;
  const idList = ids.split(rowBreak);
  // where each source of the linter's part sits in the whole table
  const linked: number[] = [];
  const sources = idList.map((id, index) => {
    const url = urls[index] as string | number;
    if (typeof url === 'string') return { id, url: withScheme(url) };
    linked[url] = index;
    return { id, url: stored.urls[url] as string };
  });
  const others = more.split(rowBreak);
  return {
    sources,
    rules: stored.rules.map((rule, row) => ({
      ...rule,
      pack: packs.values[packAt(packs, row)] as string,
      sources: [
        ...rule.sources.map((index) => idList[linked[index] as number] as string),
        ...(others[row] ? (others[row] as string).split(itemBreak) : []).map(
          (index) => idList[Number.parseInt(index, 36)] as string,
        ),
      ],
    })),
    indicators: stored.indicators.map((indicator, index) => ({ ...indicator, ...indicators[index] }) as IndicatorEntry),
  };
}

/** The details (explanations, notes, sources' titles), from their compact form. */
export function decodeBuiltinDetails(encoded: string): BuiltinDetailsData {
  const compact = JSON.parse(encoded) as CompactDetails;
  return {
    sources: decodeColumns<SourceDetailsEntry>(compact.sources, rowCount(compact.sources)),
    rules: decodeColumns<RuleDetailsEntry>(compact.rules, rowCount(compact.rules)),
  };
}

/** The whole built-in data: the linter's part with the details put back (matched by id). */
export function decodeBuiltin(lint: BuiltinLintData, details: BuiltinDetailsData): BuiltinData {
  const sourceDetails = new Map(details.sources.map((source) => [source.id, source]));
  const ruleDetails = new Map(details.rules.map((rule) => [rule.id, rule]));
  return {
    sources: lint.sources.map((source) => ({ ...source, ...sourceDetails.get(source.id) }) as SourceEntry),
    rules: lint.rules.map((rule) => ({ ...rule, ...ruleDetails.get(rule.id) }) as BuiltinRuleEntry),
    indicators: lint.indicators,
  };
}
