// A child's evidence told as an act: "She gave evidence from a secure room", "The girl, who is attending primary school,
// gave evidence by video-link", "Footage of the girl … was played to jurors", "The jury heard the girl's interview", "A
// video taped interview the girl made with police was played to the jury". The child is the one giving the account: the
// blind labels read such a sentence as the child's voice (64a–68a; the lead's answer to voice40: a child's evidence or
// claim named as an act is the child's). Read only where no subject of the sentence was read as speaking, so a judge's or
// a witness's report of the evidence ("The judge explained that her evidence would be given by video link") stays theirs.
import type { SentenceAddress } from './addressee.ts';
import type { WordRole } from './people.ts';
import type { NoteWord } from './read-note.ts';
import { speakerKind, type VoiceReading } from './voice-speaker.ts';
import { wordSet } from '../word-set.ts';

/** Verbs whose object is evidence the subject gives: "gave evidence", "was giving evidence". */
const giveVerbs = wordSet('gave give gives giving');

/** The records of a child's account that a court or a meeting is given. */
const evidenceNouns = wordSet('evidence interview interviews statement testimony footage account');

/** Verbs by which a record of the child's account is put before others: "was played to the jury", "heard". */
const presented = wordSet('played shown heard watched viewed screened');

/** How near the record its verb of presenting stands: "interviews of the seven-year-old girl … were played". */
const presentedReach = 6;

/** Words that may stand between a record and the child it is of: "interviews of the seven-year-old girl". */
const ofWith = new Map<string, readonly string[]>([
  ['interview', ['of', 'with', 'by']],
  ['interviews', ['of', 'with', 'by']],
  ['footage', ['of']],
  ['statement', ['from', 'by']],
  ['evidence', ['from', 'by']],
  ['testimony', ['from', 'by']],
  ['account', ['from', 'by']],
]);
/** A record the child made, named before them: "an interview the girl made with police". */
const madeGave = wordSet('made gave');
const fillers = wordSet('the a an young little');
const filler = (lower: string) => fillers.has(lower) || lower.endsWith('-year-old');

/** How far back from "gave evidence" the child may stand ("The girl, who is attending primary school, gave…"). */
const subjectReach = 8;

/** The child who gives evidence at `give` ("gave evidence"), looking back past an aside; -1 when no child, or another. */
function childGiving(words: NoteWord[], roles: WordRole[], give: number, address: SentenceAddress): number {
  for (let back = give - 1; back >= 0 && give - back <= subjectReach; back -= 1) {
    const word = words[back] as NoteWord;
    if (word.quoted) return -1;
    // ("the girl's father gave evidence": a child's possessive names whose father gives it)
    if (/'s$|s'$/.test(word.lower)) return -1;
    const kind = speakerKind(words, roles, back, address);
    if (kind === 'child') return othersBefore(words, roles, back, address) ? -1 : back;
    if (kind === 'other') return -1;
  }
  return -1;
}

/** Whether someone else stands before the child ("the judge praised him for the way he gave evidence"): theirs. */
function othersBefore(words: NoteWord[], roles: WordRole[], child: number, address: SentenceAddress): boolean {
  for (let at = 0; at < child; at += 1) if (speakerKind(words, roles, at, address) === 'other') return true;
  return false;
}

/** The child a record at `noun` is of or with ("interviews with the child", "the girl's interview"), or -1. */
function recordOfChild(words: NoteWord[], roles: WordRole[], noun: number, address: SentenceAddress): number {
  const before = noun - 1;
  const owner = words[before];
  // "the girl's interview": a child's possessive
  if (owner && !owner.quoted && /'s$|s'$/.test(owner.lower))
    return speakerKind(words, roles, before, address) === 'child' ? before : -1;
  // "interviews of the seven-year-old girl", "footage … with the child", "evidence from the boy", "an interview the girl
  // made" ("evidence of the boy being hit", "an account of the girl's injuries": what the record is about, not whose)
  let at = noun + 1;
  const preposition = words[at]?.lower ?? '';
  const bare = !(ofWith.get(words[noun]?.lower ?? '') ?? []).includes(preposition);
  if (!bare) at += 1;
  while (at < words.length && filler((words[at] as NoteWord).lower)) at += 1;
  const child = words[at];
  // ("the statement of the child's mother": the record of someone the child's word only names)
  if (!child || child.quoted || child.breakBefore || /'s$|s'$/.test(child.lower)) return -1;
  if (bare && !madeGave.has(words[at + 1]?.lower ?? '')) return -1;
  return speakerKind(words, roles, at, address) === 'child' ? at : -1;
}

/** Whether the record at `noun` is itself put before others: "Two interviews with the child were played" (not "In an
 * interview with the girl, the officer showed her photographs"). */
function presentedNear(words: NoteWord[], noun: number): boolean {
  for (let at = Math.max(0, noun - presentedReach); at <= noun + presentedReach && at < words.length; at += 1)
    if (!(words[at] as NoteWord).quoted && presented.has((words[at] as NoteWord).lower)) return true;
  return false;
}

/** The child's evidence told as an act, read as the child's voice; null when the sentence tells none. */
export function evidenceTold(words: NoteWord[], roles: WordRole[], address: SentenceAddress): VoiceReading | null {
  for (let index = 0; index < words.length - 1; index += 1) {
    const word = words[index] as NoteWord;
    if (word.quoted) continue;
    if (giveVerbs.has(word.lower) && words[index + 1]?.lower === 'evidence') {
      const child = childGiving(words, roles, index, address);
      if (child !== -1) return { voice: 'child', speaker: (words[child] as NoteWord).text };
    }
    if (evidenceNouns.has(word.lower) && presentedNear(words, index)) {
      const child = recordOfChild(words, roles, index, address);
      if (child !== -1) return { voice: 'child', speaker: (words[child] as NoteWord).text };
    }
  }
  return null;
}
