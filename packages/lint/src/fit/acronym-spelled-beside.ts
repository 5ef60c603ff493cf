// An acronym the sentence spells out in a bracket beside it: the sentence names the term, so a fix in its place would
// leave the bracket spelling out a word no longer there (moved from quoted.ts, which reads quotations and definitions).
import { bracketSpells } from '../spelled-out-beside.ts';
import { continuesNounPhrase } from './noun-number.ts';

/** A bracket just after an acronym and the noun it describes, or before that noun: "an EBD school (school for
 * emotionally …)", "a LAC (Looked After Child) review". */
const bracketAfterAcronym =
  /^(?:\s+(\p{Ll}[\p{L}-]*)\s*[([]([^()[\]]{3,120})[)\]]|\s*[([]([^()[\]]{3,120})[)\]]\s+(\p{Ll}[\p{L}-]*))/u;

/**
 * Whether the flagged words are an acronym that describes a noun and that the sentence spells out in a bracket
 * beside it (a run of the bracket's words spells it, as `spelled-out-beside.ts` reads a spelling: "a LAC (Looked
 * After Child) review", "an EBD school (school for emotionally and behaviourally disturbed children)"): the sentence names the term, and a fix in
 * its place leaves the bracket spelling out a word that is no longer there. (An acronym that ends its phrase, "PLO
 * (Public Law Outline):", takes a gloss: the bracket then glosses the gloss.)
 */
export function spelledOutAfter(text: string, from: number, to: number): boolean {
  const acronym = text.slice(from, to);
  if (!/^\p{Lu}{2,6}s?$/u.test(acronym)) return false;
  const bracket = bracketAfterAcronym.exec(text.slice(to, to + 140));
  if (!bracket) return false;
  // the word beside the bracket is a noun the acronym describes ("review"), not one that ends the phrase ("today")
  if (!continuesNounPhrase((bracket[1] ?? bracket[4] ?? '').toLowerCase())) return false;
  // the bracket's words spell it (one reading of a spelling, `spelled-out-beside.ts`)
  return bracketSpells(bracket[2] ?? bracket[3] ?? '', acronym, true);
}
