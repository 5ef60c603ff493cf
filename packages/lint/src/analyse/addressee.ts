import { endearments, isNotName, salutations } from './lexicon.ts';
import { type ChildIdentity, gapAfter, isChildName, stripPossessive, titles } from './names.ts';
import { vocativeAt } from './vocative.ts';
import {
  addAdultBusiness,
  callsOtherByNameAtEnd,
  closingGreetingName,
  namesChildBesideYou,
} from './reader-evidence.ts';
import { adultRoles, callsKinMidSentence, greetsAdultByRole, groupWords } from './reader-roles.ts';
import { evidence, parentWriter, speaksOfOwnChild, speaksOfTheChild } from './reader-signs.ts';
import { labelHead } from './dialogue-labels.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import type { Addressee } from './types.ts';
import {
  adultWriterPattern,
  childWriterPattern,
  childWritesOwnWords,
  numberedChildren,
  writerSaysI,
} from './voice-writer.ts';
import { secondPerson } from './words.ts';
import { wordSet } from '../word-set.ts';

/** Who "you" is in one sentence, and why. */
export interface SentenceAddress {
  /** Whom the writer addresses in this sentence. */
  addressee: Addressee;
  /** Indexes of the words where the writer says "you" to the addressee (not quoted, not "thank you"). */
  you: number[];
  /** Index of a name the sentence opens by speaking to ("Kai, thanks for…"), or -1. */
  vocative: number;
  /** Index of "thank" in "thank you", or -1. */
  thanks: number;
  /** The sentence is a greeting or heading ("Dear Ms Shah,", "Handover:"). */
  opening: boolean;
  /** The sentence opens with a speaker's label ("D: You could…"): its "you" is the speaker's. */
  dialogue: boolean;
}

export interface NoteAddress {
  /** Whom the note as a whole is written to (the first section that addresses anyone). */
  note: Addressee;
  sentences: SentenceAddress[];
  /** The writer is the child (a letter or statement in their own words: "my foster carers", "when I was 12"). */
  writerIsChild: boolean;
  /** Why the note's addressee was decided as it was. */
  reason: string;
}

/** Words after "dear" that address the child ("Dear Son", "Dear Grandson", "Dear students,"). */
const childTerms = wordSet(
  'son daughter sweetheart grandson granddaughter grandchild grandchildren grandkids kids children boys girls students pupils',
);
/** Openings that are headings to another adult: "Handover:", "Email to school nurse:". */
export const headingPattern =
  /^\s*(?:handover|e-?mail|letter|memo|message|note|referral|summary|update|minutes|report)(?!\w)[^.!?\n]{0,60}:/i;
/** After "your", in a note a child wrote: a child in care's world, so the reader is a child too ("your social worker"). */
const careAfterYour = wordSet('social carer carers review iro placement');
const fosterFamily = wordSet('carer carers family home parents mum mom dad');

/** Whether a child writer says "your social worker", "your foster carers": writing to another child in care. */
function peerReader(words: NoteWord[], you: number[]): boolean {
  return you.some((index) => {
    if (words[index]?.lower !== 'your') return false;
    const next = words[index + 1]?.lower ?? '';
    return careAfterYour.has(next) || (next === 'foster' && fosterFamily.has(words[index + 2]?.lower ?? ''));
  });
}

/** The writer's words introducing what "you" said: the quotation is the reader's own words. */
const quotesTheReader =
  /\byou (?:said|say|told|tell|wrote|write|asked|ask|explained|shared|added|replied|answered|shouted)(?!\w)/i;

const writerIsChildOf = new WeakMap<NoteSentence[], boolean>();
const writerIsAdultOf = new WeakMap<NoteSentence[], boolean>();

/** The writer's own words of a sentence (quoted words left out). */
function ownWordsOf(sentence: NoteSentence): string {
  const own: string[] = [];
  for (const word of sentence.words) if (!word.quoted) own.push(word.text);
  return own.join(' ');
}

