import { headingPattern, type NoteAddress, readAddressees, writerIsChildIn } from './addressee.ts';
import { identifyChild } from './identify-child.ts';
import { salutations } from './lexicon.ts';
import type { ChildIdentity } from './names.ts';
import { vocativeAt } from './vocative.ts';
import { phraseGender } from './child-phrases.ts';
import { finish } from '../note-pieces.ts';
import type { NoteSentence } from './read-note.ts';
import type { NoteContext } from './types.ts';
import { adultSpeakers } from './voice-adult-speakers.ts';
import { familyReaders, writtenToOfficial } from './reader-family.ts';
import { mayCloseOnAName } from './reader-evidence.ts';
import { greetsAdultByRole } from './reader-roles.ts';
import type { NoteWord } from './read-note.ts';
import { secondPerson } from './words.ts';
import type { SentenceReader } from '../context/note-facts.ts';

/** Who the child is in a note, and whom each of its sentences speaks to. */
export interface NoteReader {
  child: ChildIdentity;
  address: NoteAddress;
}

/**
 * Reads who the child is and whom the note speaks to, sentence by sentence: the one reading of the
 * addressee, which the analysis (`analyseNote`) and the rule condition `reader: child` both use.
 * In steps (each whole-note reading takes a while on a very long note); `readNoteReader` runs it at once.
 */
export function* readNoteAddress(sentences: NoteSentence[], context: NoteContext): Generator<void, NoteReader, void> {
  const read = readings.get(sentences);
  if (read && sameContext(read.context, context)) return read.reader;
  const reader = yield* readAddressSteps(sentences, context);
  readings.set(sentences, { context, reader });
  return reader;
}

// one lint reads the note's addressees once: the rule condition `reader` and the analysis share the parsed note
// (`readNote`'s cache) and so this reading of it (10,000 words: about a seventh of a full lint when both need it)
const readings = new WeakMap<NoteSentence[], { context: NoteContext; reader: NoteReader }>();
const noContext = (context: NoteContext): boolean =>
  context.child === undefined && (context.household?.length ?? 0) === 0 && context.writer === undefined;
const sameContext = (one: NoteContext, other: NoteContext): boolean =>
  one === other || (noContext(one) && noContext(other));

function* readAddressSteps(sentences: NoteSentence[], context: NoteContext): Generator<void, NoteReader, void> {
  const household = context.household ?? [];
  // the host says the child wrote the note (`writer: 'child'`): read as the child's own words whatever its signs
  const childWrote = context.writer === 'child';
  const writerIsChild = childWrote || writerIsChildIn(sentences);
  yield;
  // people whose own quoted words speak of children as theirs ("our children", "my son") are never the child
  const speakers = adultSpeakers(sentences);
  const notChild = speakers.length === 0 ? household : [...household, ...speakers.map((name) => ({ name }))];
  let child = identifyChild(sentences, context.child, notChild, writerIsChild ? 'writer' : 'child');
  // a child named only by what they are ("I visit a young girl…"): "she" is most often her
  if (child.names.size === 0 && child.gender === 'unknown' && !writerIsChild)
    child = { ...child, gender: phraseGender(sentences) };
  yield;
  let address = readAddressees(sentences, child, childWrote);
  // a greeting to an adult ("Dear Mel", in a letter to a social worker) does not name the child
  if (address.note === 'other' && child.evidence === 'vocative') {
    yield;
    child = identifyChild(sentences, context.child, notChild, 'adult');
    yield;
    address = readAddressees(sentences, child, childWrote);
  }
  return { child, address };
}

/** `readNoteAddress` run to the end. */
export function readNoteReader(sentences: NoteSentence[], context: NoteContext): NoteReader {
  return finish(readNoteAddress(sentences, context));
}

/**
 * Whom each sentence of a note is written to, for the rule condition `reader`: the child (`writtenToChild`), the
 * child's family (a parent or carer: `familyReaders`), or someone else (a professional, or nobody: a note about the
 * child).
 */
export function sentenceReaders(sentences: NoteSentence[], context: NoteContext): (sentence: number) => SentenceReader {
  // a note (in the editor, a paragraph) that says "you" to nobody and greets no one is written to nobody, whoever the
  // child is: most paragraphs of a note about the child, read so without reading who the child is
  if (!sentences.some(maySpeakToAnyone)) return toNobody;
  const reader = readNoteReader(sentences, context);
  const toFamily = familyReaders(sentences, reader.address);
  return (sentence) => {
    // a parent's or young person's letter to the council or a tribunal is read by a professional, whoever "you" seemed
    if (writtenToOfficial(sentences[sentence]?.text ?? '')) return 'other';
    return writtenToChild(reader, sentence) ? 'child' : toFamily(sentence) ? 'family' : 'other';
  };
}

const toNobody = (): SentenceReader => 'other';

/**
 * Whether a sentence may speak to anyone, whoever the child is: a "you" anywhere in it (quoted or not), a name it opens
 * by speaking to, a short greeting that may close on a name, or a greeting or heading. `readAddressees` (addressee.ts) reads a note
 * none of whose sentences may as speaking to nobody, every sentence and the note ('none'): a section speaks only
 * through its opening, a "you" or the child's name said to them, and each needs one of these.
 */
export function maySpeakToAnyone(sentence: NoteSentence): boolean {
  const words = sentence.words;
  for (let index = 0; index < words.length; index += 1) {
    const lower = (words[index] as NoteWord).lower;
    if (secondPerson.has(lower) || lower === "your's") return true;
  }
  const first = words[0];
  if (!first) return false;
  return (
    (salutations.has(first.lower) && first.lower !== 'to') ||
    vocativeAt(sentence) !== -1 ||
    mayCloseOnAName(sentence) ||
    headingPattern.test(sentence.text) ||
    greetsAdultByRole(sentence)
  );
}

/**
 * Whether a sentence is written to the child: its section speaks to the child, or it speaks to nobody
 * in a note written to the child (a sentence without "you" in a letter to the child).
 */
export function writtenToChild(reader: NoteReader, sentence: number): boolean {
  const addressee = reader.address.sentences[sentence]?.addressee;
  return addressee === 'child' || (addressee === 'none' && reader.address.note === 'child');
}
