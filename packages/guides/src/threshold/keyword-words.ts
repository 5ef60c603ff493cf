import { findWords, hyphenParts } from '@casenote/rules';

/** A word of a note or keyword, with its offsets and the forms it is compared by. */
export interface KeywordWord {
  from: number;
  to: number;
  /** Lower-cased, with straight apostrophes. */
  lower: string;
  /** `true` for a word of two or more letters written in capitals (an acronym such as `GP`). */
  capitals: boolean;
  /** The crude stem used for matching (see `stemWord`). */
  stem: string;
}

/**
 * A crude stem so that simple endings match: `homes`/`home`, `bruising`/`bruised`/`bruises`/`bruise`,
 * `missed`/`missing`/`misses`/`miss`, `families`/`family`, `stopped`/`stop`. Applied to both the note
 * and the keyword, so it only has to be consistent, not correct English.
 */
export function stemWord(lower: string): string {
  let word = lower.replace(/'s?$/, '');
  // plural or third person: -ies, -(s|x|z|ch|sh)es, -s
  if (word.length >= 5 && word.endsWith('ies')) word = `${word.slice(0, -3)}y`;
  else if (word.length >= 5 && /(s|x|z|ch|sh)es$/.test(word)) word = word.slice(0, -2);
  else if (word.length >= 4 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) word = word.slice(0, -1);
  // past and -ing
  let suffixed = false;
  if (word.length >= 5 && word.endsWith('ied')) word = `${word.slice(0, -3)}y`;
  else if (word.length >= 6 && word.endsWith('ing')) {
    word = word.slice(0, -3);
    suffixed = true;
  } else if (word.length >= 5 && word.endsWith('ed')) {
    word = word.slice(0, -2);
    suffixed = true;
  }
  // stopped → stop, running → run (but missed → miss, called → call)
  if (suffixed && /([^aeiouylsz])\1$/.test(word)) word = word.slice(0, -1);
  // abuse/abused/abusing → abus
  if (word.length >= 3 && word.endsWith('e') && !word.endsWith('ee')) word = word.slice(0, -1);
  return word;
}

/**
 * The words of a text with offsets and stems, by the one definition of a word every package shares
 * (`findWords`); hyphenated words are split into their parts, so hyphens and spaces both separate words.
 */
export function keywordWords(text: string): KeywordWord[] {
  return findWords(text)
    .flatMap(hyphenParts)
    .map((word): KeywordWord => {
      const lower = word.text.replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
      return {
        from: word.start,
        to: word.end,
        lower,
        capitals: /^\p{Lu}{2,}\p{Ll}?$/u.test(word.text.replace(/['\u2018\u2019\u02bc].*$/, '')),
        stem: stemWord(lower),
      };
    });
}
