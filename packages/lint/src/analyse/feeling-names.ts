import type { NoteSentence } from './read-note.ts';
import { speechVerbs } from './voice-words.ts';
import { femalePronouns, malePronouns, voiceVerbs } from './words.ts';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/**
 * Feelings, states of mind and the abstract nouns a child's own account or a report writes of them, lower case: a
 * pupil who writes "when Panic is around" or "not let Anxiety turn into Panic" gives the feeling a capital, not a
 * person's name. Nouns ending -ness, -tion, -sion, -ity and -ism are the lexicon's already (`isNotName`).
 */
const feelings = /* @__PURE__ */ words(`
  anxiety anxieties panic panics anger fear fears shame guilt grief sorrow worry worries stress distress dread despair
  rage fury terror horror hurt pain misery boredom jealousy envy pride love hate hatred joy hope hopes grace faith trust
  doubt upset embarrassment disgust regret relief calm peace comfort courage confidence trauma
  discipline respect loss bereavement heartbreak heartache anguish agony torment apathy resentment hostility
  aggression temper tantrum tantrums paranoia mania insomnia loneliness angry anxious scared afraid frightened sad
  happy worried nervous lonely ashamed guilty jealous confused depressed stressed exhausted furious miserable
  hopeless helpless worthless patience mercy honour honor harmony bliss glory
`);

/** Feelings that are also given names ("Hope", "Joy", "Grace"): a person's when the sentence says so. */
const givenNames = /* @__PURE__ */ words(
  'hope joy grace faith patience mercy peace love honour honor harmony bliss glory',
);

/** Words after a name that give the person's age: "Hope, 12,", "Joy (9)", "Grace is 14", "Faith aged 11". */
const ageWords = /* @__PURE__ */ words('aged age is was');

/**
 * Whether the capitalised word at `index` is a feeling and not a person: "The Panic would sneak up on me", "let Anxiety
 * turn into Panic". A feeling that is also a given name is a person's name inside a sentence ("I visited Hope at home")
 * and, opening one, when the sentence reads it as a person: a surname ("Grace Allen is…"), a verb of saying or wanting
 * after it ("Hope told me…"), an age ("Joy, 9, wants…", "Grace is 14", "Hope is a 12-year-old"), or "his" or "her"
 * and the like after it ("Hope and her brother"). The host's context wins whatever this says (the child's names are
 * matched on their own).
 */
export function feelingNotName(sentence: NoteSentence, index: number): boolean {
  const word = sentence.words[index];
  if (!word) return false;
  const lower = word.lower.replace(/['’]s$/, '');
  if (!feelings.has(lower)) return false;
  if (!givenNames.has(lower)) return true;
  const opens = index === 0 || /[:;]\s*$/.test(sentence.text.slice(0, word.start - sentence.from));
  if (!opens) return false;
  if (word.lower !== lower) return false;
  const words = sentence.words;
  // "Grace Allen is an eight-year-old girl": a surname after it makes it a person's name
  if (words[index + 1] && !words[index + 1]?.breakBefore && /^\p{Lu}\p{Ll}/u.test(words[index + 1]?.text ?? ''))
    return false;
  const next = words[index + 1];
  if (!next) return true;
  if (speechVerbs.has(next.lower) || voiceVerbs.has(next.lower)) return false;
  const age = next.breakBefore || ageWords.has(next.lower) ? words[index + 2] : undefined;
  if (/^\d{1,2}$/.test(next.text) || (age && /^\d{1,2}$/.test(age.text))) return false;
  for (let after = index + 1; after < words.length; after += 1) {
    const other = (words[after] as { lower: string }).lower;
    if (femalePronouns.has(other) || malePronouns.has(other) || other.endsWith('year-old')) return false;
  }
  return true;
}

/** Whether the word at `index` is a feeling and never a given name ("Panic" in "bad Panic Attacks"): the capitalised word after it is part of its phrase. */
export function feelingOnly(sentence: NoteSentence, index: number): boolean {
  const lower = sentence.words[index]?.lower ?? '';
  return feelings.has(lower) && !givenNames.has(lower);
}
