import { isNotName, organisationHeads, organisationJoins, salutations } from './lexicon.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import type { ChildContext } from './types.ts';
import { femaleOthers, femalePronouns, maleOthers, malePronouns, secondPerson } from './words.ts';

export type Gender = 'female' | 'male' | 'unknown';

/** The child as the analysis knows them: names to look for and, when known, pronouns. */
export interface ChildIdentity {
  names: Set<string>;
  /** The name messages may use: null when the engine is not sure who the child is. */
  displayName: string | null;
  inferred: boolean;
  gender: Gender;
  /** Pronouns given by the host (rewrites of pronouns need them). */
  givenPronouns: 'she' | 'he' | 'they' | undefined;
  /** How the child was found: the host's context, a greeting or vocative, or how often they are named. */
  /** (`'writer'`: the child wrote the note, so "I" is the child and "she" or "the kids" are others.) */
  evidence: 'context' | 'vocative' | 'mentions' | 'none' | 'writer';
}

/** How a capitalised word reads: a person's name, the second part of one, or not a name. */
export type NameReading = 'name' | 'surname' | 'title-name' | 'not-name';

const titles = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'justice', 'judge', 'lord', 'dame', 'sir']);
/** Words that may follow a vocative's comma: "Kai, thanks…", "Jade, I visited…", "Amara, well done". */
const vocativeOpeners = new Set("i we thank thanks please well it this i'm i've hope remember today here".split(' '));
/** Prepositions before which a capitalised word is a place ("in Portsmouth", "at Tesco"). */
const placePrepositions = new Set(['in', 'at', 'near', 'around', 'outside', 'inside', 'towards']);
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

export const stripPossessive = (word: string): string =>
  word.endsWith("'s") || word.endsWith("'S") ? word.slice(0, -2) : word;

const readings = new WeakMap<NoteSentence, NameReading[]>();
const verbForm = /^\p{Lu}\p{Ll}{3,}(?:ed|ing)$/u;
/** Names that end like a verb form. */
const edNames = new Set('mohammed muhammed mohamed ahmed alfred jared mildred winifred manfred sterling'.split(' '));
const capitalisedWord = /^\p{Lu}\p{Ll}/u;

/**
 * Reads each word of a sentence as a name or not. A name is capitalised with lower-case letters
 * after the first (not an acronym), is in none of the lexicon's lists, is not part of an
 * organisation's name ("Children in Care Council") and is not a place after "in" or "at".
 */
export function nameReadings(sentence: NoteSentence): NameReading[] {
  const cached = readings.get(sentence);
  if (cached) return cached;
  const words = sentence.words;
  const capitalised = words.map((word) => capitalisedWord.test(word.text));
  const result: NameReading[] = words.map(() => 'not-name');
  // runs of capitalised words (joined by "in", "of", ...) ending in an organisation word
  const inOrganisation = new Array<boolean>(words.length).fill(false);
  for (let start = 0; start < words.length; start += 1) {
    if (!capitalised[start]) continue;
    let end = start;
    let last = start;
    while (end + 1 < words.length && !(words[end + 1] as NoteWord).breakBefore) {
      const next = words[end + 1] as NoteWord;
      if (capitalised[end + 1]) last = end + 1;
      else if (!organisationJoins.has(next.lower)) break;
      end += 1;
    }
    const head = stripPossessive((words[last] as NoteWord).lower);
    // "Core Groups", "Family Hubs": plural heads too
    if (
      last > start &&
      (organisationHeads.has(head) || (head.endsWith('s') && organisationHeads.has(head.slice(0, -1))))
    )
      for (let index = start; index <= last; index += 1) inOrganisation[index] = true;
    start = last;
  }
  // a run of three or more capitalised words, two of them ordinary words, is a title or a place
  // ("Little Red Riding Hood", "Community Mental Health Team"), not a person
  for (let start = 0; start < words.length; start += 1) {
    if (!capitalised[start]) continue;
    let end = start;
    while (end + 1 < words.length && capitalised[end + 1] && !(words[end + 1] as NoteWord).breakBefore) end += 1;
    if (end - start >= 2) {
      let ordinary = 0;
      for (let index = start; index <= end; index += 1)
        if (
          isNotName(stripPossessive((words[index] as NoteWord).lower)) &&
          !titles.has((words[index] as NoteWord).lower)
        )
          ordinary += 1;
      if (ordinary >= 2) for (let index = start; index <= end; index += 1) inOrganisation[index] = true;
    }
    start = end;
  }
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    const bare = stripPossessive(word.text);
    if (!capitalised[index] || inOrganisation[index] || isNotName(bare.toLowerCase())) continue;
    // "Fostered throughout her life…", "Having met…": a verb form opening a sentence is not a name
    if (index === 0 && verbForm.test(bare) && !edNames.has(bare.toLowerCase())) continue;
    const previous = words[index - 1];
    if (previous && !word.breakBefore && titles.has(previous.lower)) result[index] = 'title-name';
    else if (previous && !word.breakBefore && placePrepositions.has(previous.lower) && bare === word.text) continue;
    else if (previous && !word.breakBefore && result[index - 1] !== 'not-name') result[index] = 'surname';
    else result[index] = 'name';
  }
  readings.set(sentence, result);
  return result;
}

