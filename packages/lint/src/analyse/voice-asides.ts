// The voice reading's clause parts around an aside and after the subject: the verb of saying after an aside set off by
// commas ("The girl, 14, said", "Hannah Taylerson, 15, wrote a farewell note"). Split from voice-clauses.ts. (A
// participle of saying later in the child's clause, "turned up at the club saying she had left home", was measured in
// round 35 and taken out by the lead: on the sealed sets it found one more sentence of the child's voice and five wrongly.)
import { wordSet } from '../word-set.ts';
import type { SentenceAddress } from './addressee.ts';
import type { WordRole } from './people.ts';
import type { NoteWord } from './read-note.ts';
import { mannerAdverb, notSubjects } from './voice-clauses.ts';
import { courtChild, speakerKind } from './voice-speaker.ts';
import { childNouns, hopeForms, speechVerbs, wishVerbs, writingTold } from './voice-words.ts';

/** Words before a child noun that make it a particular child or group: "the girl", "one young person". */
const asideDeterminers = wordSet('the a an one this that another');

/**
 * Whether the speaker before an aside is surely a child: a child noun or an age after a determiner ("The girl, who…",
 * "The seven-year-old, from Bradford,"), or anyone whose age opens the aside ("Jade (14) told me", "The girl, 14,
 * said"). Not a name alone ("Cllr Lord, who is a member of the Panel, commented"), nor a title ("…Safeguard Children
 * (2015) says").
 */
function childOfAside(words: NoteWord[], index: number): boolean {
  const after = words[index + 1]?.lower ?? '';
  if (
    /^\d{1,2}$/.test(after) ||
    after === 'aged' ||
    (after === 'now' && /^\d{1,2}$/.test(words[index + 2]?.lower ?? ''))
  )
    return true;
  const word = words[index]?.lower ?? '';
  // ("seven-year-old" is read as three words: the determiner is before the age)
  const age = (word === 'old' || word === 'olds') && words[index - 1]?.lower === 'year';
  // ("The complainant, who is now 8, told the court…": a court's word with an age under 18 is a child)
  if (courtChild(words, index)) return true;
  const child = age || childNouns.has(word);
  // (or opening the sentence: "Children, over half a million of them, told me…")
  return child && (index === 0 || asideDeterminers.has(words[index - (age ? 3 : 1)]?.lower ?? ''));
}

/** A surname straight after a name, before an aside set off by a comma: "Hannah Taylerson, 15,". */
function surnameAt(words: NoteWord[], index: number): boolean {
  const [name, surname] = [words[index], words[index + 1]];
  return (
    !!name &&
    !!surname &&
    !surname.quoted &&
    !surname.breakBefore &&
    /^\p{Lu}\p{Ll}+$/u.test(name.text) &&
    /^\p{Lu}\p{Ll}+$/u.test(surname.text) &&
    !!words[index + 2]?.breakBefore
  );
}

/** Auxiliaries of the past that may stand between an aside and its verb: "…, 15, had sent…". */
const pastAuxiliaries = wordSet('had has');

/** Words before an age set off by commas: "Sam, aged 9, …", "Ruby, now 16, …". */
const ageWords = wordSet('aged now');
/** Verbs that introduce a piece a child wrote rather than words they said ("Salma, 14, describes the shock of…"). */
const standfirstVerbs = wordSet('describes described describe writes wrote write');

/**
 * The verb of saying after an aside set off by commas between a speaker and it ("The girl, who has been suspended…,
 * said:", "The seven-year-old, from Bradford, West Yorks, said:"), or -1: an aside that names another person ("The
 * girl, her mother said, …") or holds quoted words is not passed, and a piece's standfirst ("Salma, 14, describes the
 * shock of arriving…") introduces what the child wrote, not words reported.
 */
export function verbAfterAside(words: NoteWord[], roles: WordRole[], start: number, address: SentenceAddress): number {
  // ("Hannah Taylerson, 15, wrote a farewell note": the aside after a surname)
  const index = surnameAt(words, start) ? start + 1 : start;
  if (!words[index + 1]?.breakBefore) return -1;
  // ("Hannah, from Bristol, confided to her best friend…": the child the host named, then where they are from)
  const placeAside = roles[start] === 'child-name' && words[index + 1]?.lower === 'from';
  if (!placeAside && !childOfAside(words, index)) return -1;
  // "Jake, 12, wants more contact with his father", "Ruby, now 16, hopes to…", "Sam, aged 9, wants…": after an age
  // alone, a wish too
  const ageAt = ageWords.has(words[index + 1]?.lower ?? '') ? index + 2 : index + 1;
  const afterAge = /^\d{1,2}$/.test(words[ageAt]?.lower ?? '') && words[ageAt + 1]?.breakBefore;
  for (let next = index + 1; next < words.length && next - index <= 20; next += 1) {
    const word = words[next] as NoteWord;
    if (word.quoted) return -1;
    if (next > index + 1 && word.breakBefore) {
      let verb = next;
      // (no auxiliary: "…, and 22% had not been told" is said to them)
      while (words[verb] && mannerAdverb(words[verb] as NoteWord)) verb += 1;
      // ("Dixon Strachan, 15, had sent suicidal messages": one auxiliary of the past before the verb)
      if (pastAuxiliaries.has(words[verb]?.lower ?? '') && !words[verb + 1]?.breakBefore) verb += 1;
      const lower = words[verb]?.lower ?? '';
      if (
        words[verb] &&
        !(words[verb] as NoteWord).quoted &&
        ((speechVerbs.has(lower) && !standfirstVerbs.has(lower)) || writingTold(words, verb))
      )
        return verb;
      if (
        afterAge &&
        next === ageAt + 1 &&
        words[verb] &&
        (wishVerbs.includes(lower) || (hopeForms.has(lower) && words[verb + 1]?.lower === 'to'))
      )
        return verb;
    }
    if (!notSubjects.has(word.lower) && speakerKind(words, roles, next, address) !== null) return -1;
  }
  return -1;
}
