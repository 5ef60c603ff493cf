import type { NoteSentence, NoteWord } from './read-note.ts';
import { secondPerson } from './words.ts';

/**
 * Whether "I", "me" or "my" in place of a professional's words for themself ("The social worker visited" →
 * "I visited") is certain to be the writer. The finding stays either way; its one-click fix is offered only when
 * nothing in the sentence shows the social worker to be someone other than the writer. Each case is a kind a
 * reader found on real text:
 *
 * - the sentence speaks to a reader about the social worker: a leaflet or page to parents or children ("If you
 *   feel unable to let the social worker in", "Ask the social worker to explain the process to you", "The Social
 *   Worker will also talk to other people who know you");
 * - the writer is in the sentence as someone else ("The social worker had tried to break the news to me", "I
 *   kept expecting, as did the social worker", "slating Social Services, the social worker and us");
 * - a question with the social worker after its verb ("Is the social worker qualified" → not "Is I");
 * - a duty set for the role, as procedures write ("the allocated Social Worker should contact", "The social
 *   worker must");
 * - the spelled-out role as a witness in proceedings ("Evidence was heard from the social worker", "the social
 *   worker told the court"), which a report of the case, not the worker's own record, gives.
 *
 * "SW", "this writer", "the writer", "the undersigned", "the author" and "this worker" name the writer by what
 * they are (a worker's own shorthand), and keep their fix unless the sentence speaks to someone or has the
 * writer in it as someone else.
 *
 * @param start index of the first word the fix replaces (a determiner before "SW" goes with it)
 * @param roleEnd index of the role's last word
 * @param end index of the last word the fix replaces (the verb, when "is" becomes "am")
 * @param role the role's own words, lower case ("the social worker", "sw")
 * @param suggestion the fix ("I", "me", "my", "I am")
 */
export function selfReferenceUncertain(
  sentence: NoteSentence,
  start: number,
  roleEnd: number,
  end: number,
  role: string,
  suggestion: string,
): boolean {
  const words = sentence.words;
  for (let index = 0; index < words.length; index += 1) {
    if (index >= start && index <= end) continue;
    const word = words[index] as NoteWord;
    if (word.quoted) continue;
    if (secondPerson.has(word.lower) || writerWords.has(word.lower)) return true;
  }
  const first = words[start] as NoteWord;
  const before = words[start - 1];
  const linkedBefore = before && !first.breakBefore ? before : undefined;
  const after = words[roleEnd + 1];
  const linkedAfter = after && !after.breakBefore ? after : undefined;
  // "Is the social worker qualified": the verb that opens the question is the social worker's
  if (start === 1 && linkedBefore && questionAuxiliaries.has(linkedBefore.lower)) return true;
  // "if the social worker decides" → not "if me decides": a subject the verb list does not know
  // and "He says the social worker inappropriately interferes" → not "says me …"
  if (
    suggestion === 'me' &&
    linkedBefore &&
    (subordinators.has(linkedBefore.lower) || reportingWords.has(linkedBefore.lower))
  )
    return true;
  // "the social worker in question", "allocated to the family", "from Early Help": a pronoun takes no words after it
  if (linkedAfter && postmodifiers.has(linkedAfter.lower)) return true;
  // "Lauren, the social worker at the agency", "Sian, the social worker from Early Help": a name's description
  const gap = before ? sentence.text.slice(before.end - sentence.from, first.start - sentence.from) : '';
  if (before && gap.includes(',') && /^\p{Lu}/u.test(before.text) && start > 1) return true;
  if (!spelledOutRoles.has(role.replace(possessive, ''))) return false;
  // "The social worker will only visit in urgent cases", "should contact", "prepares a report": what the role
  // does, as a procedure says
  const verb = linkedAfter?.lower ?? '';
  if (dutyWords.has(verb) || presentThird(verb)) return true;
  // "The social worker said the mother was bereft": a report of what the worker said, as a court report gives it
  if (reportingWords.has(verb)) return true;
  // "…”, the social worker told me.", "and the social worker asked, “what colour…”": someone else reports their words
  if (sayingWords.has(verb) && (gap.includes(',') || words.some((word) => word.quoted))) return true;
  return words.some((word) => !word.quoted && proceedingsWords.has(word.lower));
}

/** A verb in the present for one person ("prepares", "updates"), not "is", "has" or "was". */
const presentThird = (word: string): boolean => /^[a-z]{3,}[^su']s$/.test(word) && !notVerbs.has(word);
const notVerbs = new Set([
  'this',
  'thus',
  'always',
  'perhaps',
  'towards',
  'afterwards',
  'plus',
  'unless',
  'was',
  'has',
  'does',
]);
const possessive = /['’]s$/;
const subordinators = new Set(['if', 'when', 'unless', 'whether', 'because', 'once', 'until', 'where', 'while']);
const postmodifiers = new Set([
  'in',
  'from',
  'for',
  'of',
  'who',
  'whose',
  'whom',
  'allocated',
  'assigned',
  'appointed',
  'involved',
  'responsible',
  'working',
  'dealing',
  'attached',
  'based',
]);
const sayingWords = new Set(['asked', 'told', 'explained', 'replied']);
const reportingWords = new Set([
  'said',
  'says',
  'stated',
  'states',
  'added',
  'noted',
  'confirmed',
  'claims',
  'claimed',
]);

/** The roles spelled out, which name someone other than the writer in most text that is not the worker's own record. */
const spelledOutRoles = new Set([
  'the social worker',
  'the allocated social worker',
  'this social worker',
  'the worker',
  'the allocated worker',
]);
/** The writer as a person in the sentence: a social worker in the third person beside them is someone else. */
const writerWords = new Set(['i', 'me', 'my', 'myself', 'mine', "i'm", "i've", "i'd", 'we', 'us', 'our', 'ours']);
/** A verb that opens a question ("Is the social worker …?"). */
const questionAuxiliaries = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'does',
  'did',
  'can',
  'will',
  'should',
]);
/** A duty a procedure sets for the role: "the social worker should", "must", "needs to", "is required". */
const dutyWords = new Set(['should', 'must', 'shall', 'ought', 'needs', 'need', 'will', 'may', 'can']);
/** The social worker as a witness in proceedings: a report of the case, not the worker's own record. */
const proceedingsWords = new Set([
  'court',
  'judge',
  'judges',
  'evidence',
  'hearing',
  'proceedings',
  'tribunal',
  'magistrates',
  'cross-examination',
]);
