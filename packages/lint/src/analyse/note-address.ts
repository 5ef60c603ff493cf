import { type NoteAddress, readAddressees, writerIsChildIn } from './addressee.ts';
import { identifyChild } from './identify-child.ts';
import type { ChildIdentity } from './names.ts';
import { phraseGender } from './child-phrases.ts';
import { finish } from '../note-pieces.ts';
import type { NoteSentence } from './read-note.ts';
import type { NoteContext } from './types.ts';
import { adultSpeakers } from './voice-adult-speakers.ts';
import { familyReaders } from './reader-family.ts';
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
  const reader = readNoteReader(sentences, context);
  const toFamily = familyReaders(sentences, reader.address);
  return (sentence) => (writtenToChild(reader, sentence) ? 'child' : toFamily(sentence) ? 'family' : 'other');
}

/**
 * Whether a sentence is written to the child: its section speaks to the child, or it speaks to nobody
 * in a note written to the child (a sentence without "you" in a letter to the child).
 */
export function writtenToChild(reader: NoteReader, sentence: number): boolean {
  const addressee = reader.address.sentences[sentence]?.addressee;
  return addressee === 'child' || (addressee === 'none' && reader.address.note === 'child');
}
