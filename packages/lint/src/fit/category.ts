/**
 * A legal category the sentence defines (the lead's ruling of the twenty-eighth session on `relevant-child` and like
 * rules): the sentence opens with the category's name and says who is in it ("Relevant Young People are aged 16 or 17
 * and …", "A Relevant care leaver can include those …", "You are an Eligible care leaver if …"). Plain words in its
 * place would make the definition say something false of everyone they name ("Young people who were in care are aged
 * 16 or 17"; 1 right of 4 such fixes on the reading samples, seeds 13-32), so the engine shows them as wording to
 * consider (`retext-case-note.ts`).
 *
 * Only for a rule whose term the sentence names as the category (the lead's ruling of the twenty-ninth session): a
 * term for a group of people, read from the head of the rule's first suggestion ("young person who was in care",
 * "family carer", "relative or friend who is the child's legal carer"). A definition of a service, a right or an order
 * ("Universal services include …", "Delegated authority means …") keeps its fix.
 */
import { wordSet } from '../word-set.ts';
import { headIndex } from './noun-number.ts';

const personHeads = wordSet(
  'person people child children adult adults carer carers guardian guardians friend friends relative relatives parent parents leaver leavers someone anyone worker workers',
);

/** Whether a rule's suggestions name a group of people (their first suggestion's head is a word for people). */
export function namesPeople(suggestions: readonly string[]): boolean {
  const first = suggestions[0];
  if (first === undefined) return false;
  const words = first.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  if (words.length === 0) return false;
  const head = (words[headIndex(words)] as string).split('-').at(-1) as string;
  return personHeads.has(head);
}

// what opens the sentence before the name: a quotation mark, an article or "You are a" at most
const opening = /^\s*['‘“"]?\s*(?:(?:you\s+are\s+)?(?:an?|the)\s+)?['‘“"]?$/i;
// who is in it: "are aged", "is a young person", "are those", "can include", "is defined as", "are entitled to"
const saysWhoIsIn =
  /^['’”"]?\s+(?:(?:is|are)\s+(?:aged\b|under\b|over\b|(?:an?\s+)?(?:child|children|young\s+(?:person|people)|person|people|those|someone|anyone|defined|eligible|entitled)\b)|(?:can|may|will)?\s*includes?\b|means\b)/i;

/** Whether the flagged words text[from, to) name a category the sentence, which opens with them, defines. */
export function definesCategory(text: string, sentenceStart: number, from: number, to: number): boolean {
  const before = text.slice(sentenceStart, from);
  if (!opening.test(before)) return false;
  const after = text.slice(to, to + 80);
  if (/^\s*you\s+are\s+/i.test(before)) return /^['’”"]?\s+(?:if|when|because)\b/i.test(after);
  return saysWhoIsIn.test(after);
}