/** Whether the note is in the child's own words ("my foster carers", "when I was 12"). */
export function writerIsChildIn(sentences: NoteSentence[]): boolean {
  // asked more than once of each note (by the analysis and by `readAddressees`): read once
  const known = writerIsChildOf.get(sentences);
  if (known !== undefined) return known;
  // a question ("Where will I meet my social worker?") is a leaflet's heading, not the child writing
  // "your father and I": the writer is the reader's parent, whatever they say of their own mother
  // each sentence's own words, joined once for both questions
  const ownWords: string[] = [];
  for (const sentence of sentences) ownWords.push(ownWordsOf(sentence));
  // ("…except for the “Son #3 CAN'T want to be a dentist” rant": children numbered anywhere in the note)
  const adult =
    ownWords.some((own) => adultWriterPattern.test(own)) ||
    sentences.some((sentence) => numberedChildren.test(sentence.text));
  const parent = adult || ownWords.some((own) => parentWriter.test(own));
  const saysI = ownWords.some((own) => writerSaysI.test(own));
  writerIsAdultOf.set(sentences, adult);
  const writerIsChild =
    !parent &&
    sentences.some((sentence, index) => {
      if (sentence.text.trimEnd().endsWith('?')) return false;
      const own = ownWords[index] as string;
      // "You told me “I'm 13 now”": the writer quotes the child they write to, so the child is the reader
      if (childWriterPattern.test(sentence.text) && !quotesTheReader.test(own)) return true;
      return childWritesOwnWords(own, saysI);
    });
  writerIsChildOf.set(sentences, writerIsChild);
  return writerIsChild;
}

/** Whether the writer says in their own words that they are an adult by their work ("as a teacher", "my pupils"). */
function writerIsAdultIn(sentences: NoteSentence[]): boolean {
  if (!writerIsChildOf.has(sentences)) writerIsChildIn(sentences);
  return writerIsAdultOf.get(sentences) === true;
}

/** What the writer calls their own ("my class", "my caseload"): the words after "my" in their own words. */
function writersOwn(sentences: NoteSentence[]): Set<string> {
  const own = new Set<string>();
  for (const sentence of sentences)
    sentence.words.forEach((word, index) => {
      const next = sentence.words[index + 1];
      if (word.lower === 'my' && !word.quoted && next) own.add(next.lower);
    });
  return own;
}

/**
 * Whether "you" has what the writer, an adult by their work, says is theirs ("I got to reflect on my class… write to
 * your class"): the reader shares the writer's role, a teacher writing to teachers, not to a pupil.
 */
function readerSharesRole(words: NoteWord[], you: number[], mine: ReadonlySet<string>): boolean {
  return you.some((index) => words[index]?.lower === 'your' && mine.has(words[index + 1]?.lower ?? ''));
}

/** Speaker labels of a dialogue or an interview ("D: You could go…", "Me: I can't leave you…", "Q: Do you…"). */
const speakerWords = wordSet('me mum mom dad mummy daddy q a interviewer child son daughter parent worker sw carer');

/** Whether a sentence opens with a speaker's label: what follows is their words, not the writer's. */
export function opensWithSpeaker(sentence: NoteSentence): boolean {
  const first = sentence.words[0];
  if (labelHead(sentence) !== -1) return true;
  if (!first || sentence.words.length < 2 || !/^\p{Lu}/u.test(first.text) || first.quoted) return false;
  if (!/^:\s/.test(gapAfter(sentence, 0)) || headingPattern.test(sentence.text)) return false;
  return /^\p{Lu}$/u.test(first.text) || speakerWords.has(first.lower) || !isNotName(stripPossessive(first.lower));
}

/** A straight double mark that opens a sentence, or follows a sentence's end, before a word: speech opening. */
const speechOpens = /(?:^|[.!?]\s+)"(?=\p{L})/gu;

