/**
 * Whose placement it is (fixes37; the lead's ruling, thirty-first session): `placement`'s fixes make a child's
 * placement their home ("moving to a new placement" → "a new home"), which is right only where the placement is a
 * child's place to live. The rule's exceptions leave "school/work/student placement" alone; these are the sentences
 * where the word stands bare but the sentence shows the placement is someone else's, so no home or family is offered
 * (the finding and its card stay):
 *
 * - a student's or trainee's: "the practice teacher", "the first 12 placement days", "Placement 3 students";
 * - a worker's: their shift, a ward, a bank holiday they are expected to work ("If you are allocated a placement
 *   which works on a bank holiday then you are expected to work that day", "in a community based placement your
 *   shift will … start with handover");
 * - a school's, for a child with special educational needs: the sentence names an EHC plan, SEND or a SENCO
 *   ("Section I (placement) of her EHCP", "the support they will require in their next placement");
 * - an adult patient's: "discharged back to the care of the GP … the social care placement".
 *
 * The whole sentence is read (remembered.ts keys fits by the sentence and the text around it).
 */
import type { Token } from '@casenote/rules';
import type { FitContext } from './slot.ts';

const studentWords =
  /\b(?:practice\s+(?:teachers?|educators?|learning|assessors?)|placement\s+days|students?|trainees?|tutors?|mentors?)\b/i;
const workerWords =
  /\b(?:(?:your|their|his|her|my|the)\s+shifts?|shift\s+(?:times|patterns?)|on\s+a\s+ward|bank\s+holidays?|expected\s+to\s+work|rota)\b/i;
const schoolWords = /\b(?:EHCPs?|EHC\s+plans?|SEND|SENCOs?|SENDIASS|special\s+schools?)\b/;
const adultPatientWords = /\bdischarged\b[^.]*\b(?:GP|hospital|ward)\b|\b(?:GP|hospital)\b[^.]*\bdischarged\b/i;

/** Whether the sentence around a flagged "placement" shows it is a student's, worker's, school's or patient's. */
export function placementNotAChilds(context: FitContext): boolean {
  const { text, tokens } = context;
  const sentence = text.slice((tokens[0] as Token).start, (tokens.at(-1) as Token).end);
  return (
    studentWords.test(sentence) ||
    workerWords.test(sentence) ||
    schoolWords.test(sentence) ||
    adultPatientWords.test(sentence)
  );
}
