// Adults named by what they do ("the class teacher", "the mother's barrister", "the former principal"): never the child,
// whether they speak ("The former principal said she agreed the girl was…") or open the sentence before a "she" or "he"
// who speaks ("This morning the class teacher rushed up to me… She said that my daughter was…"). Read by `speakerKind`
// (voice-speaker.ts) and `resolveRoles` (people.ts).
import type { NoteWord } from './read-note.ts';
import { wordSet } from '../word-set.ts';

/** Nouns for one adult by their work or part in a case; a child is never called these. */
export const adultRoleNouns = wordSet(`
  teacher tutor headteacher headmaster headmistress principal barrister solicitor counsel lawyer attorney judge magistrate
  prosecutor detective constable policeman policewoman nurse doctor paediatrician psychologist psychiatrist therapist
  counsellor counselor caseworker receptionist midwife clinician assessor interpreter supervisor inspector
`);

/** Words before a noun that make it the object of a preposition, not a subject: "spoke to her teacher". */
const prepositions = wordSet('to with from by for at about of than towards');

/** The noun without a possessive ending: "teacher's" -> "teacher". */
const bare = (lower: string): string => lower.replace(/'s$|s'$/, '');

/**
 * Whether the word at `index` is an adult named by their role who may speak ("the teacher", "the mother's barrister"),
 * not one spoken to or of ("looked at the judge and said…": the one who looked said it).
 */
export function isAdultRole(words: readonly NoteWord[], index: number): boolean {
  const word = words[index];
  if (!word || word.quoted || !adultRoleNouns.has(bare(word.lower))) return false;
  return !prepositions.has(words[index - 1]?.lower ?? '') && !prepositions.has(words[index - 2]?.lower ?? '');
}

/**
 * Whether the pronoun at `index` opens what the speaker whose verb is at `verbAt` reports ("The former principal said
 * she agreed…", "…said that he had…"): most often the speaker speaking of themselves.
 */
export function reportsSelf(words: readonly NoteWord[], verbAt: number, index: number): boolean {
  return index === verbAt + 1 || (index === verbAt + 2 && words[verbAt + 1]?.lower === 'that');
}

/**
 * The index of an adult by role whom a sentence is first about, before anyone else it names (`firstAt`, -1 for no one):
 * "The class teacher rushed up to me", "My daughter's teacher went on a rant" (the child owning the teacher only names
 * whose teacher), "In response the solicitor for the agency said…". Not one after a preposition ("Jade spoke to her
 * teacher"), nor one who owns something ("the teacher's report"). -1 when there is none.
 */
export function adultTopicAt(words: readonly NoteWord[], roles: readonly string[], firstAt: number): number {
  const end = firstAt === -1 ? words.length : firstAt;
  for (let index = 0; index < end; index += 1) {
    const word = words[index] as NoteWord;
    // ("spoke to her teacher", "a letter from the headteacher": an object, not the one the sentence is about)
    if (word.quoted || !adultRoleNouns.has(word.lower) || !isAdultRole(words, index)) continue;
    // ("Jade's teacher, Mr Cole, rang me": the name after the role says who, and whether a woman or a man)
    if (roles[index + 1] === 'other-person' || roles[index + 2] === 'other-person') return -1;
    return index;
  }
  return -1;
}