/**
 * Where speech that a reporter reopens paragraph by paragraph runs in a sentence, as note offsets: each paragraph of
 * one speech opens with the same straight mark and only the last one closes it (…says Zach. "When you're dealing with
 * things… "A counsellor is someone who you know…"), so a mark at a sentence's start or after its end, before a word,
 * opens the speaker's words up to the next mark. Pairing the marks one by one reads that second paragraph as the
 * writer's. A mark that opens a new quotation is read the same either way.
 */
function reopenedSpeech(sentence: NoteSentence): Array<[number, number]> {
  const text = sentence.text;
  if (!text.includes('"')) return [];
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(speechOpens)) {
    const open = match.index + match[0].length - 1;
    const close = text.indexOf('"', open + 1);
    ranges.push([sentence.from + open, sentence.from + (close === -1 ? text.length : close)]);
  }
  return ranges;
}

/** "you" as the writer uses it: the words of the sentence that address someone. */
function writerYou(sentence: NoteSentence): { you: number[]; thanks: number } {
  const you: number[] = [];
  let thanks = -1;
  if (opensWithSpeaker(sentence)) return { you, thanks };
  const words = sentence.words;
  const speech = reopenedSpeech(sentence);
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as NoteSentence['words'][number];
    if (word.quoted || !(secondPerson.has(word.lower) || word.lower === "your's")) continue;
    if (speech.some(([from, to]) => word.start > from && word.end <= to)) continue;
    if (word.lower === 'you' && words[index - 1]?.lower === 'thank') {
      thanks = index - 1;
      continue;
    }
    you.push(index);
  }
  return { you, thanks };
}

/** Who a greeting or heading speaks to, or null when it is not one. */
function openingAddressee(
  sentence: NoteSentence,
  vocative: number,
  child: ChildIdentity,
  contextual: boolean,
): Addressee | null {
  const words = sentence.words;
  const first = words[0];
  if (!first) return null;
  if (headingPattern.test(sentence.text)) {
    const to = words.findIndex((word) => word.lower === 'to');
    const named = to === -1 ? undefined : words[to + 1];
    return named && isChildName(named, child) ? 'child' : 'other';
  }
  // "To the birth mother of my son,", "Mum, it's me.": an opening that names an adult reader by what they are
  if (greetsAdultByRole(sentence)) return 'other';
  const greeting = salutations.has(first.lower) && first.lower !== 'to';
  if (!greeting && vocative !== 0) return null;
  const at = greeting ? 1 : 0;
  const named = words[at];
  if (!named) return greeting ? 'child' : null;
  // "Dear Mom, how are you?", "Dear GAL, here we are…", "Dear all - …": a greeting to a parent or a professional
  if (
    greeting &&
    (titles.has(named.lower) || adultRoles.has(named.lower)) &&
    /^\s*[,:!\-–—]|^\s*$/.test(gapAfter(sentence, at))
  )
    return 'other';
  // "Dear Adoptive Family,", "Dear Birth Mother,": a greeting to adults named by what they are
  const role = words[at + 1];
  if (greeting && role && isNotName(named.lower) && (adultRoles.has(role.lower) || groupWords.has(role.lower)))
    return 'other';
  // "Dear daughter who is turning 16,": a greeting to the child by what they are to the writer, however long
  if (greeting && childTerms.has(named.lower)) return 'child';
  // a greeting is a whole sentence of its own, or the name before a comma
  if (greeting && words.length > 4 && vocative === -1) return null;
  if (
    titles.has(named.lower) ||
    adultRoles.has(named.lower) ||
    (named.lower === 'social' && words[at + 1]?.lower === 'worker')
  )
    return 'other';
  if (childTerms.has(named.lower) || endearments.has(named.lower) || isChildName(named, child)) return 'child';
  if (isNotName(stripPossessive(named.lower))) return null;
  // a name that is not the child's, when the host says who the child is, is someone else
  return contextual ? 'other' : null;
}

