/**
 * Whether an acronym is spelled out beside it: its words right before it with the acronym in brackets
 * ("Attention Deficit Hyperactivity Disorder (ADHD)"), or the acronym with its words in brackets right
 * after it ("the NFA (no further action)"). An acronym whose long form is a plain name (`acronym.plain` in
 * the rule data: a diagnosis, a national organisation, an ordinary phrase) has then been explained where it
 * stands, as the guidance asks, so it gets no finding; a service acronym keeps its hint, since the long form
 * of a meeting, plan, order or team is jargon too. The words are told by their first letters, in any case, with small
 * joining words ("and", "of", "for") free to count or not ("Children in Care Council (CiCC)"), the parts of
 * a hyphenated word counting apart ("Multi-Agency" gives M and A), and the acronym's plural or possessive
 * ending left aside ("SCRs", "SGO’s").
 */

// small words a spelled-out form may or may not give a letter for ("Child and Adolescent Mental Health Services")
const joining = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', 'with', 'at', 'by', 'or', 'a', '&']);
const ending = /(?:['’]s|s)$/;
const wordPattern = /[\p{L}\p{N}&]+(?:['’][\p{L}]+)?/gu;
// the words in brackets after an acronym: "(Public Law Outline)"
const after = /^(?:['’]?s)?\s*[([]([^()[\]]{3,120})[)\]]/u;
// the acronym in brackets after its words: "reviews (SCRs)"
const before = /[([]\s*$/;
const closing = /^(?:['’]?s)?\s*[)\]]/;

// initials and the last word of the name written out: "EHC plan" for "Education, Health and Care Plan"
const initialsAndWord = /^([\p{L}]{2,8})\s+([\p{L}]+)$/u;

/**
 * The acronym's letters, without a plural or possessive ending, or undefined when the words are no acronym.
 * Initials followed by one word ("EHC Plan") give the initials and that word's first letter ("ehcp").
 */
function lettersOf(actual: string): string | undefined {
  const pair = initialsAndWord.exec(actual.replace(ending, ''));
  if (pair) {
    const initials = lettersOf(pair[1] as string);
    return initials === undefined ? undefined : initials + (pair[2] as string).charAt(0).toLowerCase();
  }
  const bare = actual.replace(ending, '');
  if (!/^[\p{L}]{2,8}$/u.test(bare)) return undefined;
  let capitals = 0;
  for (const letter of bare) if (letter !== letter.toLowerCase()) capitals += 1;
  return capitals >= 2 ? bare.toLowerCase() : undefined;
}

/** The words of a stretch of text, hyphenated words split into their parts, in lower case. */
function wordsOf(text: string): string[] {
  return (text.match(wordPattern) ?? []).map((word) => word.toLowerCase());
}

/**
 * Whether the words, read in order, give exactly the letters: each word gives its first letter, a joining
 * word may give none, and "in" may also stand for a lower-case letter inside the acronym ("CiCC").
 */
function spells(words: readonly string[], letters: string): boolean {
  const memo = new Map<number, boolean>();
  const walk = (word: number, letter: number): boolean => {
    if (word === words.length) return letter === letters.length;
    const key = word * 16 + letter;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const current = words[word] as string;
    const result =
      (letter < letters.length && current.startsWith(letters[letter] as string) && walk(word + 1, letter + 1)) ||
      (joining.has(current) && walk(word + 1, letter));
    memo.set(key, result);
    return result;
  };
  return words.length > 0 && !joining.has(words[0] as string) && walk(0, 0);
}

/**
 * Whether the words of a bracket spell the acronym `actual` (as `lettersOf` reads it): all of them ("(Police National
 * Computer)"), or with `run`, some run of them with other words before or after it ("an EBD school (school for
 * emotionally and behaviourally disturbed children)", whose run "emotionally and behaviourally disturbed" spells it).
 */
export function bracketSpells(bracket: string, actual: string, run = false): boolean {
  const letters = lettersOf(actual);
  if (letters === undefined) return false;
  const words = wordsOf(bracket.replace(/-/g, ' '));
  if (!run) return spells(words, letters);
  for (let from = 0; from < words.length; from += 1)
    for (let to = from + 1; to <= words.length; to += 1) if (spells(words.slice(from, to), letters)) return true;
  return false;
}

/**
 * Whether the last words of `text` (a few more than the letters at most) spell the letters, or, for four
 * letters or more, all but the first ("local authority children’s services (ILACS)", whose I is the
 * inspection the sentence goes on to name).
 */
function endsSpelling(text: string, letters: string): boolean {
  const words = wordsOf(text.replace(/-/g, ' '));
  const wanted = letters.length >= 4 ? [letters, letters.slice(1)] : [letters];
  for (const target of wanted)
    for (let count = 1; count <= Math.min(words.length, target.length * 2); count += 1)
      if (spells(words.slice(words.length - count), target)) return true;
  return false;
}

/** Whether the acronym at `[from, to)` in `text` is spelled out beside it, in brackets either way round. */
export function spelledOutBeside(text: string, from: number, to: number): boolean {
  const letters = lettersOf(text.slice(from, to));
  if (letters === undefined) return false;
  const rest = text.slice(to);
  const bracketed = after.exec(rest);
  if (bracketed && bracketSpells(bracketed[1] as string, text.slice(from, to))) return true;
  const start = Math.max(0, from - 200);
  const lead = text.slice(start, from);
  if (!before.test(lead) || !closing.test(rest)) return false;
  // the words before the bracket, back to the start of their clause
  const words = lead.replace(before, '');
  const clause = words.slice(Math.max(words.lastIndexOf('.'), words.lastIndexOf(';'), words.lastIndexOf(':')) + 1);
  return endsSpelling(clause, letters);
}

/** Where an acronym rule's own spelled-out form stands in the note. */
interface Span {
  start: number;
  end: number;
}

/**
 * The rule's spelled-out words, then at most three more words of the same name, then the acronym's opening
 * bracket: "Attention Deficit Disorder (ADHD)", "no further action taken (NFA)".
 */
const spelledOutBefore = /^(?:\s+[\p{L}'’-]+){0,3}\s*[([]\s*$/u;
/** Only an opening bracket between an acronym and its spelled-out form: "PNC (Police National Computer)". */
export const bracketBetween = /^\s*[([]\s*$/;
/** Only the closing bracket after an acronym in brackets: "(ADHD)", "(NFA)". */
const closedAfter = /^(?:['’]?s)?\s*[)\]]/;

/** Whether the spelled-out form ending at `end` is followed by this acronym in brackets: "Framework (SIF)". */
function introduces(text: string, end: number, from: number, to: number): boolean {
  const acronym = text.slice(from, to).toLowerCase();
  const after = text.slice(end, Math.min(text.length, end + acronym.length + 8)).toLowerCase();
  return /^\s*[([]\s*/.test(after) && after.replace(/^\s*[([]\s*/, '').startsWith(acronym);
}

/** Whether the spelled-out form starting at `start` is in brackets right after this acronym: "EHCP (Education…". */
function followsSame(text: string, start: number, sentenceStart: number, from: number, to: number): boolean {
  const lead = text.slice(sentenceStart, start);
  const opened = /[([]\s*$/.exec(lead);
  if (!opened) return false;
  const acronym = text.slice(from, to).replace(ending, '').toLowerCase();
  return lead.slice(0, opened.index).trimEnd().replace(ending, '').toLowerCase().endsWith(acronym);
}

/**
 * Whether the acronym at `[from, to)` is spelled out right beside it: its rule's own spelled-out form (`own`)
 * in brackets after it, or just before it with the acronym in brackets, or words whose first letters spell
 * it; or it was brought in either way earlier in the same sentence ("Attention Deficit Hyperactivity Disorder
 * (ADHD), and the ADHD nurse", "an EHCP (Education Health and Care Plan) … a review of the EHCP"). The
 * spelled-out words alone earlier in the sentence are not enough.
 */
export function explainedBeside(
  own: readonly Span[],
  text: string,
  from: number,
  to: number,
  sentenceStart: number,
): boolean {
  for (const expansion of own) {
    if (
      expansion.start >= sentenceStart &&
      expansion.end <= from &&
      (introduces(text, expansion.end, from, to) || followsSame(text, expansion.start, sentenceStart, from, to))
    )
      return true;
    if (expansion.start >= to && bracketBetween.test(text.slice(to, expansion.start))) return true;
    if (
      expansion.end <= from &&
      spelledOutBefore.test(text.slice(expansion.end, from)) &&
      closedAfter.test(text.slice(to))
    )
      return true;
  }
  return spelledOutBeside(text, from, to);
}
