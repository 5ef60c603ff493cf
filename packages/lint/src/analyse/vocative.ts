import { isNotName, organisationHeads, salutations } from './lexicon.ts';
import { lowerWords } from './lower-words.ts';
import { gapAfter, inPlaceholder, titles } from './names.ts';
import type { NoteSentence } from './read-note.ts';
import { secondPerson } from './words.ts';

// word lists read in loops, made once (an array written in a loop is a new array each time it runs)
const notAName = ['who', 'whose', 'which', 'aged', 'age', 'now'];
/** Words that may follow a vocative's comma: "Kai, thanks…", "Jade, I visited…", "Amara, well done". */
const vocativeOpeners = /* @__PURE__ */ new Set(
  /* @__PURE__ */ "i we thank thanks please well it this i'm i've hope remember today here".split(' '),
);

/**
 * The person a sentence opens by speaking to: "Jade, I visited you…", "Dear Jade", "Hi Kai". Returns
 * the index of the name, or -1. A list ("Jade, Sam and Mum went…") is not a vocative.
 */
export function vocativeAt(sentence: NoteSentence): number {
  const words = sentence.words;
  const first = words[0];
  if (!first) return -1;
  const start = salutations.has(first.lower) && words.length > 1 ? 1 : 0;
  const name = words[start];
  if (!name || name.quoted || !/^\p{Lu}\p{Ll}/u.test(name.text) || name.text.endsWith("'s")) return -1;
  if (inPlaceholder(sentence, name)) return -1;
  if (isNotName(name.lower) && !(start === 1 && !titles.has(name.lower))) return -1;
  // "Dear Oak Class,", "Hello Robin Group,": a greeting to a class or a team, not to a person called Oak
  const after = words[start + 1];
  if (start === 1 && after && /^\p{Lu}/u.test(after.text) && organisationHeads.has(after.lower)) return -1;
  if (start === 1) return first.lower === 'to' && !/[,:]/.test(gapAfter(sentence, 1)) ? -1 : 1;
  const gap = gapAfter(sentence, 0);
  // "Jade, I visited…", "Kai!" (a word alone and closed by a full stop, "Wow.", is not said to anyone)
  if (!/^\s*[,!]/.test(gap) && (words.length > 1 || /^\s*[.?]/.test(gap))) return -1;
  // "Jade, I visited you", "Kai, thanks for…": a vocative is followed by words to the person
  // ("Providers, who have…" and "Consequently, too many…" are not)
  const rest = lowerWords(words, 1, 3);
  const spoken = words.some((word) => !word.quoted && secondPerson.has(word.lower));
  if (words.length > 1 && !spoken && !rest.some((word) => vocativeOpeners.has(word))) return -1;
  // "Marcus, who is 26, …" describes Marcus
  if (notAName.includes(rest[0] ?? '')) return -1;
  const next = words[1];
  if (
    next &&
    (next.lower === 'and' || (/^\p{Lu}\p{Ll}/u.test(next.text) && next.lower !== 'i' && words[2]?.lower === 'and'))
  )
    return -1;
  return 0;
}
