import type { SentenceAddress } from './addressee.ts';
import type { WordRole } from './people.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import type { Voice } from './types.ts';
import { pluralOthers, voiceVerbs } from './words.ts';

/** Adverbs and auxiliaries that may stand between a speaker and the verb of speaking. */
const between = new Set(
  "also really then later clearly quietly have has had did do does not don't didn't doesn't would could 'd always often sometimes still just once first again even all both is are was were".split(
    ' ',
  ),
);
/** Verbs that introduce someone's exact words (with a quotation) or report them. */
const speechVerbs = new Set(
  'said says say told tells asked asks stated states explained explains replied replies answered added wrote writes shouted screamed whispered described describes commented mentioned shared spoke spoken describe exclaimed insisted recalled remembered expressed reported testified indicated claimed claiming claims alleged saying telling asking explaining'.split(
    ' ',
  ),
);
/** Nouns for a child or children, as a speaker ("the boy said", "one young person stated"). */
const childNouns = new Set(
  'boy boys girl girls child children youngster youngsters teenager teenagers teens person people pupil pupils son daughter kids leavers'.split(
    ' ',
  ),
);
/** Words before "you feel" that make it someone else's doing: "make you feel", "how you feel". */
const causative = new Set(['make', 'makes', 'made', 'help', 'helps', 'let', 'lets', 'how']);
/** Words before a speaker that make the saying hypothetical: "if you would like", "what you tell them". */
const hypothetical = new Set([
  'if',
  'what',
  'how',
  'whether',
  'when',
  'where',
  'unless',
  'so',
  'anyone',
  'else',
  'whatever',
  'way',
]);
/** Words that make any saying after them conditional. */
const conditional = new Set(['if', 'whether', 'unless']);
const pastVerbs = new Set(['told', 'said', 'drew', 'showed', 'wrote', 'thought', 'felt', 'chose', 'wanted', 'did']);
/** Verbs of feeling and liking: the child's view only when the sentence reports their words. */
const feelings = new Set(
  'like likes liked love loves loved enjoy enjoys enjoyed feel feels felt hate hates hated miss misses missed worry worries worried hope hopes hoped think thinks thought prefer prefers preferred'.split(
    ' ',
  ),
);
const firstPerson = new Set(['i', 'me', 'my', "i'm", "i've", "i'd", "i'll", 'mine', 'myself']);

export interface VoiceReading {
  voice: Voice;
  /** Who spoke, as written ("Jade", "you", "Mum"), when a speaker was found. */
  speaker: string | null;
}

type SpeakerKind = 'child' | 'other' | null;

/** Whether the word at `index` (with its role) is the child speaking. */
function speakerKind(words: NoteWord[], roles: WordRole[], index: number, address: SentenceAddress): SpeakerKind {
  const word = words[index];
  if (!word || word.quoted) return null;
  const role = roles[index];
  if (role === 'child-name' || role === 'child-phrase') return 'child';
  if (role === 'child-pronoun') return ['she', 'he', 'they'].includes(word.lower) ? 'child' : null;
  if (role === 'second-person')
    return ['you', "you'd"].includes(word.lower) && address.addressee === 'child' ? 'child' : 'other';
  // "the boy", "one young person", "children in care": not "her son's teacher"
  if (childNouns.has(word.lower)) return 'child';
  if (role === 'other-person' || role === 'other-pronoun' || role === 'self-reference') return 'other';
  // "both parents were claiming", "the carers said"
  if (pluralOthers.has(word.lower)) return 'other';
  if (firstPerson.has(word.lower) || word.lower === 'we') return 'other';
  return null;
}

/** The index of the verb after a subject at `index`, skipping adverbs and auxiliaries, or -1. */
function verbAfter(words: NoteWord[], index: number): number {
  let next = index + 1;
  while (words[next] && between.has((words[next] as NoteWord).lower)) next += 1;
  const verb = words[next];
  return verb && !verb.quoted ? next : -1;
}

/** Words that may describe a group of children before their verb: "children in care who explain", "children and young adults describe". */
const groupWords = new Set('in care who and young people adults person persons we i met spoke to'.split(' '));

/** The verb after a group of children, past a short description of them, or -1. */
function verbAfterGroup(words: NoteWord[], index: number): number {
  let next = index + 1;
  while (
    next - index <= 4 &&
    words[next] &&
    !(words[next] as NoteWord).breakBefore &&
    groupWords.has((words[next] as NoteWord).lower)
  )
    next += 1;
  return verbAfter(words, next - 1);
}

/**
 * Whose words or views a sentence records. Quoted words belong to whoever the sentence says spoke
 * them ("Jade said “…”", "“…”, Mum told me"); reported words count as the child's when the child
 * (or "you", when the note is written to them) told, said, drew, showed, wants or feels. In a
 * note in the child's own words, every sentence in the first person is their voice.
 */
