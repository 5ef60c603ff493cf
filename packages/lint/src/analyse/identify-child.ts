import { courtRoles, onTrial, speaksOfChild, surnameAfter } from './adult-names.ts';
import { inferGender } from './child-gender.ts';
import { childRoleAt } from './child-roles.ts';
import { declaredChildren } from './declared-child.ts';
import { isNotName } from './lexicon.ts';
import { childPhraseAt } from './child-phrases.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import { greetsAdultByRole } from './reader-roles.ts';
import { ageAfterName } from './voice-speaker.ts';
import type { ChildContext } from './types.ts';
import { childRelations, femaleOthers, maleOthers, secondPerson } from './words.ts';
import { type ChildIdentity, type Gender, nameReadings, stripPossessive, titles } from './names.ts';
import { vocativeAt } from './vocative.ts';

// word lists read in loops, made once (an array written in a loop is a new array each time it runs)
const herHisTheir = ['her', 'his', 'their'];
const hasHadHave = ['has', 'had', 'have'];

/** Roles before a name that make the named person someone other than the child ("foster carer Ruth"). */
const otherRoles = new Set([
  ...femaleOthers,
  ...maleOthers,
  'carer',
  'carers',
  'colleague',
  'manager',
  'teacher',
  'nurse',
  'worker',
  'friend',
  'cousin',
  'partner',
  'sibling',
  'officer',
  'mentor',
  'advocate',
  'chair',
]);
/** Particles a surname may open with ("na Nagara", "van Dijk"): the role before them is the named person's. */
const surnameParticles = new Set(['na', 'de', 'van', 'von', 'da', 'di', 'du', 'le', 'la', 'del', 'bin', 'al']);
/** Words after a name that show the name is the child's: "Jade's mum", "Jade's school". */
const childOwned = new Set(
  'mum dad mother father nan carer carers school teacher brother sister bedroom room'.split(' '),
);
/** Verbs of saying or being after a name at the start of a sentence: "Jade said", "Kai is". */
export const speakerVerbs = new Set(
  "said says told tells is was has had showed shows went goes wants wanted likes liked lives drew asked explained feels felt isn't wasn't can will would did does seemed appeared".split(
    ' ',
  ),
);

/** Job titles that, set after a name, make the named person an adult ("Anne Longfield, Children's Commissioner, said"). */
const jobTitles = new Set(
  'commissioner director manager officer minister secretary spokesman spokeswoman spokesperson head chief chair chairman chairwoman inspector mp councillor leader lead founder executive ceo principal headteacher professor consultant coordinator co-ordinator editor reporter'.split(
    ' ',
  ),
);

/** "Anne Longfield, Children's Commissioner", "Jo Smith, head of service": a name with a title after it. */
function titledAfter(words: NoteWord[], index: number): boolean {
  let next = index + 1;
  // a surname may follow the first name
  if (words[next] && !words[next]?.breakBefore && /^\p{Lu}\p{Ll}/u.test(words[next]?.text ?? '')) next += 1;
  if (!words[next]?.breakBefore || words[next]?.quoted) return false;
  for (let offset = next; offset < next + 5 && offset < words.length; offset += 1) {
    const word = words[offset] as NoteWord;
    if (offset > next && word.breakBefore) return false;
    const title = stripPossessive(word.lower);
    if (jobTitles.has(title) || courtRoles.has(title)) return true;
  }
  return false;
}

/** Words for a person's own children or baby ("Maria and her son", "Dana had no kids"). */
const offspring = new Set([
  'son',
  'sons',
  'daughter',
  'daughters',
  'children',
  'kids',
  'baby',
  'babies',
  'boys',
  'girls',
]);
const careMarkers = new Set(['from', 'in', 'into', 'of']);

/**
 * Whether what is said around a name makes the person an adult: a parent with their child ("Maria and
 * her son Marshall"), a carer ("taken from Maria's care"), someone with or without children of their own
 * ("Dana had no kids of her own").
 */
