import type { NoteWord } from '../analyse/read-note.ts';
import { femalePronouns, malePronouns } from '../analyse/words.ts';
import { ownerWordBefore } from './group.ts';
import type { NoteFacts } from './note-facts.ts';

// "her siblings", "his birth mother": a pronoun whose person the mentions followed back
const thirdPersonPossessives = new Set(['her', 'his']);
const possessive = /['’]s$/;
const pronouns = new Set([...femalePronouns, ...malePronouns]);
const carers = /^carers?(?:['’]s)?$/;

/**
 * Whether the flagged words are an adult's own people: the possessive right before them (past "two older", "birth")
 * is an adult's, as the mentions read it: a parent, grandparent, woman or man by word ("the father's siblings",
 * "Mum's birth family"), an age of 18 or over, or "her"/"his" followed back to such a person named in the same
 * sentence ("the children's mother said she was estranged from her mother, and from her siblings"); a carer may be
 * a young carer, so is not one. "My", "our", "their", a name with no
 * adult age and a possessive that may be a child ("her sister's", "Jacob's") are not.
 */
export function ownedByAnAdult(facts: NoteFacts, sentence: number, first: number): boolean {
  const words = (facts.sentences[sentence]?.words ?? []) as NoteWord[];
  const index = ownerWordBefore(words, first);
  if (index === -1) return false;
  const word = words[index] as NoteWord;
  if (!thirdPersonPossessives.has(word.lower) && !possessive.test(word.lower)) return false;
  const mentions = facts.mentions(sentence);
  const person = mentions.find((mention) => mention.at === index)?.person;
  if (!person) return false;
  // an adult by word in this sentence: a pronoun followed back further, or to "carer" (a child may be a young
  // carer: "she was used to playing the role of carer for her siblings"), is not told apart from the child
  if (person.kind === 'adult')
    return mentions.some(
      (mention) =>
        mention.at <= index &&
        mention.person === person &&
        !pronouns.has(words[mention.at]?.lower ?? '') &&
        !carers.test(words[mention.at]?.lower ?? ''),
    );
  if (person.kind === 'aged') return person.age >= 18;
  if (person.kind === 'name') {
    const age = facts.known.ages.get(person.key) ?? facts.statedAges.get(person.key);
    return age !== undefined && age >= 18;
  }
  return false;
}
