import { type ChildIdentity, uncertainRoles, type WordRole } from './people.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import { rewriteUncertain } from './rewrite-certain.ts';
import { femaleOthers, femalePronouns, maleOthers, malePronouns } from './words.ts';

// word lists read in loops, made once (an array written in a loop is a new array each time it runs)
const thirdPersonAuxiliaries = ['is', 'was', 'has', 'does', "doesn't", "isn't", "wasn't", "hasn't"];

/** One safe rewrite of a sentence: replace `text.slice(from, to)` with `replacement`. */
export interface Rewrite {
  from: number;
  to: number;
  replacement: string;
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

const adverbs = new Set([
  'also',
  'always',
  'never',
  'often',
  'sometimes',
  'still',
  'usually',
  'now',
  'then',
  'just',
  'really',
  'even',
  'already',
  'only',
  'recently',
  'clearly',
  'not',
]);
const clauseStarters = new Set([
  'that',
  'because',
  'when',
  'if',
  'as',
  'while',
  'so',
  'but',
  'although',
  'though',
  'since',
  'until',
  'once',
  'where',
]);
const notThirdPersonVerbs = new Set([
  'is',
  'was',
  'has',
  'does',
  'this',
  'always',
  'sometimes',
  'its',
  'his',
  'hers',
  'ours',
  'yours',
  'theirs',
  'us',
  'as',
  'yes',
  'less',
  'unless',
  'across',
  'perhaps',
  'plus',
  'towards',
  'afterwards',
  'upstairs',
  'downstairs',
  'outdoors',
  'indoors',
  'its',
]);
/** Words after which "her" is the object ("gave her a hug"), not the possessive ("her bedroom"). */
const afterObjectHer = new Set([
  'to',
  'at',
  'in',
  'on',
  'with',
  'about',
  'for',
  'from',
  'up',
  'down',
  'out',
  'off',
  'back',
  'home',
  'a',
  'an',
  'the',
  'that',
  'this',
  'and',
  'or',
  'but',
  'if',
  'when',
  'so',
  'because',
  'again',
  'today',
  'yesterday',
  'too',
  'as',
  'into',
  'by',
  'over',
  'some',
  'any',
  'how',
  'what',
  'why',
  'where',
  'there',
  'here',
  'later',
  'now',
  'feel',
  'know',
  'see',
]);
/** After "Jade's", these mean "Jade is/has", not the possessive. */
const afterContraction = new Set([
  'been',
  'going',
  'got',
  'gone',
  'not',
  'very',
  'really',
  'so',
  'a',
  'an',
  'the',
  'happy',
  'sad',
  'fine',
  'okay',
  'ok',
  'back',
  'here',
  'there',
  'at',
  'in',
  'doing',
  'feeling',
  'now',
  'still',
  'always',
  'never',
  'also',
]);

const questionAuxiliaries = new Set(['is', 'was', 'has', 'does', "isn't", "wasn't", "hasn't", "doesn't"]);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The verb form that agrees with a new subject, or the word unchanged when it is not a verb that changes. */
export function agree(word: string, subject: 'you' | 'I'): string {
  const lower = word.toLowerCase();
  const table: Record<string, [string, string]> = {
    is: ['are', 'am'],
    was: ['were', 'was'],
    has: ['have', 'have'],
    does: ['do', 'do'],
    "doesn't": ["don't", "don't"],
    "isn't": ["aren't", 'am not'],
    "wasn't": ["weren't", "wasn't"],
    "hasn't": ["haven't", "haven't"],
  };
  const known = table[lower];
  if (known) return subject === 'you' ? known[0] : known[1];
  if (!/^[a-z]+s$/.test(word) || notThirdPersonVerbs.has(lower) || /(ss|us|is)$/.test(lower) || lower.length < 3)
    return word;
  if (/ies$/.test(lower) && lower.length > 4) return `${word.slice(0, -3)}y`;
  if (/(sses|shes|ches|xes|zzes|oes)$/.test(lower)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Index of the verb after a subject ending at `index`, skipping adverbs. */
function verbAfter(words: NoteWord[], index: number): number {
  let next = index + 1;
  while (words[next] && adverbs.has((words[next] as NoteWord).lower) && (words[next] as NoteWord).lower !== 'not')
    next += 1;
  const word = words[next];
  return word && !word.breakBefore ? next : -1;
}

function isSubjectPosition(words: NoteWord[], index: number): boolean {
  const previous = words[index - 1];
  return index === 0 || (previous !== undefined && clauseStarters.has(previous.lower));
}

function isPartOfCompound(words: NoteWord[], start: number, end: number, roles: WordRole[]): boolean {
  const before = words[start - 1];
  const after = words[end + 1];
  if (before && (before.lower === 'and' || before.lower === 'or' || before.lower === '&')) return true;
  if (after && (after.lower === 'and' || after.lower === 'or' || after.lower === '&')) {
    const following = words[end + 2];
    // "Jade and I", "Jade and Sam": two people; "Jade and her mum": the same
    return following !== undefined;
  }
  // a list: "Jade, Sam and Mum"
  return Boolean(after?.breakBefore && (roles[end + 1] === 'other-person' || roles[end + 1] === 'child-name'));
}

/**
 * Rewrites a sentence written about the child into one written to them, when every reference to
 * the child can be changed with certainty and the result stays grammatical; otherwise null.
 */
export function rewriteSentence(sentence: NoteSentence, roles: WordRole[], child: ChildIdentity): Rewrite | null {
  const words = sentence.words;
  if (sentence.hasQuote || roles.includes('second-person')) return null;
  if ((uncertainRoles.get(roles)?.size ?? 0) > 0) return null;
  if (!roles.some((role) => role === 'child-name' || role === 'child-phrase' || role === 'child-pronoun')) return null;
  if (rewriteUncertain(sentence, roles)) return null;
  const pronounsKnown = child.givenPronouns === 'she' || child.givenPronouns === 'he';
  const sameGender =
    child.givenPronouns === 'she' ? femalePronouns : child.givenPronouns === 'he' ? malePronouns : undefined;
  const sameGenderOthers =
    child.givenPronouns === 'she' ? femaleOthers : child.givenPronouns === 'he' ? maleOthers : undefined;
  // a pronoun that might be the child but cannot be rewritten makes any rewrite change its meaning
  if (roles.some((role, index) => role === 'child-pronoun' && !pronounsKnown && words[index])) return null;
  if (
    roles.some(
      (role, index) =>
        role === 'other-pronoun' && (sameGender === undefined || sameGender.has((words[index] as NoteWord).lower)),
    )
  ) {
    const someoneElse = roles.some(
      (role, index) =>
        role === 'other-person' && (sameGenderOthers?.has((words[index] as NoteWord).lower.replace(/'s$/, '')) ?? true),
    );
    if (someoneElse || !pronounsKnown) return null;
  }
  const edits: Edit[] = [];
  const subjectVerb = (subjectEnd: number, subject: 'you' | 'I'): void => {
    const verbIndex = verbAfter(words, subjectEnd);
    if (verbIndex === -1) return;
    const verb = words[verbIndex] as NoteWord;
    const agreed = agree(verb.text, subject);
    if (agreed !== verb.text) edits.push({ from: verb.start, to: verb.end, text: agreed });
  };
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    const role = roles[index];
    const atStart = index === 0;
    if (role === 'child-name' || role === 'child-phrase' || role === 'self-reference') {
      let end = index;
      while (end + 1 < words.length && roles[end + 1] === role && role !== 'child-name') end += 1;
      const last = words[end] as NoteWord;
      if (isPartOfCompound(words, index, end, roles)) return null;
      if (role === 'self-reference') {
        const subject = isSubjectPosition(words, index);
        edits.push({ from: word.start, to: last.end, text: subject ? 'I' : 'me' });
        if (subject) subjectVerb(end, 'I');
      } else if (/'s$/i.test(last.text)) {
        const next = words[end + 1];
        if (!next || afterContraction.has(next.lower) || /ing$/.test(next.lower)) return null;
        edits.push({ from: word.start, to: last.end, text: atStart ? 'Your' : 'your' });
      } else {
        edits.push({ from: word.start, to: last.end, text: atStart ? 'You' : 'you' });
        // "Is Jade eating well?" becomes "Are you eating well?", not "Is you…"
        const before = words[index - 1];
        if (before && index === 1 && questionAuxiliaries.has(before.lower)) {
          const agreed = agree(before.lower, 'you');
          edits.push({ from: before.start, to: before.end, text: capitalise(agreed) });
        }
        const next = words[verbAfter(words, end)];
        const auxiliary = next && thirdPersonAuxiliaries.includes(next.lower);
        if (isSubjectPosition(words, index) || auxiliary) subjectVerb(end, 'you');
      }
      index = end;
      continue;
    }
    if (role === 'child-pronoun') {
      const lower = word.lower;
      let replacement: string;
      if (lower === 'she' || lower === 'he') {
        replacement = 'you';
        subjectVerb(index, 'you');
      } else if (lower === "she's" || lower === "he's") replacement = "you're";
      else if (lower === "she'd" || lower === "he'd") replacement = "you'd";
      else if (lower === "she'll" || lower === "he'll") replacement = "you'll";
      else if (lower === 'him') replacement = 'you';
      else if (lower === 'his') replacement = 'your';
      else if (lower === 'hers') replacement = 'yours';
      else if (lower === 'herself' || lower === 'himself') replacement = 'yourself';
      else if (lower === 'her') {
        const next = words[index + 1];
        replacement =
          !next || next.breakBefore || afterObjectHer.has(next.lower) || /ly$/.test(next.lower) ? 'you' : 'your';
      } else return null;
      edits.push({ from: word.start, to: word.end, text: atStart ? capitalise(replacement) : replacement });
    }
  }
  if (edits.length === 0) return null;
  edits.sort((a, b) => a.from - b.from);
  const from = (edits[0] as Edit).from;
  const to = (edits.at(-1) as Edit).to;
  return { from, to, replacement: applyEdits(edits, from, to, sentence) };
}

/** The text from `from` to `to` with the edits made. */
function applyEdits(edits: Edit[], from: number, to: number, sentence: NoteSentence): string {
  const source = sentence.text;
  let result = '';
  let cursor = from;
  for (const edit of edits) {
    result += source.slice(cursor - sentence.from, edit.from - sentence.from) + edit.text;
    cursor = edit.to;
  }
  return result + source.slice(cursor - sentence.from, to - sentence.from);
}
