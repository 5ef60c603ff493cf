/**
 * Checks on a one-click fix for the kinds a reader found broken on fresh sentences in the eighth reading sample
 * (test/corpus/fix-reading/fix-reading-20.yml): a victim-blaming or deficit rule's gentler words under "not"
 * ("they're not struggling kids"), someone's reported account of consent changed ("The victim told the police she
 * had been coerced into …"), a "them" that takes in the abuser made the one abused ("videoed the two of them being
 * sexually abused"), an acronym the sentence spells out beside its noun ("a child in care (Looked After Child)
 * review"), a noun that describing words before "and" shared taken away ("risky, promiscuous and situation"), a
 * verb group before a noun ("mentally had a learning disability children"), a word for an act after a count of
 * people ("5,000 sexual exploitation of a child"), a phrase that ends in "decides" ("to have a meeting that
 * decides."), and a service made a person ("the guardian appointed by the court" for CAFCASS, "youth justice
 * workers" for YOTs). Written apart from the engine's fitting step (no code shared with packages/lint/src/fit),
 * with word lists of its own; a fix that reads right must pass every one.
 */
import { getBuiltinRules } from '@casenote/rules/details';
import type { AppliedFix } from './fix-shape-checks.ts';

const categories = new Map(getBuiltinRules().map((rule) => [rule.id, rule.category]));
const reframes = (ruleId: string): boolean => {
  const category = categories.get(ruleId);
  return category === 'victim-blaming' || category === 'deficit';
};