/** A capitalised word that looks like a person's first name (not a surname after a title or a first name). */
export function isNameLike(sentence: NoteSentence, index: number): boolean {
  return nameReadings(sentence)[index] === 'name';
}

/** Whether a word, as written, is the name of the child. Names are matched capitalised, so "summer holidays" is not Summer. */
export function isChildName(word: NoteWord, child: ChildIdentity): boolean {
  if (child.names.size === 0 || word.quoted) return false;
  const bare = stripPossessive(word.text);
  return /^\p{Lu}/u.test(bare) && child.names.has(bare.toLowerCase());
}

/** The text between two words of a sentence. */
export const gapAfter = (sentence: NoteSentence, index: number): string => {
  const word = sentence.words[index];
  const next = sentence.words[index + 1];
  if (!word) return '';
  return sentence.text.slice(word.end - sentence.from, (next?.start ?? sentence.to) - sentence.from);
};

/**
 * The person a sentence opens by speaking to: "Jade, I visited you…", "Dear Jade", "Hi Kai". Returns
 * the index of the name, or -1. A list ("Jade, Sam and Mum went…") is not a vocative.
 */
export function vocativeAt(sentence: NoteSentence): number {
  const words = sentence.words;
  const first = words[0];
  if (!first) return -1;
  const start = salutations.has(first.lower) && words.length > 1 ? 1 : 0;
  const name = words[start];
  if (!name || name.quoted || !/^\p{Lu}\p{Ll}/u.test(name.text) || name.text.endsWith("'s")) return -1;
  if (isNotName(name.lower) && !(start === 1 && !titles.has(name.lower))) return -1;
  if (start === 1) return first.lower === 'to' && !/[,:]/.test(gapAfter(sentence, 1)) ? -1 : 1;
  const gap = gapAfter(sentence, 0);
  if (!/^\s*[,!]/.test(gap) && words.length > 1) return -1;
  // "Jade, I visited you", "Kai, thanks for…": a vocative is followed by words to the person
  // ("Providers, who have…" and "Consequently, too many…" are not)
  const rest = words.slice(1, 3).map((word) => word.lower);
  const spoken = words.some((word) => !word.quoted && secondPerson.has(word.lower));
  if (words.length > 1 && !spoken && !rest.some((word) => vocativeOpeners.has(word))) return -1;
  // "Marcus, who is 26, …" describes Marcus
  if (['who', 'whose', 'which', 'aged', 'age', 'now'].includes(rest[0] ?? '')) return -1;
  const next = words[1];
  if (
    next &&
    (next.lower === 'and' || (/^\p{Lu}\p{Ll}/u.test(next.text) && next.lower !== 'i' && words[2]?.lower === 'and'))
  )
    return -1;
  return 0;
}

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
    if (jobTitles.has(stripPossessive(word.lower))) return true;
  }
  return false;
}

