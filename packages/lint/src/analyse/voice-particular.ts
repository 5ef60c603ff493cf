import type { SentenceAddress } from './addressee.ts';
import type { WordRole } from './people.ts';
import type { NoteWord } from './read-note.ts';
import { speakerKind } from './voice-speaker.ts';
import { speechVerbs } from './voice-words.ts';
import { wordSet } from '../word-set.ts';

/** A child who complains: the complaint is theirs only when a particular child makes it. */
export const complaintVerbs = wordSet('complained complains complain complaining');

/** Words before a child noun that make it any child, not one: "any child who makes an allegation", "a child may…". */
const indefinites = wordSet('a an any every each no some many most all few');

/** Words that open a relative clause after the child: "a child who has refused…", "children that complained". */
const relatives = wordSet('who that whom');

/**
 * Verbs of reporting whose subject passes on what someone else did: "Staff advised the advocate that Zayne was
 * refusing…", "The school reported that he had refused to attend" (besides the verbs of saying).
 */
const reportVerbs = wordSet(`
  advised advises informed informs notified notifies confirmed confirms indicated indicates noted notes reported reports
  recorded records alerted warned heard learned learnt understood believed believes thought feels felt suggested
  suggests claimed claims alleged alleges mentioned mentions described describes shared
`);

/** Words that, after a comma, open a clause of its own: "…, but she refused". */
const clauseJoins = wordSet('but and so yet');

/** Verbs in the past that tell what one child did: "made", "refused", "complained", "alleged". */
const pastActs = wordSet('made refused complained alleged retracted withdrew');

/**
 * Whether "a" or "an" at `article` opens one child the sentence tells of in the past ("A girl made repeated allegations
 * against her stepfather", "A boy refused to go home"): no modal or "who" between it and the verb ("A child who has
 * refused…", "a child may refuse…" stay any child).
 */
function oneInThePast(list: NoteWord[], article: number, verbIndex: number): boolean {
  const lower = list[article]?.lower ?? '';
  if ((lower !== 'a' && lower !== 'an') || verbIndex === -1 || !pastActs.has(list[verbIndex]?.lower ?? ''))
    return false;
  for (let at = article + 1; at < verbIndex; at += 1)
    if (!/^[a-z-]+$/.test(list[at]?.lower ?? '') || relatives.has(list[at]?.lower ?? '')) return false;
  return verbIndex - article <= 3;
}

/**
 * Whether the refusal, complaint, allegation or change of mind whose subject is at `index` is a particular child's own:
 * not any child ("Any child who makes an allegation must be listened to", "A child who has refused to go home may be
 * frightened", "Children who complained were not believed"), and not what another person reports of the child ("Staff
 * advised the advocate that Zayne was refusing to attend", "The school reported that Zayne had refused"): the reporter's
 * words. The child reporting it is the child's ("Zayne told me that he was refusing to go").
 */
export function particularChildActs(
  list: NoteWord[],
  roles: WordRole[],
  index: number,
  address: SentenceAddress,
  verbIndex = -1,
): boolean {
  for (let back = index - 1; back >= 0 && back >= index - 2; back -= 1) {
    const word = list[back] as NoteWord;
    // "A girl made repeated allegations against her stepfather": "a" before a report of what one child did
    if (indefinites.has(word.lower) && !oneInThePast(list, back, verbIndex)) return false;
    if (word.breakBefore) break;
  }
  const next = list[index + 1];
  if (next && !next.breakBefore && relatives.has(next.lower)) return false;
  for (let report = index - 1; report > 0; report -= 1) {
    const word = list[report] as NoteWord;
    // "I asked her to call her parents…, but she refused to do this": a clause of the child's own after a comma
    if (word.breakBefore && clauseJoins.has(word.lower)) return true;
    if (word.quoted || !(reportVerbs.has(word.lower) || speechVerbs.has(word.lower))) continue;
    // the one who reports: the child's own report is the child's
    for (let subject = 0; subject < report; subject += 1)
      if (speakerKind(list, roles, subject, address) === 'child') return true;
    return false;
  }
  return true;
}