/** The text of the fix's own sentence before the replaced words. */
function sentenceBefore(text: string, from: number): string {
  const before = text.slice(0, from);
  let start = 0;
  for (const match of before.matchAll(/[.!?]["”’']?\s+(?=["“‘']?\p{Lu})/gu)) start = match.index + match[0].length;
  return before.slice(start);
}

/** "they're not bad kids" → not "not struggling kids". */
function gentlerUnderNot({ text, from, ruleId }: AppliedFix): string[] {
  if (!reframes(ruleId)) return [];
  const before = text.slice(Math.max(0, from - 24), from);
  return /(?:\b(?:not|never|no)|n['’]t)\s+(?:(?:a|an|the|so|really|very|such|just)\s+)?$/i.test(before)
    ? ['sense: a gentler word under "not" says the opposite']
    : [];
}

/** "The victim told the police she had consented to …" → not "had been coerced into". */
function reportedConsent({ text, from, to, ruleId }: AppliedFix): string[] {
  if (!reframes(ruleId) || !/\b(?:consent|instigat|initiat)/i.test(text.slice(from, to))) return [];
  const before = sentenceBefore(text, from);
  for (const match of before.matchAll(/\b(?:said|told|stated|claimed|alleged|insisted|admitted|explained)\b/gi)) {
    if (!/\b(?:I|we)\s+$/i.test(before.slice(0, match.index))) return ["quoted: someone's account of consent changed"];
  }
  return [];
}

/** "led to them having sex" → not "them being sexually abused". */
function pairMadeAbused({ text, from, to, suggestion }: AppliedFix): string[] {
  if (!/\b(?:abused|exploited|raped)\b/i.test(suggestion)) return [];
  const before = text.slice(Math.max(0, from - 24), from);
  const pair =
    /\b(?:the two of them|the pair|the couple|each other)\s+$/i.test(before) ||
    (/\bthem\s+$/i.test(before) && /^(?:having|had|have|has)\b/i.test(text.slice(from, to)));
  return pair ? ['scope: a "them" that takes in the abuser made the one abused'] : [];
}

const notANoun = new Set(
  'today yesterday now then here there and or but is was are were has have had will would can could should may must'.split(
    ' ',
  ),
);

/** "a LAC (Looked After Child) review", "an EBD school (school for emotionally … disturbed children)". */
function spelledOutBeside({ text, from, to }: AppliedFix): string[] {
  const acronym = text.slice(from, to);
  if (!/^[A-Z]{2,6}s?$/.test(acronym)) return [];
  const after = text.slice(to, to + 140);
  const nounFirst = /^\s+([a-z][a-z-]*)\s*\(([^()]+)\)/.exec(after);
  const bracketFirst = /^\s*\(([^()]+)\)\s+([a-z][a-z-]*)/.exec(after);
  const word = nounFirst?.[1] ?? bracketFirst?.[2];
  const inside = nounFirst?.[2] ?? bracketFirst?.[1];
  if (word === undefined || inside === undefined || notANoun.has(word)) return [];
  const initials = (inside.match(/[A-Za-z]+/g) ?? []).map((part) => part[0]?.toUpperCase()).join('');
  let at = 0;
  for (const letter of acronym.replace(/s$/, '')) {
    at = initials.indexOf(letter, at) + 1;
    if (at === 0) return [];
  }
  return ['term: an acronym the sentence spells out beside its noun'];
}

const auxiliaries = new Set(
  'is was are were be been being am has have had do does did will would can could should may might must'.split(' '),
);

/** "risky, promiscuous and self-destructive behaviour" → not "… and situation". */
function sharedNounLost({ text, from, to, suggestion }: AppliedFix): string[] {
  const flagged = text.slice(from, to).toLowerCase().split(/\s+/);
  // (a verb group of its own, "and had not engaged with", shares nothing)
  if (flagged.length < 2 || auxiliaries.has(flagged[0] ?? '') || flagged[0] === 'not') return [];
  const before = text.slice(Math.max(0, from - 30), from);
  const shared = /(?:\b([a-z]+(?:ive|ous|al|ful|ic|ly))|[a-z]+-[a-z-]+),?\s+(?:and|or)\s+$/i.exec(before);
  if (!shared) return [];
  // an adverb shares with an adverb ("emotionally and behaviourally disturbed"), a describing word with another
  const adverb = (word: string) => /[a-z]{3}ly$/i.test(word) && !/^(?:early|family|only|daily|likely)$/i.test(word);
  if (adverb(shared[1] ?? '') !== adverb(flagged[0] ?? '')) return [];
  // describing words share the noun after the flagged words, if one follows ("protective and early help services")
  if (!adverb(shared[1] ?? '') && /^ [a-z]+(?:s|ren)\b/.test(text.slice(to, to + 20))) return [];
  return suggestion.toLowerCase().split(/\s+/).at(-1) === flagged.at(-1)
    ? []
    : ['shared: describing words before "and" lose the noun they shared'];
}

const prepositions = /^(?:to|with|of|for|in|at|on|by|from|about|into)$/i;

/** "mentally had a learning disability children", "aimed at not well served by current help carers". */
function verbGroupBeforeNoun({ text, from, to, suggestion }: AppliedFix): string[] {
  const words = suggestion.split(/\s+/);
  if (words.length < 2 || !/^(?:had|having|has|have|not)$/i.test(words[0] ?? '')) return [];
  if (prepositions.test(words.at(-1) ?? '')) return [];
  const flagged = text.slice(from, to).split(/\s+/);
  if (/^not$/i.test(flagged[0] ?? '') || prepositions.test(flagged.at(-1) ?? '')) return [];
  const previous = /([A-Za-z']+)\s+$/.exec(text.slice(Math.max(0, from - 20), from))?.[1]?.toLowerCase();
  if (previous !== undefined && auxiliaries.has(previous)) return [];
  const next = /^ ([a-z]+)\b/.exec(text.slice(to, to + 30))?.[1];
  if (next === undefined || notANoun.has(next) || prepositions.test(next) || /(?:ly|ing|ed)$/.test(next)) return [];
  return /(?:s|ren|ia|ion)$/.test(next) ? ['modifier: a verb group before a noun'] : [];
}

/** "5,000 child prostitutes" → not "5,000 sexual exploitation of a child". */
function actForCount({ text, from, to, suggestion }: AppliedFix): string[] {
  const before = text.slice(Math.max(0, from - 16), from);
  if (!/(?:\d[\d,]*|\b(?:hundreds|thousands|dozens) of|\b(?:many|several|two|three|four|five|ten))\s+$/i.test(before))
    return [];
  const flagged = text.slice(from, to);
  // a plural noun phrase replaced ("child prostitutes"), not a verb group ("are selling themselves")
  // (nor an "-ing" verb group: "Girls of 14 working as sex slaves")
  const flaggedFirst = flagged.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (!/[a-z]s$/.test(flagged) || /ss$/.test(flagged) || auxiliaries.has(flaggedFirst) || /ing$/.test(flaggedFirst))
    return [];
  // ("sexually exploited children": "exploited" before its noun describes it)
  const beforeItsNoun =
    suggestion.split(
      /\s+(?:of|who|that|in|for|to|with|being|by)\b|\s+exploited\b(?!\s+(?:children|young|girls|boys))/,
    )[0] ?? '';
  if (/\b(?:children|people|[a-z]+s)\b/i.test(beforeItsNoun)) return [];
  return [`number: "${beforeItsNoun}" after a count of people`];
}

/** "to have a meeting that decides." */
function endsInDecides({ suggestion }: AppliedFix): string[] {
  return /\bdecides?$/i.test(suggestion) ? ['unfinished: a suggestion that ends in "decides"'] : [];
}

/** CAFCASS made "the guardian appointed by the court", YOTs made "youth justice workers". */
function serviceMadePerson({ ruleId, suggestion }: AppliedFix): string[] {
  if (ruleId === 'acronym-cafcass' && /\bguardian\b/i.test(suggestion)) return ['sense: a service made a guardian'];
  if (ruleId === 'acronym-yot' && /\bworkers?\b/i.test(suggestion)) return ['sense: a team made a worker'];
  return [];
}

/** Every check above, on one applied fix. */
export function fixReframeProblems(applied: AppliedFix): string[] {
  return [
    ...gentlerUnderNot(applied),
    ...reportedConsent(applied),
    ...pairMadeAbused(applied),
    ...spelledOutBeside(applied),
    ...sharedNounLost(applied),
    ...verbGroupBeforeNoun(applied),
    ...actForCount(applied),
    ...endsInDecides(applied),
    ...serviceMadePerson(applied),
  ];
}
