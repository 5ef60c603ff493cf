import { isNotName, salutations } from './lexicon.ts';
import { lowerWords } from './lower-words.ts';
import { type ChildIdentity, gapAfter, isChildName } from './names.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';

// Evidence, in a sentence that says "you", that the reader is not the child the note is about: the
// writer speaks of that child in the third person, or introduces themself as the child.

/** Words before a name with which a writer introduces themself: "This is C", "My name is Amy", "I'm Tara". */
const selfIntroductions = new Set(['this is', "it's", 'it is', 'name is', 'i am', "i'm"]);

/** Whether the words just before the name at `index` are the writer introducing themself ("My name is Amy"). */
const introducedAt = (words: readonly NoteWord[], index: number): boolean =>
  selfIntroductions.has(words[index - 1]?.lower ?? '') ||
  selfIntroductions.has(lowerWords(words, index - 2, index).join(' '));

/** Words that end a clause said to the reader, before their name: "keep you safe Daisy", "love you too Sam". */
const clauseEnds = new Set(['safe', 'too', 'lots', 'always', 'forever', 'dearly', 'loads', 'so']);

/** Kin words a writer may say before the name of the child they write to: "We love you Aunt April!". */
const kinBeforeName = new Set(['aunt', 'auntie', 'aunty', 'uncle', 'cousin', 'sister', 'brother']);

/**
 * Whether the name at `index` is said to the reader in passing, not spoken of: right after "you", closing a clause
 * ("This is my letter to you Daisy Emily Fletcher.", "We love you Aunt April!") or set off after "know" ("I just want you to know April,
 * that I love you…"). Not a name after a verb or a preposition ("I want you to meet Keisha", "you and Keisha"), nor one that opens
 * the next clause ("I told you Keisha was coming").
 */
function calledAfterYou(sentence: NoteSentence, index: number): boolean {
  const words = sentence.words;
  let before = index - 1;
  if (kinBeforeName.has(words[before]?.lower ?? '') && /^\p{Lu}/u.test(words[before]?.text ?? '')) before -= 1;
  // "I will always keep you safe Daisy Emily Fletcher and I will never stop loving you": a word that ends the clause
  // said to the reader stands between "you" and the name
  const between = clauseEnds.has(words[before]?.lower ?? '') && /^\s+$/.test(gapAfter(sentence, before));
  if (between) before -= 1;
  const word = words[before];
  if (!word || word.quoted) return false;
  if (word.lower === 'you' && /^\s+$/.test(gapAfter(sentence, before))) {
    // the name (and the rest of a full name) closes a clause: "I told you Keisha was coming" speaks of Keisha
    let last = index;
    while (/^\p{Lu}\p{Ll}/u.test(words[last + 1]?.text ?? '') && /^\s+$/.test(gapAfter(sentence, last))) last += 1;
    if (last === words.length - 1 || /^\s*[,.!?;]/.test(gapAfter(sentence, last))) return true;
    // after such a word, a new clause of the writer's own: "… safe Daisy Emily Fletcher and I will…"
    return between && words[last + 1]?.lower === 'and' && /^(?:i|we)$/.test(words[last + 2]?.lower ?? '');
  }
  return word.lower === 'know' && words[before - 1]?.lower === 'to' && /^\s*,/.test(gapAfter(sentence, index));
}

/**
 * Whether the writer names the child in the third person in a sentence that says "you" ("I want you to
 * know that I love Keisha", "it is appropriate for B that you work with the school"): the reader is
 * someone else. A greeting ("Dear Keisha,"), a name that opens or closes the sentence as a vocative
 * ("…, Keisha.") and a speaker's label do not count.
 */