function adultByRelation(words: NoteWord[], index: number): boolean {
  const word = words[index] as NoteWord;
  const next = words[index + 1];
  const after = words[index + 2];
  if (next?.lower === 'and' && herHisTheir.includes(after?.lower ?? '') && offspring.has(words[index + 3]?.lower ?? ''))
    return true;
  if (word.lower.endsWith("'s") && next?.lower === 'care' && careMarkers.has(words[index - 1]?.lower ?? ''))
    return true;
  if (next && hasHadHave.includes(next.lower))
    return words.slice(index + 2, index + 5).some((later) => later.lower === 'kids' || later.lower === 'children');
  return false;
}

/** Whether a word starts with a lower-case letter (a-z read without a regular expression). */
function startsLowerCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 97 && code <= 122) return true;
  return code >= 128 && /^\p{Ll}/u.test(text);
}

/** Words the note also writes in lower case ("respite", "summer"): ordinary words, not names. */
function lowerCaseWords(sentences: NoteSentence[]): Set<string> {
  const lowerCase = new Set<string>();
  for (const sentence of sentences)
    for (const word of sentence.words) if (startsLowerCase(word.text)) lowerCase.add(stripPossessive(word.lower));
  return lowerCase;
}

/** The words read as names, and the names that are someone other than the child (beside "you", titled, with a role). */
function readNames(sentences: NoteSentence[]): {
  nameLike: Array<{ sentence: NoteSentence; index: number }>;
  besideYou: Set<string>;
  others: Set<string>;
} {
  // in a note written to the child, the child is "you": a name in the same sentence as "you" is
  // someone else ("Ruth made you tea")
  const besideYou = new Set<string>();
  const others = new Set<string>();
  // the name-like words of each sentence, read once for both passes below
  const nameLike: Array<{ sentence: NoteSentence; index: number }> = [];
  for (const sentence of sentences) {
    const sentenceReadings = nameReadings(sentence);
    let hasYou: boolean | undefined;
    let titled = false;
    for (let index = 0; index < sentence.words.length; index += 1) {
      const word = sentence.words[index] as NoteWord;
      // "Judge Frederick C. Wright … Wright said": a person named with a title is an adult
      const reading = sentenceReadings[index];
      const previous = sentence.words[index - 1];
      const titleBefore = titles.has(previous?.lower ?? '');
      // a capital matters only after a title or in a titled run: most words are read without the expression
      const capital: boolean = (titleBefore || titled) && !word.breakBefore && /^\p{Lu}/u.test(word.text);
      titled =
        reading === 'title-name' ||
        (capital && titleBefore) ||
        (titled && (reading === 'surname' || /^\p{Lu}\.?$/u.test(word.text) || (capital && reading !== 'not-name')));
      if (titled && !word.quoted) others.add(stripPossessive(word.lower));
      if (word.quoted || reading !== 'name') continue;
      nameLike.push({ sentence, index });
      const key = stripPossessive(word.lower);
      hasYou ??= sentence.words.some((other) => !other.quoted && secondPerson.has(other.lower));
      if (hasYou) besideYou.add(key);
      // "Working with the child's Guardian, Sandria promoted the child's wishes": someone beside the child
      if (besideChildPhrase(sentence.words, index)) others.add(key);
      // "foster carer Ruth" is someone else; "her son Marshall" is a child
      // ("Coroner na Nagara": a particle of the surname comes between the role and the name)
      const roleAt = surnameParticles.has(previous?.lower ?? '') && !previous?.breakBefore ? index - 2 : index - 1;
      const roleWord = sentence.words[roleAt];
      const role =
        roleWord && !word.breakBefore && !sentence.words[roleAt + 1]?.breakBefore
          ? stripPossessive(roleWord.lower)
          : '';
      const adult =
        (otherRoles.has(role) && !childRelations.has(role)) ||
        courtRoles.has(role) ||
        titledAfter(sentence.words, index) ||
        adultByRelation(sentence.words, index) ||
        onTrial(sentence.words, index) ||
        // "Trevor Symonds, aged 30, is facing trial": a name with an adult's age set after it
        ageAfterName(sentence.words, index) >= 18 ||
        speaksOfChild(sentence.words, index);
      if (!adult) continue;
      others.add(key);
      // "Lisa Mallory, a forensic interviewer … Mallory asked": the surname alone is the same adult
      const surname = surnameAfter(sentence.words, index);
      if (surname) others.add(surname);
    }
  }
  return { nameLike, besideYou, others };
}

