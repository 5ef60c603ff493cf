import type { NoteWord } from '../analyse/read-note.ts';
import type { NoteFacts } from './note-facts.ts';

// bodies that fail, engage or respond in their own right ("the Council failed to respond", "this club's lack of engagement")
const organisations = new Set([
  'council',
  'councils',
  'authority',
  'authorities',
  'club',
  'clubs',
  'school',
  'schools',
  'college',
  'service',
  'services',
  'provider',
  'providers',
  'agency',
  'agencies',
  'department',
  'trust',
  'board',
  'police',
  'force',
  'hospital',
  'ombudsman',
  'organisation',
  'organisations',
  'government',
  'company',
  'federation',
  'committee',
  'landlord',
  'practice',
  'home',
  'ofsted',
  'nhs',
]);
// words that put a person nearer the flagged words than any organisation ("the Council said Mum failed to attend")
const personWords = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'him',
  'her',
  'them',
  'mum',
  'dad',
  'mother',
  'father',
  'parent',
  'parents',
  'carer',
  'carers',
  'family',
  'families',
  'child',
  'children',
  'boy',
  'girl',
  'son',
  'daughter',
  'pupil',
  'pupils',
  'student',
  'students',
  'person',
  'people',
  'worker',
  'teacher',
  'officer',
  'staff',
  'man',
  'woman',
]);
// a new clause starts: who failed is told after these words ("the Council said Mum failed to attend")
const clauseOpeners = new Set([
  'said',
  'says',
  'told',
  'reported',
  'reports',
  'found',
  'noted',
  'stated',
  'complained',
  'complains',
  'felt',
  'believes',
  'believed',
  'thinks',
  'thought',
  'because',
  'when',
  'while',
  'although',
  'if',
  'who',
]);
const agentReach = 10;

const bare = (word: NoteWord): string => (word.lower.endsWith("'s") ? word.lower.slice(0, -2) : word.lower);
const determiners = new Set(['the', 'this', 'that', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'each', 'every']);

/** A body named as one ("the Council", "this club", "the care provider"), not a word used as a modifier ("service resistant", "multi-agency"). */
function bodyAt(words: readonly NoteWord[], index: number): boolean {
  const word = words[index] as NoteWord;
  if (!organisations.has(bare(word))) return false;
  const next = words[index + 1];
  if (next && !next.breakBefore && personWords.has(bare(next))) return false;
  const named = (at: number): boolean => determiners.has(words[at]?.lower ?? '') && !words[at + 1]?.breakBefore;
  return /^\p{Lu}/u.test(word.text) || named(index - 1) || named(index - 2);
}

/**
 * The first of a list of the same verb the flagged words end ("the Council failed to offer him support, failed to
 * respond to his request and failed to consider his complaint"): each one after a comma, "and" or "or" with no one
 * named between shares the first one's subject, so the reading starts from there (the people in between are objects:
 * "support as a former looked after child"). "… and Mum failed to attend" names its own subject and stays put.
 */
function listHead(words: readonly NoteWord[], first: number): number {
  let head = first;
  for (;;) {
    const word = words[head] as NoteWord;
    const joined = word.breakBefore || joiners.has(words[head - 1]?.lower ?? '');
    if (!joined) return head;
    let earlier = head - 1;
    while (earlier >= 0 && words[earlier]?.lower !== word.lower) earlier -= 1;
    if (earlier < 0) return head;
    head = earlier;
  }
}
const joiners = new Set(['and', 'or']);

/**
 * Whether the flagged words are told of an organisation rather than a person: a body follows as their
 * agent ("lack of engagement … exhibited by this club"), or, with no agent after them, the nearest person
 * or body before them in the clause is a body ("the council failed to clearly separate the processes and
 * failed to respond"). A person named first, a new clause ("the Council said Mum …"), or nobody keeps the
 * words about a person.
 */
export function toldOfOrganisation(facts: NoteFacts, sentence: number, first: number, last: number): boolean {
  const words = (facts.sentences[sentence]?.words ?? []) as NoteWord[];
  // an agent after the words says whose they are: "lack of engagement by this club", "… by Mum"
  const end = Math.min(words.length - 1, last + agentReach);
  for (let index = last + 1; index < end; index += 1) {
    if (words[index]?.lower !== 'by' && words[index]?.lower !== 'from') continue;
    const noun = determiners.has(words[index + 1]?.lower ?? '') ? index + 2 : index + 1;
    return noun < words.length && bodyAt(words, noun);
  }
  // a label before a person: "non-engaging families", "disengaged parents"
  const after = words[last + 1];
  if (after && !after.breakBefore && personWords.has(bare(after))) return false;
  for (let index = listHead(words, first) - 1; index >= 0; index -= 1) {
    const word = words[index] as NoteWord;
    // "that" is read past: "we found that the council failed to …" is the council's failure
    if (clauseOpeners.has(word.lower)) return false;
    if (bodyAt(words, index)) return true;
    if (personWords.has(bare(word)) || (index > 0 && /^\p{Lu}/u.test(word.text))) return false;
  }
  return false;
}
