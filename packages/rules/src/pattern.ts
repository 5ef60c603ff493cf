import { nounForms, verbForms } from './inflect.ts';

/** A step in an expanded pattern: a trie key (see `keyFor`) or the wildcard. */
export type Step = string | typeof ANY;
export const ANY: unique symbol = Symbol('any word');

/** One concrete word sequence a pattern stands for, with the flagged span inside it. */
export interface ExpandedPattern {
  steps: Step[];
  spanStart: number;
  spanEnd: number;
}

/** Thrown for a pattern that cannot be compiled; the validator adds the pack, entry and field. */
export class PatternSyntaxError extends Error {
  override name = 'PatternSyntaxError';
}

const words = (list: string): string[] => list.trim().split(/\s+/);

/** The word classes a pattern may name (`<poss>`), as strings of words: they ship in every bundle with the engine. */
const wordClasses: Record<string, string[]> = {
  self: words('myself yourself himself herself itself ourselves yourselves themselves themself oneself'),
  subj: words('i you he she it we they'),
  obj: words('me you him her it us them'),
  poss: words('my your his her its our their'),
  be: words('am is are was were be been being'),
  have: words('have has had having'),
  det: words('a an the this that these those his her their my your our'),
  family: words(`
    mum mums mummy mother mothers dad dads daddy father fathers parent parents nan nana nanna gran granny grandma
    grandmother grandad granddad grandpa grandfather grandparent grandparents brother brothers sister sisters sibling
    siblings aunt auntie aunty aunts uncle uncles cousin cousins stepmum stepdad step family birth relatives
  `),
};

/** Straight apostrophes and lower case: the form every word is compared in. */
export function normaliseWord(word: string): string {
  return word.replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
}

/**
 * An acronym's possessive ("IRO's", "LA’s", and initials with full stops, "I.R.O.'s", "L.A’s"): only the
 * letters (and stops) before the apostrophe are a token.
 */