/**
 * Reads whom the note speaks to, section by section: a greeting or heading ("Dear Ms Shah",
 * "Handover:") sets the addressee of what follows; otherwise "you" is the child unless the
 * note shows it is an adult ("your child", "as a foster carer you", a child writing "my social
 * worker"). Quoted words are someone else's and never count. `childWrote`: the host says the child wrote the note
 * (`NoteContext.writer: 'child'`), so it is read as in the child's own words whatever its signs.
 */
export function readAddressees(sentences: NoteSentence[], child: ChildIdentity, childWrote = false): NoteAddress {
  const contextual = child.evidence === 'context';
  // each pass over the note a small function of its own, so the engine optimises it in the first lints
  const reads = readYous(sentences, child, contextual);
  // the host says the child wrote the note (`writer: 'child'`): their own words whatever its signs
  const writerIsChild = childWrote || writerIsChildIn(sentences);
  const mine = !writerIsChild && writerIsAdultIn(sentences) ? writersOwn(sentences) : null;
  const result: SentenceAddress[] = [];
  let note: Addressee = 'none';
  let noteReason = 'no sentence speaks to anyone';
  let start = 0;
  while (start < reads.length) {
    // a section runs from one greeting or heading to the next
    const opening = (reads[start] as YouRead).opening;
    let end = start + 1;
    while (end < reads.length && (reads[end] as YouRead).opening === null) end += 1;
    const section = reads.slice(start, end);
    let score = writerIsChild ? -3 : 0;
    // children in care writing to a child coming into care: "your social worker will help you"
    if (writerIsChild && section.some((read) => peerReader(read.sentence.words, read.you))) score += 3;
    // a teacher writing to teachers: "my class… your class"
    if (mine && section.some((read) => readerSharesRole(read.sentence.words, read.you, mine))) score -= 3;
    const business = new Set<string>();
    const read = scoreSection(section, child, section.some(saysYou), business);
    // two or more kinds of adult business ("a copy of the report before the conference", "contact Reception")
    score += read.score - (business.size >= 2 ? 2 * business.size : 0);
    const speaks = opening !== null || read.speaks;
    // "you" only in generic clauses among the writer's own first-person sentences: anyone, read as not the child
    if (opening === null && score <= 0 && read.speaks && genericSection(section)) score = -1;
    // "Dear Sharon," when the greeting is all that makes Sharon the child: the section's own signs of an adult reader
    // ("your son", "my son" beside "you") outweigh it ("I want you to let go of the guilt you have associated with
    // your son…"); the greeting's own weight for the child is left out
    const first = reads[start] as YouRead;
    const overruled = first.softChild && score - 2 <= -2;
    const addressee: Addressee = !speaks
      ? 'none'
      : overruled
        ? 'other'
        : opening === 'child' || opening === 'other'
          ? opening
          : score < 0
            ? 'other'
            : 'child';
    if (note === 'none' && addressee !== 'none') {
      note = addressee;
      noteReason =
        opening !== null
          ? `the note opens by addressing ${addressee === 'child' ? 'the child' : 'another adult'}`
          : addressee === 'child'
            ? '“you” in the note is the child'
            : writerIsChild
              ? 'the note is in the child’s own words, so “you” is an adult'
              : '“you” in the note is an adult (a parent or a professional)';
    }
    for (let offset = 0; offset < section.length; offset += 1) {
      const read = section[offset] as YouRead;
      const { you, vocative, thanks, sentence } = read;
      const first = offset === 0 && read.opening !== null;
      result.push({ addressee, you, vocative, thanks, opening: first, dialogue: opensWithSpeaker(sentence) });
    }
    start = end;
  }
  return { note, sentences: result, writerIsChild, reason: noteReason };
}

/** One sentence's "you"s, "thank you", vocative and the greeting or heading it opens with (or null), read once. */
type YouRead = Pick<SentenceAddress, 'you' | 'thanks' | 'vocative'> & {
  sentence: NoteSentence;
  opening: Addressee | null;
  /** The opening is to the child only because its name is greeted: no host context says who the child is. */
  softChild: boolean;
};

