/**
 * Checks on a one-click fix for the kinds a reader found broken on fresh sentences in the eleventh reading sample
 * (test/corpus/fix-reading/fix-reading-23.yml): a word put beside itself across "and" or "or" ("very angry and
 * angry"), a run of words said twice ("came to the UK as a young person who came to the UK alone"), a word changed that
 * stood alone in double quotation marks ("shaming him as a “young person”"), a court's threshold made "the level of
 * need", "-ing" or "not" after a word of degree ("not overly saying no"), a parent given the child's reviews, plan or
 * future, and one word of a name in capitals
 * changed ("Speech and language therapist LAKE CITY"). Written apart from the engine's fitting step (no code shared
 * with packages/lint/src/fit), with word lists of its own; a fix that reads right must pass every one.
 */
import type { AppliedFix } from './fix-shape-checks.ts';

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
const count = (text: string, pattern: RegExp): number => [...text.matchAll(pattern)].length;

/** "very angry and angry", "angry and upset and angry": a word of four letters or more again after "and" or "or". */
function doubledAcrossAnd({ fixed, from, suggestion }: AppliedFix): string[] {
  const pattern = /\b([\p{Ll}]{4,}) (?:and|or) (?:[\p{Ll}]+ (?:and|or) )?\1\b/gu;
  // the word again at the end of the fix ("very angry and [angry]"), not a fix that ends before "and" and a compound
  // ("[children in care] and care leavers")
  const end = from + suggestion.length;
  for (const match of fixed.matchAll(pattern))
    if (match.index + match[0].length === end && match.index < from)
      return ['repeat: a word beside itself across "and" or "or"'];
  return [];
}

/** Three words, two of them of four letters or more, said again at most one word after they end, where the sentence said them once. */
function repeatedRun({ text, fixed }: AppliedFix): string[] {
  const runs = (sentence: string): Map<string, number[]> => {
    const words = wordsOf(sentence);
    const at = new Map<string, number[]>();
    for (let index = 0; index + 3 <= words.length; index++) {
      const run = words.slice(index, index + 3);
      if (run.filter((word) => word.length >= 4).length < 2) continue;
      const key = run.join(' ');
      at.set(key, [...(at.get(key) ?? []), index]);
    }
    return at;
  };
  const before = runs(text);
  for (const [key, places] of runs(fixed)) {
    if ((before.get(key)?.length ?? 0) >= places.length) continue;
    if (places.some((place, index) => index > 0 && place - (places[index - 1] as number) <= 4))
      return [`repeat: "${key}" twice`];
  }
  return [];
}

/** The replaced words stood alone in double quotation marks: someone's word. */
function quotedAlone({ text, from, to }: AppliedFix): string[] {
  const open = text.charAt(from - 1);
  const close = text.charAt(to);
  return (open === '“' && close === '”') || (open === '"' && close === '"')
    ? ['quoted: a word alone in double quotation marks changed']
    : [];
}

const courtWords =
  /\b(?:court|courts|judge|magistrates|order|orders|proceedings|significant harm|section 31|section 47|offence)\b/i;

/** "For a court to make a supervision order, the level of need must be met". */
function courtThreshold({ text, suggestion }: AppliedFix): string[] {
  return /level of need/i.test(suggestion) && courtWords.test(text)
    ? ['sense: a court threshold made a level of need']
    : [];
}

const degree =
  /\b(?:very|so|too|extremely|quite|really|rather|fairly|highly|overly|consummately|incredibly|increasingly|particularly|utterly) (?:not|[\p{Ll}]+ing)\b/gu;

/** "not overly saying no", "particularly not yet comfortable". */
function afterDegree({ text, fixed }: AppliedFix): string[] {
  return count(fixed, degree) > count(text, degree) ? ['degree: "-ing" or "not" after a word of degree'] : [];
}

/** "The person who chairs your reviews and your child's social worker". */
function parentsChild({ text, suggestion }: AppliedFix): string[] {
  return /\byour (?:reviews?|future|plan)\b/i.test(suggestion) && /\byour (?:child|children|son|daughter)\b/i.test(text)
    ? ["person: a parent given the child's reviews, plan or future"]
    : [];
}

/** "SALT LAKE CITY": the replaced capitals beside another word in capitals, a space between. */
function capitalsName({ text, from, to }: AppliedFix): string[] {
  if (!/^[A-Z]{2,6}s?$/.test(text.slice(from, to))) return [];
  return /[A-Z]{4,} $/.test(text.slice(Math.max(0, from - 12), from)) || /^ [A-Z]{4,}\b/.test(text.slice(to, to + 12))
    ? ['name: one word of a name in capitals changed']
    : [];
}

/** Every check above, on one applied fix. */
export function fixRepeatProblems(applied: AppliedFix): string[] {
  return [
    ...doubledAcrossAnd(applied),
    ...repeatedRun(applied),
    ...quotedAlone(applied),
    ...courtThreshold(applied),
    ...afterDegree(applied),
    ...parentsChild(applied),
    ...capitalsName(applied),
  ];
}
