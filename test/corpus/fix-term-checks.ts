/**
 * Checks on a one-click fix for the kinds a reader found broken on fresh sentences in the ninth reading sample
 * (test/corpus/fix-reading/fix-reading-21.yml): a term the sentence asks about ("What is a meeting about keeping the
 * child safe?"), names as a term ("Children in care is an official government term", "many families facing several
 * difficulties (the old term for …)", "shortened to just review meeting") or reports as someone's words for a person
 * ("They called my son a child who had harmed others"), and a victim-blaming or deficit rule's reframing inside
 * a belief reported as held ("a warped belief that they were being coerced into what happened to them", "a
 * misconception that … they find it hard to follow the rules"), and a placement in a sentence about fostering made a
 * children's home ("two foster placements, with two siblings in each of the children's homes"). Written apart from the engine's fitting step
 * (no code shared with packages/lint/src/fit), with word lists of its own; a fix that reads right must pass every one.
 */
import { getBuiltinRules } from '@casenote/rules/details';
import type { AppliedFix } from './fix-shape-checks.ts';

const categories = new Map(getBuiltinRules().map((rule) => [rule.id, rule.category]));

/** The fix's own sentence up to the replaced words. */
function sentenceUpTo(text: string, from: number): string {
  const before = text.slice(0, from);
  let start = 0;
  for (const match of before.matchAll(/[.!?]["”’']?\s+(?=["“‘']?[A-Z])/g)) start = match.index + match[0].length;
  return before.slice(start);
}

/** "What is a Child Protection Conference?", "Looked after children is an official government term". */
function termAskedOrNamed({ text, from, to }: AppliedFix): string[] {
  const before = sentenceUpTo(text, from);
  const after = text.slice(to, to + 60);
  if (/^\s*what (?:is|are) (?:a |an |the )?$/i.test(before) && /^\s*\?/.test(after))
    return ['term: the sentence asks what the words mean'];
  if (
    before.trim() === '' &&
    /^ (?:is|are) (?:a|an|the) (?:[a-z-]+ ){0,2}(?:term|phrase|acronym|abbreviation)\b/i.test(after)
  )
    return ['term: the sentence names the words as a term'];
  if (/^ ?[(,] ?(?:a|an|the) (?:[a-z-]+ ){0,2}(?:term|phrase|label|expression)\b/i.test(after))
    return ['term: a bracket or comma after names the words as a term'];
  if (/\b(?:shortened|abbreviated) (?:to|as) (?:just )?$/i.test(before))
    return ['term: the words are a short form named'];
  if (/\bcalled (?:him|her|them|(?:my|his|her|their|our) [a-z]+) $/i.test(before))
    return ['quoted: what someone called a person'];
  return [];
}

/** "a warped belief that they were consenting to …" → not "… being coerced into …" (a verb of believing is left). */
function beliefReframed({ text, from, ruleId }: AppliedFix): string[] {
  const category = categories.get(ruleId);
  if (category !== 'victim-blaming' && category !== 'deficit') return [];
  const before = sentenceUpTo(text, from);
  const belief = /\b(?:belief|beliefs|misconceptions?|myths?|assumptions?|perceptions?|notion)\b/gi;
  for (const match of before.matchAll(belief)) {
    if (/[,;:]/.test(before.slice(match.index + match[0].length))) continue;
    if (/\b(?:my|our) (?:[a-z]+ )?$/i.test(before.slice(Math.max(0, match.index - 20), match.index))) continue;
    return ['belief: a reported belief reframed'];
  }
  return [];
}

/** "two foster placements, with two siblings in each of the placements" → not "… each of the children's homes". */
function fosteringMadeResidential({ text, from, to, suggestion }: AppliedFix): string[] {
  if (
    !/children['’]s homes?$/i.test(suggestion) ||
    /\b(?:foster|residential|children['’]s)\b/i.test(text.slice(from, to))
  )
    return [];
  const start = text.slice(0, from).search(/[^.!?]*$/);
  const end = to + (text.slice(to).search(/[.!?](?:\s|$)/) + 1 || text.length - to);
  const sentence = `${text.slice(start, from)} ${text.slice(to, end)}`;
  if (/\b(?:children['’]s homes?|residential|staff team)\b/i.test(sentence)) return [];
  return /\bfoster(?:ing|ed)?\b/i.test(sentence)
    ? ["sense: a fostering sentence's placement made a children's home"]
    : [];
}

/** Every check above, on one applied fix. */
export function fixTermProblems(applied: AppliedFix): string[] {
  return [...termAskedOrNamed(applied), ...beliefReframed(applied), ...fosteringMadeResidential(applied)];
}
