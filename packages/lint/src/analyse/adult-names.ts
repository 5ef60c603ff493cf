/**
 * Signs in a sentence that a named person is an adult, not the child a note is about, for the name guess made when the
 * host names no child (identify-child.ts): a court or professional role before the name ("defence lawyer Matthew
 * Anderson"), a person charged or denying charges ("Smith denies nine charges"), and a speaker whose words are about the
 * child or children as other people ("Cloete said the children might be disappointed", "Mallory asked what the boy was
 * thinking"). Reports of court cases name adults by surname alone; a surname is not a child's name in them.
 */
import type { NoteWord } from './read-note.ts';
import { stripPossessive } from './names.ts';

/** Court and professional roles before a name: "defence lawyer Matthew Anderson", "prosecutor Jason Howells". */
export const courtRoles = /* @__PURE__ */ new Set(
  'lawyer lawyers barrister solicitor prosecutor prosecuting counsel coroner magistrate detective constable sergeant interviewer psychologist psychiatrist paediatrician pediatrician doctor defendant accused'.split(
    ' ',
  ),
);

/** Verbs after a name that say the person is on trial: "Smith denies nine charges", "Moore pleaded guilty". */
const trialVerbs = new Set('denies denied deny admits admitted admit pleaded pleads'.split(' '));
const trialObjects = new Set('charge charges offence offences count counts guilty allegation allegations'.split(' '));
const trialPassives = new Set('charged accused convicted jailed sentenced remanded acquitted'.split(' '));

/** Whether the person named at `index` is on trial: "Smith denies nine charges", "Young is charged with". */
export function onTrial(words: readonly NoteWord[], index: number): boolean {
  let at = index + 1;
  // a surname after the first name ("Paul Moore denies")
  if (words[at] && !words[at]?.breakBefore && /^\p{Lu}\p{Ll}/u.test(words[at]?.text ?? '')) at += 1;
  const verb = words[at];
  if (!verb || verb.breakBefore || verb.quoted) return false;
  if (trialVerbs.has(verb.lower))
    return words.slice(at + 1, at + 5).some((word) => !word.quoted && trialObjects.has(word.lower));
  if (verb.lower === 'is' || verb.lower === 'was' || verb.lower === 'has' || verb.lower === 'had') {
    const next = words[at + 1]?.lower === 'been' ? words[at + 2] : words[at + 1];
    return next !== undefined && !next.breakBefore && trialPassives.has(next.lower);
  }
  return false;
}

/** Verbs of saying or asking after which words about "the children" are about other people than the speaker. */
const sayingVerbs = new Set(
  'said says told asked asks suggested suggests added adds explained explains stated states argued argues noted'.split(
    ' ',
  ),
);
const clauseOpeners = new Set('that what whether if how why'.split(' '));
/** Words for the child as someone spoken of: "the children", "the boy". */
const childSpokenOf = new Set(
  'child children boy girl boys girls youngster youngsters twins kids teenager teen youth'.split(' '),
);

/**
 * Whether the person named at `index` speaks of the child as someone else: "Cloete said the children might be
 * disappointed", "Cloete said: 'That the children have a fantasy idea…'", "Mallory asked what the boy was thinking".
 */
export function speaksOfChild(words: readonly NoteWord[], index: number): boolean {
  let at = index + 1;
  if (words[at] && !words[at]?.breakBefore && /^\p{Lu}\p{Ll}/u.test(words[at]?.text ?? '')) at += 1;
  const verb = words[at];
  if (!verb || verb.breakBefore || verb.quoted || !sayingVerbs.has(verb.lower)) return false;
  let next = at + 1;
  if (clauseOpeners.has(words[next]?.lower ?? '')) next += 1;
  return words[next]?.lower === 'the' && childSpokenOf.has(stripPossessive(words[next + 1]?.lower ?? ''));
}

/** The surname after a first name at `index` ("Lisa Mallory"), to be taken for the same adult when used alone. */
export function surnameAfter(words: readonly NoteWord[], index: number): string | undefined {
  const next = words[index + 1];
  if (!next || next.breakBefore || next.quoted || !/^\p{Lu}\p{Ll}/u.test(next.text)) return undefined;
  return stripPossessive(next.lower);
}
