/**
 * Checks on a one-click fix for the kinds a reader found broken on fresh sentences in the fifteenth reading sample
 * (test/corpus/fix-reading/fix-reading-27.yml), with the same shapes on earlier samples: a single quotation mark left
 * without its partner ("Ofsted ratings and ‘children waiting for the right home"), a plural put on "not" ("allegation
 * nots supported"), "the" after a determiner and a participle ("any written the family support assessment"), "my"
 * where no one in the sentence speaks ("The local authority filed my plans"), a past after "became" ("became disagreed
 * strongly"), "having" after "with" ("children with having trouble coping"), "by others" before "by" or "of", words
 * said twice in a row ("permission to stay in the UK in the UK", "child protection enquiry investigation", "Teenage
 * young people"), "abuse" for one row ("during abuse over Christmas decorations"), and a home offered for a placement
 * that is no child's home (a student's, an EHC plan's section I, a scheme, supported living, a family and friends
 * placement made a children's home). Written apart from the engine's fitting step (no code shared with
 * packages/lint/src/fit), with word lists of its own; a fix that reads right must pass every one.
 */
import type { AppliedFix } from './fix-shape-checks.ts';

/** Whether `pattern` matches the fixed sentence and not the sentence as it was. */
const newIn = ({ text, fixed }: AppliedFix, pattern: RegExp): boolean => pattern.test(fixed) && !pattern.test(text);

/** Single quotation marks that open a word, less those that close one ("’" after a letter, not before one). */
function openSingleQuotes(sentence: string): number {
  const opening = sentence.match(/(?:^|[\s(])[‘']\p{L}/gu)?.length ?? 0;
  const closing = sentence.match(/\p{L}[’'](?!\p{L})/gu)?.length ?? 0;
  return opening - closing;
}

/** Grammar the fix breaks in the words around it. */
function grammarAround(applied: AppliedFix): string[] {
  const problems: string[] = [];
  const { text, fixed } = applied;
  // an apostrophe after a plural ("parents’") counts as a close in both sentences alike
  if (openSingleQuotes(fixed) > 0 && openSingleQuotes(fixed) !== openSingleQuotes(text))
    problems.push('quote: a single quotation mark left open');
  if (newIn(applied, /\b[a-z]+ nots\b/)) problems.push('number: the plural put on "not"');
  if (newIn(applied, /\b(?:any|each|every|no|another)\s+[a-z]+(?:en|ed)\s+the\b/i))
    problems.push('determiner: "the" after a determiner and a participle');
  const { from, to, suggestion } = applied;
  // "became [argumentative]" → not "became disagreed strongly" ("became [isolated]" → "became withdrawn" is a describing word)
  if (
    /\b(?:became|become|becomes|becoming) $/i.test(text.slice(Math.max(0, from - 20), from)) &&
    /^[a-z]+ed\b/i.test(suggestion) &&
    !/ed$/i.test(text.slice(from, to))
  )
    problems.push('verb: a past after "became"');
  if (newIn(applied, /\bwith having\b/i)) problems.push('verb: "having" after "with"');
  if (newIn(applied, /\bby others (?:by|of)\b/i)) problems.push('garden path: "by others" before "by" or "of"');
  return problems;
}

const small = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'with', 'by', 'at']);

/** Words the fix says twice over. */
function saidTwice(applied: AppliedFix): string[] {
  const problems: string[] = [];
  const run = /\b((?:[\p{L}]+ ){1,3}[\p{L}]+) \1\b/giu;
  const runs = (sentence: string): string[] =>
    [...sentence.matchAll(run)]
      .map((match) => (match[1] as string).toLowerCase())
      .filter((words) => words.split(' ').some((word) => !small.has(word)));
  const before = new Set(runs(applied.text));
  if (runs(applied.fixed).some((words) => !before.has(words))) problems.push('repeat: words said twice in a row');
  if (newIn(applied, /\b(?:enquiry|investigation) (?:investigations?|enquiry|enquiries)\b/i))
    problems.push('redundant: an enquiry investigation');
  if (newIn(applied, /\b(?:teenage|teen) young people\b/i)) problems.push('redundant: "teenage young people"');
  return problems;
}

/** Whose voice and what kind of thing the fix gives the words. */
function voiceAndKind({ text, from, to, suggestion }: AppliedFix): string[] {
  const problems: string[] = [];
  const replaced = text.slice(from, to);
  const before = text.slice(Math.max(0, from - 40), from);
  const after = text.slice(to, to + 30);
  if (/^my\b/i.test(suggestion) && !/\b(?:I|me|my|My|mine|myself)\b/.test(text))
    problems.push('person: "my" where no one speaks in the first person');
  if (
    suggestion === 'abuse' &&
    /^an? /i.test(replaced) &&
    /\b(?:during|in|after|when|following|amid|into) $/i.test(before)
  )
    problems.push('number: "abuse" for one row');
  if (/^placements?$/i.test(replaced) && /homes?$/i.test(suggestion)) {
    const noChildsHome =
      /\bon (?:my|his|her|their|your|our|a) $/i.test(before) ||
      /\bI \($/.test(before) ||
      /^ schemes?\b/i.test(after) ||
      (/foster|children's/i.test(suggestion) && /supported living $/i.test(before)) ||
      (/^children's/i.test(suggestion) &&
        /special guardianship|child arrangements orders?|family and friends|kinship|connected persons?/i.test(text));
    if (noChildsHome) problems.push("sense: a home for a placement that is no child's home");
  }
  return problems;
}

/** Every check above, on one applied fix. */
export function fixSlipsProblems(applied: AppliedFix): string[] {
  return [...grammarAround(applied), ...saidTwice(applied), ...voiceAndKind(applied)];
}
