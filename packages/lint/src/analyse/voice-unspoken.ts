// Readings of a sentence in which no subject was read as speaking (the tail of `readVoice`, voice.ts): a group word
// read from the group it is part of, quoted words read from what introduces them, then unattributed quoted words.
import type { SentenceAddress } from './addressee.ts';
import type { WordRole } from './people.ts';
import type { NoteSentence } from './read-note.ts';
import type { Voice } from './types.ts';
import { groupReading } from './voice-groups.ts';
import { quoteIntroducer, unattributedQuote } from './voice-quotes.ts';
import type { VoiceReading } from './voice-speaker.ts';

/** Whose words a sentence records when none of its subjects was read as speaking; "none" when no one's. */
export function unspokenReading(
  sentence: NoteSentence,
  roles: WordRole[],
  address: SentenceAddress,
  namesGiven: boolean,
  previous: Voice | undefined,
): VoiceReading {
  // "Another said: “…”", "Some also said that…": a group word speaking, read from the group it is part of
  const group = groupReading(sentence, previous);
  if (group) return group;
  if (sentence.hasQuote) {
    const introduced = quoteIntroducer(sentence, roles, address);
    if (introduced) return introduced;
  }
  return unattributedQuote(sentence, address, namesGiven) ?? { voice: 'none', speaker: null };
}
