import type { ChildIdentity } from './names.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';

/** Words that own a son or daughter in a record about a family: "her son", "their adopted daughter". */
const owners = new Set(['her', 'his', 'their']);
/** Words that may stand between the owner and "son" or "daughter" ("her new baby son", "his eldest daughter"). */
const describing = new Set(
  'adopted foster new newborn baby little young teenage only eldest oldest youngest younger older middle'.split(' '),
);
const sonOrDaughter = new Set(['son', 'daughter', 'sons', 'daughters', "son's", "daughter's", "sons'", "daughters'"]);
/** Words of a sentence about what may or should happen in any family: guidance, not a record. */
const modals = new Set(['should', 'must', 'may', 'might', 'can', 'could', "can't", 'cannot']);

/**
 * Whether the sentence speaks of a particular child as a parent's son or daughter, outside quotation marks: "the mother
 * … cannot offer her son the care that he needs", "Mr X's daughter told him…", "Mum was struggling to explain this to
 * her son". The words' roles leave "her son" to the parent (people.ts, child-roles.ts: a parent often reports their
 * child's words, and the child's voice must not take them), so only the sentence kind reads it: about a particular
 * child (the child or a sibling), never offered as a rewrite. Not in the child's own writing ("his son" is someone
 * else's child there), nor in guidance about any family ("A mother may want her son to…" with no child known).
 */
export function aboutParentsChild(sentence: NoteSentence, child: ChildIdentity): boolean {
  if (child.evidence === 'writer') return false;
  const words = sentence.words;
  const childKnown = child.names.size > 0 || child.evidence === 'context';
  let found = false;
  for (let index = 0; index < words.length && !found; index += 1) {
    const word = words[index] as NoteWord;
    if (word.quoted || !(owners.has(word.lower) || /\p{L}'s$/u.test(word.lower))) continue;
    let at = index + 1;
    while (at - index <= 2 && describing.has(words[at]?.lower ?? '') && !words[at]?.breakBefore) at += 1;
    const noun = words[at];
    found = noun !== undefined && !noun.quoted && !noun.breakBefore && sonOrDaughter.has(noun.lower);
  }
  if (!found || childKnown) return found;
  return !words.some((word) => !word.quoted && modals.has(word.lower));
}