export function namesChildBesideYou(
  sentence: NoteSentence,
  vocative: number,
  child: ChildIdentity,
  dialogue: boolean,
): boolean {
  const words = sentence.words;
  // a name the engine is unsure of ("an Independent Children's Lawyer") is no one's
  if (child.displayName === null || dialogue) return false;
  // "Hello N This is C, I have asked to email you": the writer introduces themself as the child
  const introduces = words.some((word, index) => isChildName(word, child) && introducedAt(words, index));
  if (introduces) return true;
  // in "Dear (13 year old Seth,) Today…" the words up to the greeting's comma are the greeting's
  let first = 1;
  if (salutations.has(words[0]?.lower ?? '')) {
    first = words.findIndex((_, index) => index > 0 && /[,:)]/.test(gapAfter(sentence, index - 1)));
    if (first === -1) return false;
  }
  for (let index = first; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    if (index === vocative || !isChildName(word, child)) continue;
    // "My Dearest Joey, I have…": a name early in the sentence before a comma is a greeting
    if (index <= 2 && /^\s*,/.test(gapAfter(sentence, index))) continue;
    const last = index === words.length - 1 || /^\s*[.!?]/.test(gapAfter(sentence, index));
    // "I am so proud of you, Sam." closes with a vocative
    if (last && /,\s*$/.test(gapAfter(sentence, index - 1))) continue;
    if (calledAfterYou(sentence, index)) continue;
    return true;
  }
  return false;
}

/** Words that open a short greeting or praise said to someone: "Congratulations again April!", "Happy birthday Sam!". */
const greetingOpeners = new Set(
  'congratulations congrats happy well thanks thank goodnight good goodbye bye hello hi hiya morning night'.split(' '),
);

/** Whether a sentence has the shape of a greeting that closes on a name, whoever the child is (`closingGreetingName`). */
export function mayCloseOnAName(sentence: NoteSentence): boolean {
  const words = sentence.words;
  const first = words[0];
  return (
    first !== undefined && !first.quoted && words.length >= 2 && words.length <= 6 && greetingOpeners.has(first.lower)
  );
}

/**
 * The index of the child's name closing a short greeting or praise ("Congratulations again April!", "Well done Sam.",
 * "Happy birthday Jade!"), or -1: the name is said to the child, as a vocative opening a sentence is. Only the child's
 * own name counts (a month, a title or a parent's name is no one greeted here), and only at the sentence's end.
 */
export function closingGreetingName(sentence: NoteSentence, child: ChildIdentity): number {
  if (!mayCloseOnAName(sentence)) return -1;
  const words = sentence.words;
  const last = words.length - 1;
  const name = words[last] as NoteWord;
  if (!isChildName(name, child) || name.text.endsWith("'s")) return -1;
  // the writer introducing themself ("Hello, my name is Tia.") greets no one by the name
  if (introducedAt(words, last)) return -1;
  // the words between are the greeting's own ("again", "birthday", "done", "Happy Birthday Mia!"), never another name
  for (let index = 1; index < last; index += 1) {
    const word = words[index] as NoteWord;
    if (/^\p{Lu}/u.test(word.text) && !isNotName(word.lower)) return -1;
  }
  return /^\s*[,]/.test(gapAfter(sentence, last - 1)) || /^\s+$/.test(gapAfter(sentence, last - 1)) ? last : -1;
}

/**
 * Kinds of adult business "you" may have in a page or letter (reports sent to "you", a conference, a school office
 * and attendance, legal standing, a home, appointments). Any one of them is also said to children now and then ("your
 * situation", "the conference"), so only two or more kinds in one section tell that the reader is a parent, a carer
 * or a professional. Consent, disagreeing with a report and "you and your family" are left out: pages to children
 * about assessments and family group conferences say them too ("they will ask for your permission", "if you don't
 * agree with something in the report", "support you and your family").
 */