const acronymPossessive = /^\p{Lu}(?:[\p{Lu}\p{N}]+|(?:\.\p{Lu})+\.?)['\u2019\u02bc]s$/u;

/**
 * How much of a word the matcher reads: all of it, except that an acronym's possessive ending is left
 * out, so "the IRO's report" is found by the rule for "IRO" and its fix keeps the "'s".
 */
export function tokenLength(word: string): number {
  const length = word.length;
  // most words do not end in "'s": two character codes say so before the expression is asked
  if (length <= 3 || word.charCodeAt(length - 1) !== 115 /* s */) return length;
  const apostrophe = word.charCodeAt(length - 2);
  if (apostrophe !== 39 && apostrophe !== 0x2019 && apostrophe !== 0x2bc) return length;
  return acronymPossessive.test(word) ? length - 2 : length;
}

// capital letters each with a full stop ("L.A.", "I.R.O", "C.A.M.H.S."): initials written out
const dottedInitials = /^\p{Lu}(?:\.\p{Lu})+\.?$/u;

/**
 * The letters of initials written with full stops ("L.A." → "LA", "I.R.O" → "IRO"), which the matcher
 * reads as the acronym, so "the L.A." is found by the rule for "LA"; undefined for any other word.
 * Capitals only: "e.g." and "i.e." stay as written. The initials' own closing full stop, where
 * written, is part of the word (its span), and breaks no phrase: "a C.P. plan" is "a CP plan".
 */
export function initialismLetters(word: string): string | undefined {
  if (word.length < 3 || word.charCodeAt(1) !== 46 /* . */) return undefined;
  return dottedInitials.test(word) ? word.replaceAll('.', '') : undefined;
}

/**
 * The trie key of a literal word: lower-cased, or exact (prefixed `=`) for case-sensitive rules. In a
 * case-sensitive rule only words written with a capital letter must match exactly: a word written all
 * in lower case is context ("the [EP]", "[LAC] review") and matches in any case, so "The EP" at the
 * start of a sentence is found like "the EP".
 */
export function keyFor(word: string, caseSensitive: boolean): string {
  return caseSensitive && word !== word.toLowerCase()
    ? `=${word.replace(/[\u2018\u2019\u02bc]/g, "'")}`
    : normaliseWord(word);
}

const hyphens = /[-\u2010\u2011]/;

// capitals only, at least two, the last a letter ("CIN", "EHCP", "ICPC")
const capitalsAcronym = /^\p{Lu}[\p{Lu}\p{N}]*\p{Lu}$/u;

/**
 * Whether a word is an acronym in capitals, two or more, ending in a letter ("CIN", "EHCP"; not "S47" nor "Cp"): the
 * shape a plural "s" can follow, and that a bracket after a term's words can hold ("child protection (CP) plan").
 */
export const isCapitalsAcronym = (word: string): boolean => capitalsAcronym.test(word);

/**
 * A literal word and, for an acronym in a case-sensitive rule, its plural: "CIN" also stands for "CINs",
 * as "IRO|IROs" was written out rule by rule, so no acronym rule misses "both CINs" for want of its "s".
 */
function acronymPlural(word: string, caseSensitive: boolean): string[] {
  return caseSensitive && isCapitalsAcronym(word) ? [word, `${word}s`] : [word];
}

// the packs' 22,000 alternatives are 5,000 different words and classes ("a", "<be>", "{put}"): each is read once
const expanded = [new Map<string, readonly Step[][]>(), new Map<string, readonly Step[][]>()] as const;

/**
 * Word sequences one alternative of a slot stands for (a hyphenated word has a split and a joined form);
 * the same arrays for the same alternative, which no caller changes.
 */
function expandAlternative(alternative: string, caseSensitive: boolean): readonly Step[][] {
  const known = expanded[caseSensitive ? 1 : 0];
  let sequences = known.get(alternative);
  if (sequences === undefined) {
    sequences = readAlternative(alternative, caseSensitive);
    known.set(alternative, sequences);
  }
  return sequences;
}

function readAlternative(alternative: string, caseSensitive: boolean): Step[][] {
  if (alternative === '*') return [[ANY]];
  const classMatch = /^<([a-z]+)>$/.exec(alternative);
  if (classMatch) {
    const values = wordClasses[classMatch[1] as string];
    if (!values) throw new PatternSyntaxError(`unknown word class <${classMatch[1]}>`);
    return values.map((value) => [keyFor(value, false)]);
  }
  const verbMatch = /^\{([\p{L}']+)\}$/u.exec(alternative);
  if (verbMatch) return verbForms(normaliseWord(verbMatch[1] as string)).map((form) => [form]);
  let words: string[];
  if (alternative.endsWith('+')) {
    const singular = alternative.slice(0, -1);
    if (!/^[\p{L}\p{N}'\u2019-]+$/u.test(singular))
      throw new PatternSyntaxError(`"${alternative}" is not a word with a plural`);
    words = caseSensitive ? [singular, `${singular}s`] : nounForms(normaliseWord(singular));
  } else {
    if (!/^[\p{L}\p{N}'\u2019.&-]+$/u.test(alternative)) throw new PatternSyntaxError(`"${alternative}" is not a word`);
    words = acronymPlural(alternative, caseSensitive);
  }
  const sequences: Step[][] = [];
  for (const word of words) {
    const parts = word.split(hyphens).filter((part) => part.length > 0);
    if (parts.length === 0) throw new PatternSyntaxError(`"${alternative}" has no letters`);
    sequences.push(parts.map((part) => keyFor(part, caseSensitive)));
    if (parts.length > 1) sequences.push([keyFor(parts.join(''), caseSensitive)]);
  }
  return sequences;
}

export interface Slot {
  options: Step[][];
  spanOpens: boolean;
  spanCloses: boolean;
}

// a slot's words, by what is written in it ("a|an|the?", "<be>"): most are in many patterns
const slotsRead = [new Map<string, Step[][]>(), new Map<string, Step[][]>()] as const;

/** The word sequences one slot stands for (an optional slot's include none); the same array for the same slot. */
function slotOptions(token: string, body: string, optional: boolean, caseSensitive: boolean): Step[][] {
  const known = slotsRead[caseSensitive ? 1 : 0];
  const key = optional ? `${body}?` : body;
  let options = known.get(key);
  if (options === undefined) {
    const alternatives = body.split('|');
    if (alternatives.some((alternative) => alternative.length === 0)) {
      throw new PatternSyntaxError(`"${token}" has an empty alternative`);
    }
    options = alternatives.flatMap((alternative) => expandAlternative(alternative, caseSensitive));
    if (optional) options.push([]);
    known.set(key, options);
  }
  return options;
}

/**
 * The word sequences of one slot as written in a pattern ("[a|an?", "<be>]"), its span marks set aside: what
 * `parseSlots` reads for it, without the checks of the pattern's shape (the first slots of a built or checked
 * pattern, read when a matcher indexes it: `leadingKeys`).
 */
export function slotOptionsOf(token: string, caseSensitive: boolean): Step[][] {
  let body = token;
  if (body.startsWith('[')) body = body.slice(1);
  if (body.endsWith(']')) body = body.slice(0, -1);
  const optional = body.endsWith('?');
  if (optional) body = body.slice(0, -1);
  if (body.length === 0) throw new PatternSyntaxError(`"${token}" has no word`);
  return slotOptions(token, body, optional, caseSensitive);
}

export function parseSlots(pattern: string, caseSensitive: boolean): Slot[] {
  const tokens = pattern.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) throw new PatternSyntaxError('the pattern is empty');
  let open = false;
  let spans = 0;
  return tokens
    .map((token) => {
      let body = token;
      const spanOpens = body.startsWith('[');
      if (spanOpens) {
        if (open || spans > 0) throw new PatternSyntaxError('only one [ … ] span is allowed');
        open = true;
        body = body.slice(1);
      }
      const spanCloses = body.endsWith(']');
      if (spanCloses) {
        if (!open) throw new PatternSyntaxError('"]" without "["');
        open = false;
        spans += 1;
        body = body.slice(0, -1);
      }
      const optional = body.endsWith('?');
      if (optional) body = body.slice(0, -1);
      if (body.length === 0) throw new PatternSyntaxError(`"${token}" has no word`);
      return { options: slotOptions(token, body, optional, caseSensitive), spanOpens, spanCloses };
    })
    .map((slot, index, slots) => {
      if (index === slots.length - 1 && open) throw new PatternSyntaxError('"[" without "]"');
      return slot;
    });
}

const maxExpansions = 20_000;

/**
 * Expands a pattern into every concrete word sequence it stands for.
 *
 * @param pattern Pattern text (see DATA-FORMAT.md).
 * @param caseSensitive Whether literal words must match letter case exactly.
 * @returns The sequences, each with the flagged span's word indices.
 * @example expandPattern('{put} <self> at risk', false).length // 3 verb forms × 10 pronouns
 */
export function expandPattern(pattern: string, caseSensitive: boolean): ExpandedPattern[] {
  checkSlotsSplit(pattern);
  const slots = parseSlots(pattern, caseSensitive);
  let partial: ExpandedPattern[] = [{ steps: [], spanStart: -1, spanEnd: -1 }];
  for (const slot of slots) {
    const next: ExpandedPattern[] = [];
    for (const prefix of partial) {
      for (const option of slot.options) {
        const spanStart = slot.spanOpens ? prefix.steps.length : prefix.spanStart;
        const steps = [...prefix.steps, ...option];
        const spanEnd = slot.spanCloses ? steps.length : prefix.spanEnd;
        next.push({ steps, spanStart, spanEnd });
      }
    }
    if (next.length > maxExpansions)
      throw new PatternSyntaxError(`the pattern stands for more than ${maxExpansions} word sequences`);
    partial = next;
  }
  const expanded = partial
    .filter((sequence) => sequence.steps.length > 0)
    .map((sequence) =>
      sequence.spanStart === -1 ? { ...sequence, spanStart: 0, spanEnd: sequence.steps.length } : sequence,
    );
  if (expanded.some((sequence) => sequence.spanEnd <= sequence.spanStart)) {
    throw new PatternSyntaxError('the [ … ] span can be empty; make a word inside it required');
  }
  if (expanded.some((sequence) => sequence.steps.every((step) => step === ANY))) {
    throw new PatternSyntaxError('the pattern can match any word; add a literal word');
  }
  return expanded;
}

/**
 * Rejects the sign of alternatives of several words written with spaces ("verbal duel|verbal spat" reads as the slots
 * "verbal", "duel|verbal", "spat": a phrase nobody writes): a slot that names the same alternative twice, or names the
 * word of the slot beside it. Such a pattern compiles and never matches what its author meant (jargon35 found two).
 */
function checkSlotsSplit(pattern: string): void {
  const slots = pattern.replace(/[[\]]/g, ' ').trim().split(/\s+/);
  slots.forEach((slot, index) => {
    if (!slot.includes('|')) return;
    const options = slot.split('|');
    const repeated = options.find((option, at) => options.indexOf(option) !== at);
    const neighbour = [slots[index - 1], slots[index + 1]].find(
      (word) => word !== undefined && !word.includes('|') && options.includes(word),
    );
    const word = repeated ?? neighbour;
    if (word !== undefined)
      throw new PatternSyntaxError(
        `the slot "${slot}" names "${word}" ${repeated ? 'twice' : 'again beside it'}; write an alternative of several words with hyphens ("going-back|returning")`,
      );
  });
}