type NameCount = { count: number; first: number; display: string; strong: boolean };

/** Words after a name that say it is a person's, changed: "Julie, not her real name, was placed in care". */
const pseudonymWords = ['not', 'real', 'name'];
const pseudonym = (words: NoteWord[], index: number): boolean =>
  (words[index + 1] as NoteWord | undefined)?.breakBefore === true &&
  pseudonymWords.every((part, offset) => words[index + 1 + (offset === 0 ? 0 : offset + 1)]?.lower === part);

/** How often each name is used, in the order first met, leaving out the `excluded` ones. */
function countNames(
  nameLike: Array<{ sentence: NoteSentence; index: number }>,
  excluded: (key: string) => boolean,
): Map<string, NameCount> {
  const counts = new Map<string, NameCount>();
  let order = 0;
  for (const { sentence, index } of nameLike) {
    const word = sentence.words[index] as NoteWord;
    const bare = stripPossessive(word.text);
    const key = bare.toLowerCase();
    if (excluded(key)) continue;
    const next = sentence.words[index + 1];
    const owned = word.text !== bare && next !== undefined && childOwned.has(next.lower);
    const beforeVerb = next !== undefined && !next.breakBefore && speakerVerbs.has(next.lower);
    const strong = index > 0 || owned || beforeVerb || pseudonym(sentence.words, index);
    const entry = counts.get(key) ?? { count: 0, first: order, display: bare, strong: false };
    entry.count += 1;
    entry.strong ||= strong;
    counts.set(key, entry);
    order += 1;
  }
  return counts;
}

