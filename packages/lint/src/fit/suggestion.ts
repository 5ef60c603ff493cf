/** A suggestion read as a verb group ("did not agree", "was placed at risk", "has described …"). */
import { inflect, isCertainVerbForm, thirdPersonLemma, verbReadings, type VerbForm } from './verbs.ts';
import { beForms, haveForms } from './word-classes.ts';

export interface VerbalSuggestion {
  /** The verb that takes the sentence's tense: "be" in "was at risk", "agree" in "did not agree". */
  lemma: string;
  /** "not", "not yet" or empty. */
  negation: string[];
  /** "did not agree": the negation needs "do" in finite forms. */
  doSupport: boolean;
  /** "has described …": a perfect whose participle follows. */
  perfect: boolean;
  /** A modal head ("could …"), which has no other forms. */
  modal: boolean;
  /** The words after the head (and its negation). */
  rest: string[];
  /** Certain to be a verb (be, have, do, a modal) rather than a word that may be an adjective ("distressed"). */
  certain: boolean;
  /** Starts with an auxiliary ("was at risk", "did not agree"): the sentence's auxiliary goes into the fix too. */
  auxiliaryHead: boolean;
}

const modalHeads = new Set(['could', 'can', 'would', 'will', 'should', 'may', 'might', 'must']);

function takeNegation(words: string[]): { negation: string[]; rest: string[] } {
  if (words[0]?.toLowerCase() !== 'not') return { negation: [], rest: words };
  const count = words[1]?.toLowerCase() === 'yet' ? 2 : 1;
  return { negation: words.slice(0, count), rest: words.slice(count) };
}

const isIngForm = (word: string | undefined): boolean =>
  word !== undefined && word.toLowerCase() !== 'being' && verbReadings(word).some((reading) => reading.form === 'ing');

const isParticiple = (word: string | undefined): boolean =>
  word !== undefined && verbReadings(word).some((reading) => reading.form === 'participle');

/** Reads a suggestion as a verb group, or undefined when it does not start with a verb. */
export function readVerbal(suggestion: string): VerbalSuggestion | undefined {
  const words = suggestion.split(/\s+/).filter(Boolean);
  const head = (words[0] ?? '').toLowerCase();
  const after = words.slice(1);
  if (/^(did|does|do)$/.test(head) && after[0]?.toLowerCase() === 'not') {
    const { negation, rest } = takeNegation(after);
    // "did not" alone: the sentence's own verb follows ("failed to keep" → "did not keep")
    const lemma = rest[0]?.toLowerCase() ?? '';
    return {
      lemma,
      negation,
      doSupport: true,
      perfect: false,
      modal: false,
      rest: rest.slice(1),
      certain: true,
      auxiliaryHead: true,
    };
  }
  if (beForms.has(head) || haveForms.has(head)) {
    const { negation, rest } = takeNegation(after);
    const lemma = beForms.has(head) ? 'be' : 'have';
    // "had not" alone is a perfect whose participle the sentence supplies ("should have told" → "had not told")
    const perfect = lemma === 'have' && (isParticiple(rest[0]) || (rest.length === 0 && negation.length > 0));
    return { lemma, negation, doSupport: false, perfect, modal: false, rest, certain: true, auxiliaryHead: true };
  }
  if (modalHeads.has(head)) {
    return {
      lemma: head,
      negation: [],
      doSupport: false,
      perfect: false,
      modal: true,
      rest: after,
      certain: true,
      auxiliaryHead: true,
    };
  }
  const readings = verbReadings(head);
  const third = thirdPersonLemma(head);
  const lemma = readings[0]?.lemma ?? third;
  if (!lemma) return undefined;
  return {
    lemma,
    negation: [],
    doSupport: false,
    perfect: false,
    modal: false,
    rest: after,
    certain: isCertainVerbForm(head) || head === 'being' || head === 'having',
    auxiliaryHead: false,
  };
}

/** Where a verb group goes, read from the sentence around the flagged words. */
export type Slot =
  | { kind: 'finite'; tense: 'past' | 'present'; person: 'first' | 'third' | 'plural' }
  | { kind: 'base' }
  | { kind: 'ing'; afterBe: boolean }
  | { kind: 'participle'; afterBe: boolean }
  /** After the sentence's own "be" or "have", which the suggestion's head repeats: only the rest goes in. */
  | { kind: 'after-copula' };

function beFinite(slot: Extract<Slot, { kind: 'finite' }>): string {
  if (slot.tense === 'past') return slot.person === 'plural' ? 'were' : 'was';
  return slot.person === 'first' ? 'am' : slot.person === 'third' ? 'is' : 'are';
}

