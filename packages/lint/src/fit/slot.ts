/** Reads where a verb group stands in its sentence: which auxiliaries come before the flagged words. */
import type { Token } from '@casenote/rules';
import type { Slot } from './suggestion.ts';
import { thirdPersonLemma, verbReadings, type VerbForm } from './verbs.ts';
import {
  adverbs,
  articles,
  beForms,
  doForms,
  haveForms,
  isAuxiliary,
  modals,
  negatedAuxiliaries,
  pluralSubjects,
} from './word-classes.ts';

/** The sentence around one finding. */
export interface FitContext {
  text: string;
  /** The sentence's words. */
  tokens: readonly Token[];
  /** Token indices of the flagged words: [start, end). */
  start: number;
  end: number;
  /** Verbs the rule's patterns inflect (`{put}` → "put"), so "puts" is read as a verb. */
  ruleLemmas: readonly string[];
  /** The rule's category ("jargon", "victim-blaming", "deficit"): a reframing fix is read for what it changes (reframe.ts). */
  category?: string;
  /** The rule's family ("labelling", "deficit-label", …): a label is held back inside a named person's report (reframe.ts). */
  family?: string;
}

/** Where the group goes and from which token it starts (earlier than `start` when it takes in auxiliaries). */
export interface Placement {
  slot: Slot;
  /** First token the replacement covers. */
  from: number;
  /** The slot's auxiliary is "do" ("did not put herself…"): "be" and negated groups cannot follow it. */
  afterDo: boolean;
  /** "not" or another adverb stands between the auxiliary and the group. */
  adverbBetween: boolean;
}

const linked = (tokens: readonly Token[], index: number): boolean => !(tokens[index + 1]?.breakBefore ?? true);

/** The nearest auxiliary before `index` with only adverbs between, within the clause. */
function auxiliaryBefore(
  tokens: readonly Token[],
  index: number,
): { at: number; word: string; adverbBetween: boolean } | undefined {
  let adverbBetween = false;
  for (let at = index - 1; at >= 0 && linked(tokens, at); at--) {
    const word = (tokens[at] as Token).lower;
    if (isAuxiliary(word)) return { at, word, adverbBetween: adverbBetween || negatedAuxiliaries.has(word) };
    if (!adverbs.has(word)) return undefined;
    adverbBetween = true;
  }
  return undefined;
}

/** Whether an "-ly" word stands just before `index`, and a form of "be" one or two words before it. */
function describedAfterBe(tokens: readonly Token[], index: number): boolean {
  if (index < 2 || !linked(tokens, index - 1) || !/ly$/.test((tokens[index - 1] as Token).lower)) return false;
  for (let at = index - 2; at >= Math.max(0, index - 3) && linked(tokens, at); at--)
    if (beForms.has((tokens[at] as Token).lower)) return true;
  return false;
}

function personBefore(tokens: readonly Token[], index: number): 'first' | 'third' | 'plural' {
  const word = tokens[index - 1]?.lower ?? '';
  if (word === 'i') return 'first';
  return pluralSubjects.has(word) ? 'plural' : 'third';
}

function finiteOfBe(word: string): Slot | undefined {
  if (word === 'is') return { kind: 'finite', tense: 'present', person: 'third' };
  if (word === 'are') return { kind: 'finite', tense: 'present', person: 'plural' };
  if (word === 'am') return { kind: 'finite', tense: 'present', person: 'first' };
  if (word === 'was') return { kind: 'finite', tense: 'past', person: 'third' };
  if (word === 'were') return { kind: 'finite', tense: 'past', person: 'plural' };
  return undefined;
}

/**
 * The slot for a verb group that starts at token `index` whose first word has these readings.
 * Returns undefined when the words there cannot take a verb group (a noun after "has", a clause
 * starting "There is…").
 */