export function readVoice(
  sentence: NoteSentence,
  roles: WordRole[],
  address: SentenceAddress,
  writerIsChild: boolean,
): VoiceReading {
  const words = sentence.words;
  if (
    writerIsChild &&
    !sentence.text.trimEnd().endsWith('?') &&
    words.some((word) => !word.quoted && firstPerson.has(word.lower))
  )
    return { voice: 'child', speaker: 'I' };
  let reported: VoiceReading | null = null;
  let reportedAt = -1;
  // "your child's views should be heard", "I have ensured the child's views are identified": not their views
  const modal = words.some((word) =>
    ['should', 'must', 'will', 'can', 'could', 'may', 'might', 'ensure', 'ensured', 'ensures'].includes(word.lower),
  );
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    if (word.quoted) continue;
    if (
      word.lower === 'words' &&
      ['your', 'own'].includes(words[index - 1]?.lower ?? '') &&
      address.addressee !== 'other'
    )
      return { voice: 'child', speaker: 'you' };
    // "the children's wishes and feelings", "Jade's wishes"
    if ((word.lower === 'wishes' || word.lower === 'views') && index > 0 && !modal) {
      const owner = index - 1;
      const ownerWord = words[owner] as NoteWord;
      if (
        ownerWord.lower.endsWith("'s") ||
        ownerWord.lower.endsWith("s'") ||
        ['their', 'her', 'his'].includes(ownerWord.lower)
      ) {
        const kind =
          ownerWord.lower === 'your'
            ? address.addressee === 'child'
              ? 'child'
              : 'other'
            : (speakerKind(words, roles, owner, address) ??
              (childNouns.has(ownerWord.lower.replace(/'s$|s'$|'$/, '')) ? 'child' : null));
        if (kind === 'child') return { voice: 'child', speaker: ownerWord.text };
      }
    }
    const kind = speakerKind(words, roles, index, address);
    if (kind === null) continue;
    const verbIndex = childNouns.has(word.lower) ? verbAfterGroup(words, index) : verbAfter(words, index);
    const verb = words[verbIndex];
    if (!verb || !(voiceVerbs.has(verb.lower) || speechVerbs.has(verb.lower)) || verb.breakBefore) continue;
    // "Jade was told", "she is asked": someone else spoke to her; "she was saying" is her words
    const auxiliaries = words.slice(index + 1, verbIndex).map((w) => w.lower);
    if (auxiliaries.some((w) => ['is', 'are', 'was', 'were'].includes(w)) && !verb.lower.endsWith('ing')) continue;
    // "if you would like", "what you tell them", "how you feel": not words anyone said
    let clause = index;
    while (clause > 0 && index - clause < 5 && !(words[clause] as NoteWord).breakBefore) clause -= 1;
    const before = words.slice(clause, index).map((w) => w.lower);
    // ("what you told me" is what was said: a verb in the past is not hypothetical)
    const past = /ed$/.test(verb.lower) || pastVerbs.has(verb.lower);
    if (before.some((w) => conditional.has(w) || (!past && hypothetical.has(w)))) continue;
    if (verb.lower === 'would' && before.includes('that')) continue;
    // "did not ask", "never said": nothing was said
    const negated = words
      .slice(index + 1, verbIndex)
      .some((w) => ['not', "didn't", "don't", "doesn't", 'never'].includes(w.lower));
    if (negated && !['want', 'wants', 'wanted', 'wish', 'wished', 'wishes'].includes(verb.lower)) continue;
    // "B enjoys being with Tanya" is the writer's view; "you told me you like it" is the child's
    if (feelings.has(verb.lower) && !sentence.hasQuote && !words.some((w) => speechVerbs.has(w.lower))) continue;
    if (verb.lower === 'would' || verb.lower === "you'd") {
      if (!['like', 'love', 'prefer'].includes(words[verbIndex + 1]?.lower ?? '')) continue;
    }
    if (verb.lower === 'showed' && words[verbIndex + 1]?.lower !== 'me' && !sentence.hasQuote) continue;
    if (causative.has(words[index - 1]?.lower ?? '') && kind === 'child') continue;
    const reading: VoiceReading = { voice: kind, speaker: word.text };
    // the first speaker of a sentence is the one whose words it records ("Mum said Jade wants…"),
    // unless the child speaks in a clause of their own ("I asked Louis and he said…")
    if (kind === 'child') {
      const ownClause =
        reportedAt === -1 ||
        words.slice(reportedAt + 1, index + 1).some((w) => w.breakBefore || ['and', 'but', 'so'].includes(w.lower));
      return ownClause ? reading : (reported ?? reading);
    }
    if ((speechVerbs.has(verb.lower) || sentence.hasQuote) && reported === null) {
      reported = reading;
      reportedAt = verbIndex;
    }
  }
  // quoted words after an inverted speaker: "“I like it here,” said Jade"
  if (sentence.hasQuote) {
    for (let index = 1; index < words.length; index += 1) {
      const word = words[index] as NoteWord;
      const previous = words[index - 1] as NoteWord;
      if (word.quoted || previous.quoted || !speechVerbs.has(previous.lower)) continue;
      const kind = speakerKind(words, roles, index, address);
      if (kind) return { voice: kind, speaker: word.text };
    }
  }
  if (reported) return reported;
  // a quotation with no speaker, in the first person, in a note about a child: the child's words
  // ("“I am seven years old and I live with my gran.”")
  const quoted = words.filter((word) => word.quoted);
  if (quoted.length > 2 && quoted.some((word) => firstPerson.has(word.lower)) && address.addressee !== 'other') {
    const outside = words.filter((word) => !word.quoted);
    if (!outside.some((word, index) => speechVerbs.has(word.lower) && index > 0))
      return { voice: 'child', speaker: null };
  }
  return { voice: 'none', speaker: null };
}
