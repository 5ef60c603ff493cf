/**
 * What a whole note says about its abbreviations: where each is spelled out, and which are a person's
 * initials. Read once per note, and only for the abbreviations the note holds.
 */
import { determiners, personNouns, personTitles, personVerbs } from './abbreviation-words.ts';

/** Small words a spelled-out name may hold that its initials skip ("Child and Adolescent…"). */
const smallWords = ['of', 'and', 'for', 'the', 'in', 'on', 'to', 'with', 'at'];
const joinWords = `(?:${smallWords.join('|')}|&)`;

/**
 * The first offset at which each abbreviation is explained: "Independent Reviewing Officer (IRO)",
 * "IRO (Independent Reviewing Officer)", "IRO stands for…", or its words written out with capitals
 * ("the Independent Reviewing Officer … the IRO").
 */
export function readDefinitions(text: string, keys: ReadonlySet<string>): Map<string, number> {
  const defined = new Map<string, number>();
  const note = (key: string, at: number): void => {
    if (keys.has(key) && (defined.get(key) ?? Infinity) > at) defined.set(key, at);
  };
  // "… words (IRO)" or "(IROs)": the letters in brackets after words
  for (const match of text.matchAll(/[A-Za-z][\w'’-]*[\s,]*[([]\s*([A-Z][A-Z0-9]{1,6})s?\s*[)\]]/g))
    note(match[1] as string, match.index);
  // "IRO (Independent Reviewing Officer)": words in brackets starting with the abbreviation's first letter
  for (const match of text.matchAll(/\b([A-Z][A-Z0-9]{1,6})s?\s*\(\s*([A-Za-z][^()]{3,80})\)/g)) {
    const [, key, words] = match as unknown as [string, string, string];
    if (words.trim().split(/\s+/).length >= 2 && words[0]?.toUpperCase() === key[0]) note(key, match.index);
  }
  // "IRO stands for", "IRO is short for", "IRO means"
  for (const match of text.matchAll(/\b([A-Z][A-Z0-9]{1,6})s?\s+(?:stands for|is short for|means)\b/g))
    note(match[1] as string, match.index);
  // the words written out, each starting with the letter in turn
  for (const key of keys) {
    if (defined.has(key) || !/^[A-Z]{2,6}$/.test(key)) continue;
    // each letter starts a capitalised word, or a small word that some initials keep ("Head of Service" → HOS)
    const words = [...key]
      .map((letter) => {
        const small = smallWords.filter((word) => word[0] === letter.toLowerCase());
        return `(?:${letter}[a-z'’]+${small.map((word) => `|${word}`).join('')})`;
      })
      .join(`(?:[\\s-]+${joinWords})*[\\s-]+`);
    const spelled = new RegExp(`\\b${words}\\b`).exec(text);
    if (spelled) note(key, spelled.index);
  }
  return defined;
}

/** The word before `index` in `text` (lower case), or "" at the start. */
function wordBefore(text: string, index: number): string {
  const match = /([A-Za-z]+)[^A-Za-z]{0,3}$/.exec(text.slice(Math.max(0, index - 30), index));
  return match ? (match[1] as string).toLowerCase() : '';
}

/**
 * The abbreviations the note uses as a person's initials or cipher anywhere: after a title ("Mr K",
 * "Child AB", "Re ABC"), beside a word for a person ("the mother, CD,"), with an age ("AB (7)", "AB,
 * aged 7"), as a name given ("referred to as AB"), or, for two or three letters, as someone's ("AB's
 * mother") or saying or feeling something ("CD said") with no "the" before it.
 */
export function readPeople(text: string, keys: ReadonlySet<string>, names: ReadonlySet<string>): Set<string> {
  const people = new Set<string>();
  for (const key of keys) {
    if (names.has(key.toLowerCase())) {
      people.add(key);
      continue;
    }
    const short = key.length <= 3;
    for (const match of text.matchAll(new RegExp(`\\b${key}(?:['’]s)?\\b`, 'g'))) {
      const at = match.index;
      const before = text.slice(Math.max(0, at - 40), at);
      const after = text.slice(at + match[0].length, at + match[0].length + 30);
      const previous = wordBefore(text, at);
      const bare = !determiners.has(previous);
      if (
        (personTitles.has(previous) && /[A-Za-z]\.?\s+$/.test(before)) ||
        (personNouns.has(previous) && /[A-Za-z],?\s+$/.test(before)) ||
        /(?:known as|referred to as|called|named|anonymised as)\s+['‘"“]?$/i.test(before) ||
        /^\s*\(\s*(?:aged?\s*)?\d{1,2}\s*(?:years?|yrs?|months?)?\s*\)/i.test(after) ||
        /^,?\s+(?:aged?|born)\s+(?:on\s+)?(?:the\s+)?\d/i.test(after) ||
        /^,?\s+(?:who|whose)\b|^,\s*\d{1,2}\s*,|^\s+(?:is|was)\s+(?:born|(?:now\s+)?(?:aged\s+)?\d{1,2}\b)/i.test(
          after,
        ) ||
        /^\s+and\s+(?:his|her)\s+(?:mother|father|mum|dad|brother|sister|siblings?|partner|children)\b/i.test(after) ||
        (short && bare && /['’]s$/.test(match[0])) ||
        (short && bare && personVerbs.has((/^\s+([a-z]+)/.exec(after)?.[1] ?? '') as string))
      ) {
        people.add(key);
        break;
      }
    }
  }
  return people;
}