function lexicalFinite(lemma: string, slot: Extract<Slot, { kind: 'finite' }>): string {
  if (lemma === 'be') return beFinite(slot);
  const form: VerbForm = slot.tense === 'past' ? 'past' : slot.person === 'third' ? 'third' : 'base';
  return inflect(lemma, form);
}

const withoutBeing = (rest: string[]): string[] => (rest[0]?.toLowerCase() === 'being' ? rest.slice(1) : rest);

/** Each slot as a number, for the table of rendered groups. */
function slotCode(slot: Slot): number {
  switch (slot.kind) {
    case 'finite':
      return (slot.tense === 'past' ? 3 : 0) + (slot.person === 'first' ? 0 : slot.person === 'third' ? 1 : 2);
    case 'base':
      return 6;
    case 'ing':
      return slot.afterBe ? 8 : 7;
    case 'participle':
      return slot.afterBe ? 10 : 9;
    case 'after-copula':
      return 11;
  }
}

/** The groups rendered so far, by suggestion and slot (null: not yet rendered). */
const renderedGroups = new WeakMap<VerbalSuggestion, Array<string | undefined | null>>();

/**
 * `renderVerbal`, once for each suggestion and slot: a note fits the same suggestions to the same
 * slots again and again, and rendering inflects.
 */
export function renderVerbalOnce(verbal: VerbalSuggestion, slot: Slot): string | undefined {
  let groups = renderedGroups.get(verbal);
  if (!groups) {
    groups = new Array<string | undefined | null>(12).fill(null);
    renderedGroups.set(verbal, groups);
  }
  const code = slotCode(slot);
  let text = groups[code];
  if (text === null) {
    text = renderVerbal(verbal, slot);
    groups[code] = text;
  }
  return text;
}

/** The suggestion's verb group in the slot's form, or undefined when it has no correct form there. */
export function renderVerbal(verbal: VerbalSuggestion, slot: Slot): string | undefined {
  const { lemma, negation, rest } = verbal;
  const join = (...parts: string[][]): string => parts.flat().join(' ');
  if (verbal.modal) return slot.kind === 'finite' ? join([lemma], rest) : undefined;
  if (slot.kind === 'after-copula') return rest.length > 0 ? join(negation, rest) : undefined;
  if (verbal.doSupport && lemma === '')
    return slot.kind === 'finite' ? join([lexicalFinite('do', slot)], negation) : undefined;
  if (verbal.doSupport) {
    switch (slot.kind) {
      case 'finite':
        if (lemma === 'be') return join([beFinite(slot)], negation, rest);
        return join([lexicalFinite('do', slot)], negation, [lemma], rest);
      case 'base':
        return join(negation, [lemma], rest);
      case 'ing':
        return join(negation, [inflect(lemma, 'ing')], rest);
      case 'participle':
        return slot.afterBe ? undefined : join(negation, [inflect(lemma, 'participle')], rest);
    }
  }
  if (lemma === 'be') {
    switch (slot.kind) {
      case 'finite':
        return join([beFinite(slot)], negation, rest);
      case 'base':
        return join(['be'], negation, withoutBeing(rest));
      case 'ing':
        // "described as being waiting for…": a progressive cannot follow "being"
        if (!slot.afterBe && isIngForm(rest[0])) return undefined;
        if (!slot.afterBe) return join(negation, ['being'], withoutBeing(rest));
        if (rest[0]?.toLowerCase() === 'being' || !isParticiple(rest[0])) return join(negation, rest);
        return join(negation, ['being'], rest);
      case 'participle':
        return slot.afterBe ? join(negation, rest) : join(negation, ['been'], withoutBeing(rest));
    }
  }
  if (lemma === 'have' && verbal.perfect) {
    switch (slot.kind) {
      case 'finite':
        return join([lexicalFinite('have', slot)], negation, rest);
      case 'base':
        return join(['have'], negation, rest);
      case 'ing':
        return slot.afterBe ? undefined : join(['having'], negation, rest);
      case 'participle':
        return slot.afterBe ? undefined : join(negation, rest);
    }
  }
  if (negation.length > 0) return undefined;
  switch (slot.kind) {
    case 'finite':
      return join([lexicalFinite(lemma, slot)], rest);
    case 'base':
      return join([lemma], rest);
    case 'ing':
      return join([inflect(lemma, 'ing')], rest);
    case 'participle':
      return join([inflect(lemma, 'participle')], rest);
  }
}
