import type { NoteSentence } from './read-note.ts';
import { wordSet } from '../word-set.ts';

/**
 * Feelings, states of mind and the abstract nouns a child's own account or a report writes of them, lower case: a
 * pupil who writes "when Panic is around" or "not let Anxiety turn into Panic" gives the feeling a capital, not a
 * person's name. Nouns ending -ness, -tion, -sion, -ity and -ism are the lexicon's already (`isNotName`).
 */
const feelings = /* @__PURE__ */ wordSet(`
  anxiety anxieties panic panics anger fear fears shame guilt grief sorrow worry worries stress distress dread despair
  rage fury terror horror hurt pain misery boredom jealousy envy pride love hate hatred joy hope hopes grace faith trust
  doubt upset embarrassment disgust regret relief calm peace comfort courage confidence trauma
  discipline respect loss bereavement heartbreak heartache anguish agony torment apathy resentment hostility
  aggression temper tantrum tantrums paranoia mania insomnia loneliness angry anxious scared afraid frightened sad
  worried nervous lonely ashamed guilty jealous confused depressed stressed exhausted furious miserable
  hopeless helpless worthless patience mercy honour honor harmony bliss glory
`);

/** Feelings that are also given names ("Hope", "Joy", "Grace"): a person's unless the sentence reads them as the word. */
const givenNames = /* @__PURE__ */ wordSet(
  'hope joy grace faith patience mercy peace love honour honor harmony bliss glory',
);

/** Words after "is" or "was" that read a feeling as the word it is: "Hope is what keeps the family going". */
const abstractAfterBe = /* @__PURE__ */ wordSet('what essential vital important key everything all something');

/** Words straight after a feeling that read it as the word it is: "Hope matters", "Grace under pressure". */
const abstractAfter = /* @__PURE__ */ wordSet('matters under springs remains of');

/**
 * Whether the capitalised word at `index` is a feeling and not a person: "The Panic would sneak up on me", "let Anxiety
 * turn into Panic", "Anger makes him shout". A feeling that is also a given name (Hope, Joy, Grace…) is a person's name
 * ("Hope was happy at school today", "Grace went to the meeting") unless, opening a sentence, the words after it read it
 * as the word ("Hope is what keeps the family going", "Hope matters to every child", "Grace under pressure…"). The
 * host's context wins whatever this says (the child's names are matched on their own).
 */
export function feelingNotName(sentence: NoteSentence, index: number): boolean {
  const word = sentence.words[index];
  if (!word) return false;
  const lower = word.lower.replace(/['’]s$/, '');
  if (!feelings.has(lower)) return false;
  if (!givenNames.has(lower)) return true;
  if (index !== 0 || word.lower !== lower) return false;
  const next = sentence.words[index + 1];
  if (!next || next.breakBefore) return false;
  if (abstractAfter.has(next.lower)) return true;
  return ['is', 'was'].includes(next.lower) && abstractAfterBe.has(sentence.words[index + 2]?.lower ?? '');
}

/** Whether the word at `index` is a feeling and never a given name ("Panic" in "bad Panic Attacks"): the capitalised word after it is part of its phrase. */
export function feelingOnly(sentence: NoteSentence, index: number): boolean {
  const lower = sentence.words[index]?.lower ?? '';
  return feelings.has(lower) && !givenNames.has(lower);
}