function slotFor(tokens: readonly Token[], index: number, forms: readonly VerbForm[]): Placement | undefined {
  const aux = auxiliaryBefore(tokens, index);
  const place = (slot: Slot, afterDo = false): Placement => ({
    slot,
    from: index,
    afterDo,
    adverbBetween: aux?.adverbBetween ?? false,
  });
  if (aux && tokens[aux.at - 1]?.lower === 'there') return undefined;
  if (!aux) {
    if (index > 0 && tokens[index - 1]?.lower === 'there') return undefined;
    if (forms.includes('third')) return place({ kind: 'finite', tense: 'present', person: 'third' });
    // "is mentally retarded", "are mild mentally retarded": after "be" and an "-ly" word, a describing word, no verb
    if (describedAfterBe(tokens, index)) return undefined;
    if (forms.includes('past')) return place({ kind: 'finite', tense: 'past', person: personBefore(tokens, index) });
    if (forms.includes('base') && index > 0 && personBefore(tokens, index) !== 'third')
      return place({ kind: 'finite', tense: 'present', person: personBefore(tokens, index) });
    if (forms.includes('ing')) return place({ kind: 'ing', afterBe: false });
    return undefined;
  }
  if (beForms.has(aux.word)) {
    if (forms.includes('ing')) return place({ kind: 'ing', afterBe: true });
    if (forms.includes('participle')) return place({ kind: 'participle', afterBe: true });
    return undefined;
  }
  if (haveForms.has(aux.word) || /^(hasn't|haven't|hadn't)$/.test(aux.word))
    return forms.includes('participle') ? place({ kind: 'participle', afterBe: false }) : undefined;
  if (modals.has(aux.word) || doForms.has(aux.word) || negatedAuxiliaries.has(aux.word))
    return forms.includes('base') ? place({ kind: 'base' }, doForms.has(aux.word)) : undefined;
  return undefined;
}

/** The forms a flagged first word may be, as a verb (empty when it is not one). */
export function readingsOf(word: string, ruleLemmas: readonly string[]): VerbForm[] {
  if (beForms.has(word) || haveForms.has(word)) {
    if (word === 'been') return ['participle'];
    if (word === 'being' || word === 'having') return ['ing'];
    if (word === 'be' || word === 'have') return ['base'];
    if (word === 'had') return ['past', 'participle'];
    return word === 'was' || word === 'were' ? ['past'] : ['third'];
  }
  return verbReadings(word, ruleLemmas).map((reading) => reading.form);
}

const prepositions = new Set([
  'as',
  'of',
  'about',
  'for',
  'from',
  'by',
  'with',
  'without',
  'after',
  'before',
  'despite',
]);

/** Words that may follow a whole noun phrase (so the flagged words before them end it). */
const phraseEnders = new Set(
  'and or but nor because as so when whenever while if unless though although after before until since at in on to with without for from by of about towards toward into onto over under during despite like than who whom whose which that where'.split(
    ' ',
  ),
);

function finiteOfCopula(word: string): Slot | undefined {
  if (word === 'has') return { kind: 'finite', tense: 'present', person: 'third' };
  if (word === 'have') return { kind: 'finite', tense: 'present', person: 'plural' };
  if (word === 'had') return { kind: 'finite', tense: 'past', person: 'third' };
  return finiteOfBe(word);
}

/** What the fitting step needs to know of the suggestion's verb group. */
export interface GroupShape {
  /** "be" or "have" as the head, or another lemma. */
  lemma: string;
  /** "has described…", "had not": "have" as an auxiliary, not the verb "have". */
  perfect: boolean;
  /** The group may stand in the passive ("was given information"). */
  passiveOk: boolean;
}

/** Placements worked out for a finding's words, by what of the group's shape they depend on (null: not yet). */
const placements = new WeakMap<FitContext, Array<Placement | undefined | null>>();

/**
 * `placeVerbGroup`, once for each finding and each kind of group: a finding's suggestions are
 * fitted to the same words one after another, and most of them are placed alike.
 */
export function placeVerbGroupOnce(context: FitContext, shape: GroupShape): Placement | undefined {
  // the placement reads the shape only as: "be" or not, "have" not perfect or not, passive allowed or not
  const code =
    (shape.lemma === 'be' ? 1 : 0) | (shape.lemma === 'have' && !shape.perfect ? 2 : 0) | (shape.passiveOk ? 4 : 0);
  let known = placements.get(context);
  if (!known) {
    known = new Array<Placement | undefined | null>(8).fill(null);
    placements.set(context, known);
  }
  let placement = known[code];
  if (placement === null) {
    placement = placeVerbGroup(context, shape);
    known[code] = placement;
  }
  return placement;
}

/**
 * Where the suggestion's verb group goes: after the auxiliaries before the flagged words, or in
 * place of the sentence's "be"/"have" when the flagged words are its complement ("was
 * uncooperative" → "did not agree"; "has anger issues" → "finds it hard…").
 */
export function placeVerbGroup(context: FitContext, shape: GroupShape): Placement | undefined {
  const { tokens, start } = context;
  const first = tokens[start] as Token;
  const at = (slot: Slot, from = start): Placement => ({ slot, from, afterDo: false, adverbBetween: false });
  // the flagged words start with their own modal: "should have known better", "can look after himself"
  if (modals.has(first.lower) && first.lower !== 'to') {
    const past = tokens.slice(start + 1, context.end).some((token) => token.lower === 'have');
    return at({ kind: 'finite', tense: past ? 'past' : 'present', person: personBefore(tokens, start) });
  }
  // the flagged words start with the sentence's own "be": its form gives tense and person ("They are
  // not compliant" → "They do not follow", not "They does"; "I was" is the first person)
  const finiteBe = finiteOfBe(first.lower);
  if (finiteBe?.kind === 'finite') {
    if (tokens[start - 1]?.lower === 'there') return undefined;
    const person = first.lower === 'was' && personBefore(tokens, start) === 'first' ? 'first' : finiteBe.person;
    return at({ ...finiteBe, person });
  }
  const forms = readingsOf(first.lower, context.ruleLemmas);
  // "Dad suffers from…": an "-s" word after a name or "he"/"she" is a verb
  const subject = start > 0 && linked(tokens, start - 1) ? (tokens[start - 1] as Token) : undefined;
  if (
    forms.length === 0 &&
    subject &&
    thirdPersonLemma(first.lower) &&
    (/^(he|she|it|mum|dad|nan|mother|father)$/.test(subject.lower) || /^\p{Lu}\p{Ll}/u.test(subject.exact))
  )
    forms.push('third');
  if (forms.length > 0) {
    const placement = slotFor(tokens, start, forms);
    const passive = placement?.slot.kind === 'participle' && placement.slot.afterBe;
    if (placement && !(passive && shape.lemma !== 'be' && !shape.passiveOk)) return placement;
  }
  // the complement of "be" or "have", perhaps with an article: "was an unreliable witness", "has a poor attitude"
  let copulaAt = start - 1;
  if (copulaAt >= 0 && articles.has((tokens[copulaAt] as Token).lower) && linked(tokens, copulaAt)) {
    // "is a hard to place teenager": the flagged words describe a noun that follows, not the complement
    const next = tokens[context.end];
    if (next && !next.breakBefore && !phraseEnders.has(next.lower)) return undefined;
    copulaAt--;
  }
  const copula = tokens[copulaAt];
  if (copula && linked(tokens, copulaAt) && (beForms.has(copula.lower) || haveForms.has(copula.lower))) {
    if (tokens[copulaAt - 1]?.lower === 'there') return undefined;
    const isBe = beForms.has(copula.lower);
    if ((isBe && shape.lemma === 'be') || (!isBe && shape.lemma === 'have' && !shape.perfect))
      return at({ kind: 'after-copula' }, copulaAt + 1);
    const finite = finiteOfCopula(copula.lower);
    if (finite) return at(finite, copulaAt);
    return slotFor(tokens, copulaAt, readingsOf(copula.lower, []));
  }
  // after a preposition a verb group is a gerund: "described as promiscuous" → "as being sexually exploited"
  const before = start > 0 && linked(tokens, start - 1) ? (tokens[start - 1] as Token).lower : '';
  if (forms.length === 0 && prepositions.has(before)) return at({ kind: 'ing', afterBe: false });
  return undefined;
}
