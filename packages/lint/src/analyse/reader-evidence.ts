import { salutations } from './lexicon.ts';
import { lowerWords } from './lower-words.ts';
import { type ChildIdentity, gapAfter, isChildName } from './names.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';

// Evidence, in a sentence that says "you", that the reader is not the child the note is about: the
// writer speaks of that child in the third person, or introduces themself as the child.

/** Words before a name with which a writer introduces themself: "This is C", "My name is Amy", "I'm Tara". */
const selfIntroductions = new Set(['this is', "it's", 'it is', 'name is', 'i am', "i'm"]);

/**
 * Whether the writer names the child in the third person in a sentence that says "you" ("I want you to
 * know that I love Keisha", "it is appropriate for B that you work with the school"): the reader is
 * someone else. A greeting ("Dear Keisha,"), a name that opens or closes the sentence as a vocative
 * ("…, Keisha.") and a speaker's label do not count.
 */
export function namesChildBesideYou(
  sentence: NoteSentence,
  vocative: number,
  child: ChildIdentity,
  dialogue: boolean,
): boolean {
  const words = sentence.words;
  // a name the engine is unsure of ("an Independent Children's Lawyer") is no one's
  if (child.displayName === null || dialogue) return false;
  // "Hello N This is C, I have asked to email you": the writer introduces themself as the child
  const introduces = words.some(
    (word, index) =>
      isChildName(word, child) &&
      (selfIntroductions.has(words[index - 1]?.lower ?? '') ||
        selfIntroductions.has(lowerWords(words, index - 2, index).join(' '))),
  );
  if (introduces) return true;
  // in "Dear (13 year old Seth,) Today…" the words up to the greeting's comma are the greeting's
  let first = 1;
  if (salutations.has(words[0]?.lower ?? '')) {
    first = words.findIndex((_, index) => index > 0 && /[,:)]/.test(gapAfter(sentence, index - 1)));
    if (first === -1) return false;
  }
  for (let index = first; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    if (index === vocative || !isChildName(word, child)) continue;
    // "My Dearest Joey, I have…": a name early in the sentence before a comma is a greeting
    if (index <= 2 && /^\s*,/.test(gapAfter(sentence, index))) continue;
    const last = index === words.length - 1 || /^\s*[.!?]/.test(gapAfter(sentence, index));
    // "I am so proud of you, Sam." closes with a vocative
    if (last && /,\s*$/.test(gapAfter(sentence, index - 1))) continue;
    return true;
  }
  return false;
}
