import type { NoteSentence, NoteWord } from './read-note.ts';
import { speechVerbs } from './voice-words.ts';

/** Nouns for children that, after "our", make the speaker one who has them in their care ("our children"). */
const cared = new Set(['children', 'kids', 'young', 'boys', 'girls', 'foster']);
/** Nouns for a child that, after "my", make the speaker a parent ("my son"). */
const offspring = new Set(['son', 'sons', 'daughter', 'daughters', 'children', 'kids', 'child']);

/** Whether quoted words speak of children as the speaker's own: "when we take our children aside", "my son". */
function speaksAsParent(words: NoteWord[]): boolean {
  // a loop, not \`some\` with a callback: it runs for every sentence with a quotation
  for (let index = 0; index + 1 < words.length; index += 1) {
    const word = words[index] as NoteWord;
    const next = words[index + 1] as NoteWord;
    if (!word.quoted || !next.quoted) continue;
    if (word.lower === 'our' ? cared.has(next.lower) : word.lower === 'my' && offspring.has(next.lower)) return true;
  }
  return false;
}

/** Whether a word outside quotation marks may be a person's name: capitalised, lower case after the first letter. */
const nameLike = (word: NoteWord | undefined): word is NoteWord =>
  !!word && !word.quoted && /^\p{Lu}\p{Ll}+$/u.test(word.text);

/**
 * People whose own quoted words speak of children as theirs ("“When we take our children aside…,” Pelham said",
 * "Smith said: “My son was…”"): a parent, carer or provider, never the child, so the note's child is not looked for
 * among them. Only the speaker the sentence names beside its verb of saying, before or after it, counts. Returns the
 * names as written.
 */
export function adultSpeakers(sentences: readonly NoteSentence[]): string[] {
  const speakers: string[] = [];
  for (let at = 0; at < sentences.length; at += 1) {
    const sentence = sentences[at] as NoteSentence;
    if (!sentence.hasQuote || !speaksAsParent(sentence.words)) continue;
    const words = sentence.words;
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index] as NoteWord;
      if (word.quoted || !speechVerbs.has(word.lower)) continue;
      // "…,” Pelham said" / "Pelham said: “…”" / "…,” said Pelham"
      const before = words[index - 1];
      const after = words[index + 1];
      if (nameLike(before)) speakers.push(before.text);
      else if (nameLike(after) && !after.breakBefore) speakers.push(after.text);
    }
  }
  return speakers;
}