/** Works out the child: from the context, a greeting to them, or the most often named person in the note. */
export function identifyChild(
  sentences: NoteSentence[],
  child: ChildContext | undefined,
  household: ChildContext[],
  /** Whom the note speaks to: `'adult'` ignores greetings, `'writer'` (the child wrote it) infers no child. */
  mode: 'child' | 'adult' | 'writer' = 'child',
): ChildIdentity {
  if (child) {
    const names = new Set(
      [child.name, ...(child.aliases ?? [])].map((name) => (name.split(/\s+/)[0] as string).toLowerCase()),
    );
    const gender: Gender = child.pronouns === 'she' ? 'female' : child.pronouns === 'he' ? 'male' : 'unknown';
    const identity: ChildIdentity = {
      names,
      displayName: child.name,
      inferred: false,
      gender,
      givenPronouns: child.pronouns,
      evidence: 'context',
    };
    if (gender === 'unknown' && child.pronouns !== 'they') identity.gender = inferGender(sentences, identity, true);
    return identity;
  }
  const none: ChildIdentity = {
    names: new Set(),
    displayName: null,
    inferred: true,
    gender: 'unknown',
    givenPronouns: undefined,
    evidence: 'none',
  };
  if (mode === 'writer') return { ...none, evidence: 'writer' };
  const householdNames = new Set(
    household.flatMap((member) => [member.name, ...(member.aliases ?? [])]).map((name) => name.toLowerCase()),
  );
  // a greeting to a name at the start of the note, in a note not written to an adult, names the child
  if (mode === 'child') {
    for (const sentence of sentences.slice(0, 2)) {
      const at = vocativeAt(sentence);
      const word = sentence.words[at];
      if (at === -1 || !word || titles.has(word.lower) || isNotName(word.lower)) continue;
      // "Dear Adoption Social Worker,": a greeting to a role, whatever word opens it, names no one
      if (greetsAdultByRole(sentence)) continue;
      const identity: ChildIdentity = {
        ...none,
        names: new Set([word.lower]),
        displayName: word.text,
        evidence: 'vocative',
      };
      identity.gender = inferGender(sentences, identity);
      return identity;
    }
  }
  // each pass over the note is a function of its own: optimised code entered in one long loop then
  // met the next with no feedback and was thrown away on every lint
  const lowerCase = lowerCaseWords(sentences);
  const { nameLike, besideYou, others } = readNames(sentences);
  const counts = countNames(
    nameLike,
    (key) => besideYou.has(key) || others.has(key) || householdNames.has(key) || lowerCase.has(key),
  );
  // a capitalised word seen only at the start of sentences, with no verb of saying or being after
  // it, may be an ordinary word: leave it out
  const ranked = [...counts.entries()]
    .filter(([, entry]) => entry.strong)
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first);
  const best = ranked[0];
  // a child the note introduces by age or apposition ("Paul (15)", "a son, C1,", "MN 7 months")
  const declared = declaredChildren(sentences)
    .filter(({ display }) => {
      const key = display.toLowerCase();
      return !(besideYou.has(key) || others.has(key) || householdNames.has(key));
    })
    .sort((a, b) => b.mentions - a.mentions)[0];
  if (declared && (!best || declared.mentions >= best[1].count) && best?.[0] !== declared.display.toLowerCase()) {
    const identity: ChildIdentity = {
      ...none,
      names: new Set([declared.display.toLowerCase()]),
      displayName: null,
      evidence: 'mentions',
    };
    identity.gender = inferGender(sentences, identity);
    // a name (not a cipher) named twice, or with a pronoun for them, may be shown in messages
    if (!declared.cipher && (declared.mentions >= 2 || identity.gender !== 'unknown'))
      identity.displayName = declared.display;
    return identity;
  }
  if (!best) return none;
  const identity: ChildIdentity = {
    ...none,
    names: new Set([best[0]]),
    displayName: best[1].display,
    evidence: 'mentions',
  };
  identity.gender = inferGender(sentences, identity);
  // unsure (named once, no pronoun for them, or tied with someone else): no name in messages; named once in a
  // note that calls the child "the youth" or "the boy", the name may well be someone else's ("Wright said")
  const tied = ranked[1] !== undefined && ranked[1][1].count === best[1].count;
  // (one sentence naming someone once is too little to know, whatever pronoun follows)
  const once =
    best[1].count < 2 && (identity.gender === 'unknown' || sentences.length < 2 || namesChildByPhrase(sentences));
  if (tied || once) identity.displayName = null;
  return identity;
}

/** Whether a sentence says "the child" apart from the name at `at` (not "the child, Jade", nor "the child protection conference"). */
const besideChildPhrase = (words: NoteWord[], at: number): boolean =>
  words.some(
    (word, index) =>
      stripPossessive(word.lower) === 'child' &&
      words[index - 1]?.lower === 'the' &&
      !childTopics.has(words[index + 1]?.lower ?? '') &&
      Math.abs(index - at) > 3,
  );
const childTopics = new Set('protection development exploitation abuse services service social care act in'.split(' '));

/** Whether the note calls a child by what they are ("the youth", "the boy", "her son") anywhere. */
function namesChildByPhrase(sentences: NoteSentence[]): boolean {
  return sentences.some((sentence) =>
    sentence.words.some(
      (word, index) =>
        !word.quoted &&
        (childPhraseAt(sentence.words, index) > 0 || childRoleAt(sentence.words, index, () => false) !== null),
    ),
  );
}
