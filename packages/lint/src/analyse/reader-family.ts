import type { NoteAddress } from './addressee.ts';
import type { NoteSentence } from './read-note.ts';

// Whether the adult a note speaks to is the child's family: a parent, carer or relative reading a letter, a plan or a
// page written to them ("If you would like to request a Personal Budget for your child"), not a professional reading
// guidance ("your caseload", "as a practitioner you"). The rule condition `reader: family` holds in those sentences and
// in every sentence written to the child: service words are jargon to both readers and plain to professionals.

/** Signs in a sentence said to an adult that the adult is the child's parent, carer or relative. */
const familySign =
  /\byour (?:(?:disabled|own|foster|adopted|birth|eldest|oldest|youngest|younger|older|little|baby) )?(?:child|child's|children|children's|son|son's|sons|daughter|daughter's|daughters|baby|baby's|kids?|family|family's|grandchild|grandchildren|niece|nephew)(?!\w)|\bas (?:a |the )?(?:parents?|(?:parent |kinship |foster )?carers?|special guardians?|grandparents?|relatives?)(?!\w)(?!\s+(?:of|to|for)(?!\w))/i;
/** Signs that the adult is a professional at work: their caseload, colleagues, clients or role. */
const professionalSign =
  /\byour (?:caseload|team|colleagues?|clients?|practice|organisation|agency|service|staff|pupils?|students?|setting|role|manager|supervisor|line manager|assessment of)(?!\w)|\bas (?:a |an |the )?(?:practitioners?|professionals?|social workers?|workers?|teachers?|designated|lead professional|manager|assessor|chair)(?!\w)/i;

/**
 * A first-person letter to an official: a parent or young person writing to the council, a tribunal or an MP asks
 * "you" to amend the plan "you" issued, says what "you have not included", or writes to appeal or complain ("I am
 * concerned that you have not included ALL provisions…", "I would like you to review and amend the document"). Its
 * reader is the professional who writes the plan or makes the decision; a letter from the council to a parent never
 * asks the parent to amend a plan or says what the parent left out of one.
 */
const officialReader =
  /\bI (?:would like|want|am asking|ask|request)(?: that)? you(?: to)? (?:(?:review|look at) and )?(?:amend|re-?issue|correct)\b|\byou (?:have|had) (?:not|failed to) (?:include|included|specify|specified|quantify|quantified|detail|detailed)\b|\b(?:plan|EHCP|EHC plan|draft|decision) (?:that )?you (?:have )?(?:issued|sent me|sent us|drafted|made)\b|\bI (?:am writing|write|wish|want) to (?:appeal|complain|make a (?:formal )?complaint|request (?:an?|that you (?:carry out|conduct|undertake)) (?:\w+ ){0,2}assessment)\b/i;

/** Whether a sentence is a first-person letter's words to an official (above): written to a professional. */
export const writtenToOfficial = (text: string): boolean => officialReader.test(text);

/**
 * For each sentence, whether it is written to the child's family: said to an adult ("other") in a note whose sentences
 * to adults show a parent or carer ("your child", "as a parent") and none a professional ("your caseload"), or a
 * sentence that says "you" to nobody in a note written to such an adult.
 */
export function familyReaders(sentences: NoteSentence[], address: NoteAddress): (sentence: number) => boolean {
  let family = false;
  for (let index = 0; index < sentences.length; index += 1) {
    if (address.sentences[index]?.addressee !== 'other') continue;
    const sentence = sentences[index] as NoteSentence;
    if (professionalSign.test(sentence.text)) return () => false;
    if (familySign.test(sentence.text)) family = true;
  }
  if (!family) return () => false;
  return (index) => {
    const addressee = address.sentences[index]?.addressee;
    return addressee === 'other' || (addressee === 'none' && address.note === 'other');
  };
}
