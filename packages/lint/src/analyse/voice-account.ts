import type { NoteSentence } from './read-note.ts';
import type { VoiceReading } from './voice-speaker.ts';
import { firstPerson } from './voice-words.ts';
import { secondPerson } from './words.ts';

/** Greetings that open words spoken to someone: "Hi, Maya!". */
const greetings = new Set(['hi', 'hello', 'hey', 'welcome']);

/** Quoted words in a child's account that open by greeting someone ("Hi, Maya!"): someone else's words to the child. */
function greetsWriter(sentence: NoteSentence): boolean {
  const first = sentence.words[0];
  return !!first && first.quoted && greetings.has(first.lower);
}

/**
 * The sentences of the child's own account that name no speaker: in a note the child wrote in their own words (the
 * writer says "I" or "my" outside quotation marks somewhere), a sentence with no one speaking ("Mum has anxiety
 * issues.", "It was a big step.") is still the child telling their story, so it records their voice. A question is
 * not counted (a heading or one asked of the reader), nor a note whose only first person is quoted: a report that
 * quotes a child ("'I miss my mum,' one boy said") is the reporter's, not the child's account. Where the host says the
 * child wrote the note (`hostSays`), no sign is needed: every sentence no one speaks in is theirs, a question ("Why did
 * this happen?") and a generic "you" ("You're just frozen.") included. Returns the readings, changed where an account's
 * sentence was read as no one's.
 */
export function ownAccount(
  sentences: NoteSentence[],
  readings: VoiceReading[],
  writerIsChild: boolean,
  hostSays = false,
): VoiceReading[] {
  if (!writerIsChild && !hostSays) return readings;
  const ownWords =
    hostSays ||
    sentences.some((sentence) => sentence.words.some((word) => !word.quoted && firstPerson.has(word.lower)));
  if (!ownWords) return readings;
  return readings.map((reading, index) => {
    const sentence = sentences[index] as NoteSentence;
    if (reading.voice !== 'none' || reading.speaker !== null || greetsWriter(sentence)) return reading;
    if (!hostSays && sentence.text.trimEnd().endsWith('?')) return reading;
    return { voice: 'child', speaker: null };
  });
}

/** Words before a name that make it the speaker naming themself: "my name is Oli", "I'm Tara", "call me Jade". */
const selfNaming = new Set(['is', "i'm", 'am', 'me', 'called']);

