import type { NoteSentence } from './read-note.ts';

/**
 * A child's label of two or three words in a transcript: "Child 1:", "Child A:", "Child-B2:", "Young person:",
 * "Young person 2:" (a number or a letter cipher after the noun names one child among several).
 */
const childLabel =
  /^(?:Young [Pp](?:erson|eople)|Child|Pupil|Student|Boy|Girl|YP)(?:[ -]?(?:\d{1,2}|\p{Lu}\d{0,2}))?:\s/u;

/**
 * The index of the child noun of a speaker's label of a child in a transcript ("Child 1: …" 0, "Young person: …" 1),
 * or -1 when the sentence does not open with one or nothing follows it.
 */
export function labelHead(sentence: NoteSentence): number {
  const match = childLabel.exec(sentence.text);
  if (!match || sentence.words[0]?.quoted) return -1;
  const colon = sentence.from + match[0].lastIndexOf(':');
  if (!sentence.words.some((word) => word.start > colon)) return -1;
  return sentence.words[0]?.lower === 'young' ? 1 : 0;
}