function readYous(sentences: NoteSentence[], child: ChildIdentity, contextual: boolean): YouRead[] {
  const reads: YouRead[] = [];
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index] as NoteSentence;
    const { you, thanks } = writerYou(sentence);
    const opens = vocativeAt(sentence);
    // "Congratulations again April!": the child's name closing a greeting is said to them too
    const vocative = opens === -1 ? closingGreetingName(sentence, child) : opens;
    const opening = openingAddressee(sentence, vocative, child, contextual);
    // the greeted name is the child only because it is greeted (no host context, no other evidence)
    const softChild = opening === 'child' && !contextual && child.evidence === 'vocative' && vocative !== -1;
    reads.push({ sentence, you, thanks, vocative, opening, softChild });
  }
  return reads;
}

const saysYou = (read: YouRead): boolean => read.you.length > 0;

/** "When you are travelling you hear…", "when you're going through your teenage years you don't want…": anyone. */
const genericYou =
  /\b(?:when|whenever|once|if)\s+you(?:'re|'ve)?\b[^.;!?]*?\byou(?:'re|'ll|'d)?\s+(?!can\b|could\b|should\b|must\b|will\b|might\b|may\b|need\b)(?:don't\s+|can't\s+|do\s+not\s+)?[a-z]+/i;
/** The writer's own first person: "I", "my", "me". */
const firstPerson = /\b(?:I|I'm|I've|I'd|[Mm]y|[Mm]e)(?!\w)/;

/**
 * A section whose only "you"s are generic ("When you are travelling you hear a lot of people telling you…") among the
 * writer's own first-person sentences (a young person's account of their life): "you" is anyone, not the child. A note
 * to the child says "you" outside such a clause ("I visited you…"); a "you" sentence with the writer's own "I" in it is
 * left as it was read (the child's voice reads "…you don't want to be different but I felt like I was" by its "you").
 */
function genericSection(section: YouRead[]): boolean {
  let own = 0;
  for (const read of section) {
    const text = ownWordsOf(read.sentence);
    if (read.you.length === 0) {
      if (firstPerson.test(text)) own += 1;
    } else if (!genericYou.test(text) || firstPerson.test(text) || read.vocative !== -1) return false;
  }
  return own >= 1;
}

/** A section's evidence on whom "you" is (below 0: an adult), whether it speaks to anyone, its adult business. */
function scoreSection(
  section: YouRead[],
  child: ChildIdentity,
  anyYou: boolean,
  business: Set<string>,
): { score: number; speaks: boolean } {
  let score = 0;
  let speaks = false;
  for (let index = 0; index < section.length; index += 1) {
    const read = section[index] as YouRead;
    if (read.you.length > 0) addAdultBusiness(read.sentence.text, business);
    score += evidence(read.sentence.words, read.you, read.sentence.text);
    if (
      read.you.length > 0 &&
      namesChildBesideYou(read.sentence, read.vocative, child, opensWithSpeaker(read.sentence))
    )
      score -= 2;
    // "…talk to the child alone", beside sentences that say "you": the reader is an adult
    if (read.you.length === 0 && anyYou && speaksOfTheChild(read.sentence)) score -= 1;
    if (read.you.length === 0 && anyYou && speaksOfOwnChild(ownWordsOf(read.sentence))) score -= 1;
    // "And now, Dad, I get a chance to say I'm so very proud of you.": the reader is called by a kin word
    if (read.you.length > 0 && callsKinMidSentence(read.sentence)) score -= 2;
    // "…that you were at the hospital, Amanda." when the host says the child is Piper: Amanda is the reader
    if (read.you.length > 0 && callsOtherByNameAtEnd(read.sentence, child)) score -= 2;
    if (read.you.length > 0) speaks = true;
    const name = read.sentence.words[read.vocative];
    if (read.vocative !== -1 && name && isChildName(name, child)) {
      score += 2;
      speaks = true;
    }
  }
  return { score, speaks };
}