/** Whether a word starts with a lower-case letter (a-z read without a regular expression). */
function startsLowerCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 97 && code <= 122) return true;
  return code >= 128 && /^\p{Ll}/u.test(text);
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
    if (gender === 'unknown' && child.pronouns !== 'they') identity.gender = inferGender(sentences, identity);
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
  // lower-case uses of a word ("respite", "summer") show it is an ordinary word
  const lowerCase = new Set<string>();
  for (const sentence of sentences)
    for (const word of sentence.words) if (startsLowerCase(word.text)) lowerCase.add(stripPossessive(word.lower));
  const counts = new Map<string, { count: number; first: number; display: string; strong: boolean }>();
  let order = 0;
  // in a note written to the child, the child is "you": a name in the same sentence as "you" is
  // someone else ("Ruth made you tea")
  const besideYou = new Set<string>();
  const others = new Set<string>();
  // the name-like words of each sentence, read once for both passes below
  const nameLike: Array<{ sentence: NoteSentence; index: number }> = [];
  for (const sentence of sentences) {
    const sentenceReadings = nameReadings(sentence);
    let hasYou: boolean | undefined;
    for (let index = 0; index < sentence.words.length; index += 1) {
      const word = sentence.words[index] as NoteWord;
      if (word.quoted || sentenceReadings[index] !== 'name') continue;
      nameLike.push({ sentence, index });
      const key = stripPossessive(word.lower);
      hasYou ??= sentence.words.some((other) => !other.quoted && secondPerson.has(other.lower));
      if (hasYou) besideYou.add(key);
      // "Working with the child's Guardian, Sandria promoted the child's wishes": someone beside the child
      if (besideChildPhrase(sentence.words, index)) others.add(key);
      const previous = sentence.words[index - 1];
      if (previous && !word.breakBefore && otherRoles.has(stripPossessive(previous.lower))) others.add(key);
      if (titledAfter(sentence.words, index)) others.add(key);
    }
  }
  for (const { sentence, index } of nameLike) {
    const word = sentence.words[index] as NoteWord;
    const bare = stripPossessive(word.text);
    const key = bare.toLowerCase();
    if (besideYou.has(key) || others.has(key) || householdNames.has(key) || lowerCase.has(key)) continue;
    const next = sentence.words[index + 1];
    const owned = word.text !== bare && next !== undefined && childOwned.has(next.lower);
    const beforeVerb = next !== undefined && !next.breakBefore && speakerVerbs.has(next.lower);
    const strong = index > 0 || owned || beforeVerb;
    const entry = counts.get(key) ?? { count: 0, first: order, display: bare, strong: false };
    entry.count += 1;
    entry.strong ||= strong;
    counts.set(key, entry);
    order += 1;
  }
  // a capitalised word seen only at the start of sentences, with no verb of saying or being after
  // it, may be an ordinary word: leave it out
  const ranked = [...counts.entries()]
    .filter(([, entry]) => entry.strong)
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first);
  const best = ranked[0];
  if (!best) return none;
  const identity: ChildIdentity = {
    ...none,
    names: new Set([best[0]]),
    displayName: best[1].display,
    evidence: 'mentions',
  };
  identity.gender = inferGender(sentences, identity);
  // unsure (named once, no pronoun for them, or tied with someone else): no name in messages
  const tied = ranked[1] !== undefined && ranked[1][1].count === best[1].count;
  if (tied || (best[1].count < 2 && identity.gender === 'unknown')) identity.displayName = null;
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

/** Votes on the child's gender from the first he/she after their name in each sentence. */
function inferGender(sentences: NoteSentence[], child: ChildIdentity): Gender {
  let female = 0;
  let male = 0;
  let previousHadChild = false;
  for (const sentence of sentences) {
    let seenChild = previousHadChild && sentence.words.length > 0;
    let hadChild = false;
    for (const word of sentence.words) {
      if (word.quoted) continue;
      if (isChildName(word, child)) {
        seenChild = true;
        hadChild = true;
        continue;
      }
      if (!seenChild) continue;
      if (femaleOthers.has(word.lower) || maleOthers.has(word.lower) || /^\p{Lu}\p{Ll}/u.test(word.text)) {
        if (!isNotName(word.lower) || femaleOthers.has(word.lower) || maleOthers.has(word.lower)) break;
      }
      if (femalePronouns.has(word.lower)) {
        female += 1;
        break;
      }
      if (malePronouns.has(word.lower)) {
        male += 1;
        break;
      }
    }
    previousHadChild = hadChild;
  }
  if (female > male) return 'female';
  if (male > female) return 'male';
  return 'unknown';
}
