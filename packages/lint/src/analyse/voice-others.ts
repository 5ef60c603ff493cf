// Words a sentence gives to someone beside the child, read by `readVoice` (voice.ts): a parent who speaks of "her child",
// a verb joined on after what someone reports of the child, a child by role who speaks of the child the host named.
import { unanchoredRoles, type WordRole } from './people.ts';
import type { NoteWord } from './read-note.ts';
import { namesChildAfter, verbAfter } from './voice-clauses.ts';
import { isChildNoun } from './voice-speaker.ts';
import { wordSet } from '../word-set.ts';

/** Nouns for someone's own child or children, after "her" or "his": "her child", "his son". */
const offspring = wordSet('child children son sons daughter daughters kids baby boy girl');

/**
 * Whether the "she" or "he" at `index`, read as the child, speaks of the child as theirs later in the same clause ("In
 * evidence, she maintained that her child was lying", "he said his son had made it up"): the child's parent.
 */
export function speaksOfOwnChild(words: readonly NoteWord[], roles: readonly WordRole[], index: number): boolean {
  const pronoun = words[index]?.lower;
  if (roles[index] !== 'child-pronoun' || (pronoun !== 'she' && pronoun !== 'he')) return false;
  const owner = pronoun === 'she' ? 'her' : 'his';
  for (let next = index + 1; next + 1 < words.length; next += 1) {
    const word = words[next] as NoteWord;
    if (word.breakBefore && !word.quoted && next > index + 1 && word.lower !== 'that') return false;
    if (!word.quoted && word.lower === owner && offspring.has((words[next + 1] as NoteWord).lower)) return true;
  }
  return false;
}

/**
 * Whether the child at `index` is someone's own child inside what that someone reports ("she maintained that her child
 * was lying and told the court…", "he said that his son…"): a verb joined on after it with "and" is the reporter's, not
 * the child's ("The child acknowledged that he had… and wanted to remain" stays the child's).
 */
export function insideReport(words: readonly NoteWord[], index: number): boolean {
  const owner = words[index - 1]?.lower ?? '';
  return (owner === 'her' || owner === 'his') && words[index - 2]?.lower === 'that';
}

/**
 * Whether the writer's own child by role ("My daughter", "our son"), not named by the host, speaks of the child the host
 * named in the same clause ("My daughter has asked me what C will think of her"): a grown child of the writer. Another
 * child by role ("the 13-year-old texted Michael", "The girl told police she explained things to Michael") is a child
 * speaking, and any child's words are the child's voice (the lead's ruling 1, thirty-first session).
 */
export function roleSpeaksOfNamedChild(
  words: NoteWord[],
  roles: WordRole[],
  index: number,
  verbIndex: number,
  namesGiven: boolean,
): boolean {
  if (!namesGiven || roles[index] !== 'child-phrase' || !namesChildAfter(words, roles, verbIndex)) return false;
  for (let before = index - 1; before >= 0 && index - before <= 3; before -= 1)
    if (writersOwn.has((words[before] as NoteWord).lower)) return true;
  return false;
}

/** The writer's own, before a child by role: "my daughter", "our eldest son". */
const writersOwn = wordSet('my our');

/**
 * Whether a "she" or "he" read as the child only because no one the note mentioned before can be meant (a forum post
 * opening "She remembered the girl leaving the school") names a child in the clause of its verb: then it is someone
 * else speaking of the child, as the lead ruled for an unanchored pronoun with no host name (twenty-eighth session).
 */
export function unanchoredSpeaksOfChild(words: NoteWord[], roles: WordRole[], index: number): boolean {
  if (!unanchoredRoles.get(roles)?.has(index)) return false;
  const verb = verbAfter(words, index);
  if (verb === -1) return false;
  for (let next = verb + 1; next < words.length; next += 1) {
    const word = words[next] as NoteWord;
    if (word.quoted) continue;
    // to the end of the clause: a comma or stop ends it, not a "that" opening what was said
    if (word.breakBefore && next > verb + 1 && word.lower !== 'that') return false;
    if (roles[next] === 'child-name' || roles[next] === 'child-phrase' || isChildNoun(words, next)) return true;
  }
  return false;
}