/** Whether the sentence names the child in the third person (in its quoted words, when it quotes): not "my name is Oli", not "[Emma]". */
function namesChildAsOther(sentence: NoteSentence, names: ReadonlySet<string>): boolean {
  return sentence.words.some((word, index) => {
    if (sentence.hasQuote && !word.quoted) return false;
    if (!names.has(word.lower.replace(/'s$/, ''))) return false;
    if (selfNaming.has(sentence.words[index - 1]?.lower ?? '')) return false;
    // an editor's gloss in square brackets ("nasty with me [Emma]") names who "me" is
    return sentence.text.charAt(word.start - sentence.from - 1) !== '[';
  });
}

/**
 * Words no one is named as speaking that name the child in the third person are someone else's: "“Tommy knows what he
 * likes to do, tells us how he feels”" (nursery staff), not Tommy's own (of themself a child says "I"; Principle C, as
 * for "she" beside the child's name). Only the host's names for the child are sure enough. Returns the readings, changed
 * where a sentence read as the child's, with no speaker, names the child so.
 */
export function namedChildNotSpeaking(
  sentences: NoteSentence[],
  readings: VoiceReading[],
  names: ReadonlySet<string>,
): VoiceReading[] {
  if (names.size === 0) return readings;
  return readings.map((reading, index) =>
    reading.voice === 'child' && reading.speaker === null && namesChildAsOther(sentences[index] as NoteSentence, names)
      ? { voice: 'other', speaker: null }
      : reading,
  );
}

/** Openings by which a writer names themself: "my name is Daniel", "my name's Jarrod", "I am Tara", "call me Jade". */
const selfNamingOpenings: readonly (readonly string[])[] = [
  ['my', 'name', 'is'],
  ['my', "name's"],
  ['i', 'am'],
  ["i'm"],
  ['call', 'me'],
];

/**
 * Whether the writer names themself with the child's name ("My name is Daniel and I am from Eritrea", the host's child
 * being Daniel): then the note's first person is the child, and it is their own account. Only the host's names are
 * sure enough, and only the writer's own words count (a quotation of the child saying "I'm Jade" is someone's report).
 */
export function writerNamesThemselfAsChild(sentences: NoteSentence[], names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  return sentences.some((sentence) => {
    const words = sentence.words;
    return words.some((word, index) => {
      if (word.quoted || !names.has(word.lower)) return false;
      return selfNamingOpenings.some((opening) =>
        opening.every((part, offset) => {
          const before = words[index - opening.length + offset];
          return before !== undefined && !before.quoted && before.lower === part;
        }),
      );
    });
  });
}

/** The first person plural: pupils answering together ("We're very eco."). */
const groupFirstPerson = new Set(['we', 'our', 'us', "we're", "we've", 'ours']);

const isQuestion = (sentence: NoteSentence): boolean => sentence.text.trimEnd().endsWith('?');

/** Openings of a letter or message to its reader ("Dear Sam", "Hi Jade"): its questions are the writer's to the child. */
const letterOpenings = new Set(['dear', 'hi', 'hello', 'hey', 'to']);

/**
 * Answers to a question put to the child ("What do you like about school?" … "I like lunch. We go into the field."):
 * the first-person sentences after it, up to the next question, that name no speaker and say "you" to no one, are the
 * child's answers, as in an interview with a pupil or a page of pupils' answers. Only a note that puts two questions or
 * more to the child and speaks to them in no statement is read so: a letter or a note written to the child asks its
 * reader questions too, and its writer goes on in the first person ("How was school today? I visited you on Monday."),
 * and so does a note that opens with a greeting. `analysed`: each sentence's reading, with whom it speaks to. Returns the
 * readings, changed where an answer was read as no one's.
 */
export function interviewAnswers(
  sentences: NoteSentence[],
  readings: VoiceReading[],
  analysed: readonly { addressee: string }[],
): VoiceReading[] {
  if (letterOpenings.has(sentences[0]?.words[0]?.lower ?? '')) return readings;
  let questions = 0;
  let statements = 0;
  for (let index = 0; index < sentences.length; index += 1) {
    if (analysed[index]?.addressee !== 'child') continue;
    if (isQuestion(sentences[index] as NoteSentence)) questions += 1;
    else statements += 1;
  }
  if (questions < 2 || statements > 0) return readings;
  const answers = [...readings];
  let answering = false;
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index] as NoteSentence;
    if (isQuestion(sentence)) {
      // (a question with the asker's own "I" or "we" in it is the writer talking to the reader: "Do you know what I did?")
      const own = sentence.words.filter((word) => !word.quoted);
      answering =
        analysed[index]?.addressee === 'child' &&
        own.some((word) => secondPerson.has(word.lower)) &&
        !own.some((word) => firstPerson.has(word.lower) || groupFirstPerson.has(word.lower));
      continue;
    }
    if (!answering) continue;
    const reading = readings[index] as VoiceReading;
    // someone named speaking ends the answers
    if (reading.speaker !== null && reading.voice !== 'child') {
      answering = false;
      continue;
    }
    if (reading.voice !== 'none') continue;
    const words = sentence.words.filter((word) => !word.quoted);
    if (words.some((word) => secondPerson.has(word.lower))) continue;
    if (words.some((word) => firstPerson.has(word.lower) || groupFirstPerson.has(word.lower)))
      answers[index] = { voice: 'child', speaker: null };
  }
  return answers;
}
