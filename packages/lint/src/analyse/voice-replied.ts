// The child's answer after a colon: "Asked by the Crown … why she had not told her mother …, she replied: "Mum
// believed dad…"", "The social worker asked the same question to the daughter and she replied with these statements:
// "…"". The one who replies is the one asked, so a "she" or "he" that the nearest adult before it would otherwise take
// (her mother, the social worker) is the child where the child was asked (voice42b; the lead's brief for issue 10).
import type { SentenceAddress } from './addressee.ts';
import type { WordRole } from './people.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import { isChildNoun, speakerKind, type VoiceReading } from './voice-speaker.ts';

/** Verbs of answering that a colon may follow ("she replied:", "he answered with these words:"). */
const answerVerbs = new Set(['replied', 'answered', 'responded']);
/** How many words may stand between the verb and its colon ("replied with these statements:"). */
const colonReach = 3;
/** The pronoun that replies, and the child's pronouns earlier in the sentence that make it the same person. */
const sameChild: Record<string, ReadonlySet<string>> = {
  she: new Set(['she', 'her', 'herself']),
  he: new Set(['he', 'him', 'his', 'himself']),
};
/** A child asked by their relation to the family ("asked the daughter"): a son or daughter the pronoun agrees with. */
const askedRelation: Record<string, string> = { she: 'daughter', he: 'son' };

/** Whether a colon closes the answer's verb within `colonReach` words (and before any quotation opens). */
function colonAfter(sentence: NoteSentence, verb: number): boolean {
  const words = sentence.words;
  for (let index = verb; index < words.length && index <= verb + colonReach; index += 1) {
    const word = words[index] as NoteWord;
    const next = words[index + 1];
    const gap = sentence.text.slice(word.end - sentence.from, next ? next.start - sentence.from : undefined);
    if (gap.includes(':')) return true;
    if (next?.quoted) return false;
  }
  return false;
}

/** Whether the one asked before the reply is the child the pronoun `pronoun` stands for. */
function childWasAsked(words: NoteWord[], roles: WordRole[], subject: number, address: SentenceAddress): boolean {
  const pronoun = (words[subject] as NoteWord).lower;
  const forms = sameChild[pronoun];
  if (!forms) return false;
  // "Asked by the Crown … why she had not told her mother …, she replied:": the one asked is the subject, the child
  // the sentence already named by the same pronoun
  if (words[0]?.lower === 'asked')
    return words.slice(1, subject).some((word, at) => roles[at + 1] === 'child-pronoun' && forms.has(word.lower));
  // "asked the same question to the daughter and she replied:", "asked the girl … and she answered:"
  const asked = words.findIndex((word, at) => at < subject && !word.quoted && word.lower === 'asked');
  if (asked === -1) return false;
  for (let index = asked + 1; index < subject; index += 1) {
    const word = words[index] as NoteWord;
    if (word.quoted) return false;
    if (word.lower === 'and') return index === subject - 1 && childBefore(words, roles, asked, index, pronoun, address);
  }
  return false;
}

/** A child named between "asked" and "and": a child noun, the child's name, or a son or daughter agreeing. */
function childBefore(
  words: NoteWord[],
  roles: WordRole[],
  from: number,
  to: number,
  pronoun: string,
  address: SentenceAddress,
): boolean {
  for (let index = from + 1; index < to; index += 1) {
    const word = words[index] as NoteWord;
    if (speakerKind(words, roles, index, address) === 'child' || isChildNoun(words, index)) return true;
    if (word.lower === askedRelation[pronoun] && words[index - 1]?.lower === 'the') return true;
  }
  return false;
}

/** The child's answer after "replied:" / "answered:" / "responded:" where the one replying is the child, or null. */
export function answerAfterColon(
  sentence: NoteSentence,
  roles: WordRole[],
  address: SentenceAddress,
): VoiceReading | null {
  const words = sentence.words;
  for (let verb = 1; verb < words.length; verb += 1) {
    const word = words[verb] as NoteWord;
    if (word.quoted || !answerVerbs.has(word.lower) || !colonAfter(sentence, verb)) continue;
    const subject = verb - 1;
    const speaker = words[subject] as NoteWord;
    if (speaker.quoted) return null;
    if (speakerKind(words, roles, subject, address) === 'child') return { voice: 'child', speaker: speaker.text };
    if (childWasAsked(words, roles, subject, address)) return { voice: 'child', speaker: speaker.text };
    return null;
  }
  return null;
}