const adultBusiness: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'reports',
    /\b(?:copy|copies) of (?:the|this|a|any|all) (?:[\w']+ ){0,2}(?:reports?|assessments?)(?!\w)|\b(?:receive|get|be (?:given|provided with|sent)) (?:a|the) (?:copy|report)(?!\w)/i,
  ],
  ['conference', /\bconferences?\b/i],
  [
    'school office',
    /\b(?:contact|call|ring|phone|telephone) (?:the )?(?:school )?(?:reception|office)(?!\w)|\bthank you for your (?:continued )?(?:understanding|co-?operation|support|patience)(?!\w)|\bI will contact you directly\b/i,
  ],
  ['attendance', /\battendance\b|\babsences?\b|\bterm time\b|\brequests? for leave\b|\bleave of absence\b/i],
  [
    'legal',
    /\blegal (?:rights|advice|aid|representation)(?!\w)|\bcourt orders?\b|\bcomply with\b|\byour (?:attorney|lawyer)(?!\w)/i,
  ],
  ['home', /\byour (?:home|house)(?!\w)/i],
  ['appointments', /\bappointments?\b/i],
  ['affairs', /\byour (?:comments|concerns|progress|situation)(?!\w)/i],
];

/** The kinds of adult business a sentence that says "you" gives its reader (added to `found`). */
export function addAdultBusiness(text: string, found: Set<string>): void {
  for (const [kind, pattern] of adultBusiness) if (pattern.test(text)) found.add(kind);
}

/**
 * Social services reaching the reader: a call, letter or visit from them, being contacted by them, their involvement
 * with "your family" ("If you've been contacted by social services…"). Pages to parents meet social services so;
 * pages to children speak of "your social worker" and of what Children's Services will do for them.
 */
const socialServicesReachYou =
  /\b(?:call|calls|letter|letters|visit|visits|knock|contact|referral) from (?:the )?(?:social services|children['’]s services|social care)(?!\w)|\b(?:contacted|visited|approached|investigated) by (?:the )?(?:social services|children['’]s services|social care)(?!\w)|\binvolvement of (?:the )?(?:social services|children['’]s services|social care)(?!\w)|\b(?:social services|children['’]s services|social care)(?: \([^)]{0,30}\))? (?:become|becomes|became|get|gets|got|are|is|were|was|have been|has been|had been) involved\b|\b(?:social services|children['’]s services|social care) (?:home visit|involvement)(?!\w)/i;

/** Whether social services call, write to, visit or become involved with the reader in this sentence (see above). */
export function socialServicesReachReader(text: string): boolean {
  return socialServicesReachYou.test(text);
}

/** Person words a name may follow as an apposition ("your sister, Mia", "your new teacher, Sam"). */
const appositionHeads = new Set(
  'sister brother friend friends mum mom dad mother father nan nana gran grandma grandad aunt auntie uncle cousin teacher carer worker baby son daughter boy girl'.split(
    ' ',
  ),
);

/**
 * Whether a sentence that says "you" closes by calling someone other than the child by name, when the host says who the
 * child is: "I remember getting the call that you were at the hospital, Amanda." in a letter about Piper (a name set
 * off by a comma at the sentence's end, as a greeting's name at its start: `openingAddressee`). Titles and roles are
 * read elsewhere; a word that is no name ("…, Sweetheart.") calls no one here.
 */
export function callsOtherByNameAtEnd(sentence: NoteSentence, child: ChildIdentity): boolean {
  if (child.evidence !== 'context') return false;
  const words = sentence.words;
  const last = words.length - 1;
  const name = words[last];
  if (last < 3 || !name || name.quoted || !/^\p{Lu}\p{Ll}+$/u.test(name.text)) return false;
  if (!/^\s*,\s*$/.test(gapAfter(sentence, last - 1)) || isChildName(name, child) || isNotName(name.lower))
    return false;
  // "You were so kind to your sister, Mia.": a name after a person word names that person (apposition)
  if (appositionHeads.has(words[last - 1]?.lower ?? '')) return false;
  // the name closes the sentence: nothing but its closing marks after it
  return /^[.!?"'\u201d\s]*$/.test(sentence.text.slice(name.end - sentence.from));
}
