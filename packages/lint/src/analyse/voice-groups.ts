import { lowerWords } from './lower-words.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import type { Voice } from './types.ts';
import { between, childNouns, clauseOpeners, feelings, speechVerbs } from './voice-words.ts';
import { pluralOthers, voiceVerbs } from './words.ts';
import { wordSet } from '../word-set.ts';

// word lists read in loops, made once (an array written in a loop is a new array each time it runs)
const passiveAuxiliaries = ['were', 'was', 'is', 'are', 'been'];

/** Words that stand for some of a group as the subject of a clause: "Another said", "Many also stated", "two thirds said". */
const groupWords = wordSet(
  'another one some many most others several few all both half majority minority thirds quarter number proportion handful third fifth',
);

/** Group words that are shares of those asked: "half", "the majority", "two thirds". */
const shares = wordSet('half majority minority thirds quarter proportion third fifth');
const feelVerbs = ['felt', 'feel', 'feels'];

/** Words that may stand between a group word and its verb: "the majority (63%) said", "many of the young people surveyed said", "90% of their children and young people aged 4-17 felt". */
const groupFillers = wordSet(
  'of them those these the us their and aged who were young in care surveyed questioned interviewed consulted',
);

/** Words before a group of children that make a later group word part of them: "Among children in care…, the majority said". */
const partOf = wordSet('of among from');

/** Whether the number at `index` is a share of a group: "41%", "41 per cent", "1 in 5", "3 out of 4". */
function isShare(sentence: NoteSentence, index: number): boolean {
  const list = sentence.words;
  const word = list[index] as NoteWord;
  if (sentence.text.charAt(word.end - sentence.from) === '%') return true;
  const next = list[index + 1]?.lower;
  if (next === 'per' || next === 'percent') return true;
  return (
    (next === 'in' && /^\d+$/.test(list[index + 2]?.lower ?? '')) || (next === 'out' && list[index + 2]?.lower === 'of')
  );
}

export interface GroupReading {
  voice: Voice;
  speaker: string;
}

/** Whether the word names children or other people, as a group. */
function groupOf(word: NoteWord): 'child' | 'other' | null {
  if (childNouns.has(word.lower)) return 'child';
  if (pluralOthers.has(word.lower)) return 'other';
  return null;
}

/**
 * Whose words a group word records when it is the subject of a verb of saying or wanting
 * ("Another said: “…”", "Some also said that…", "Of young people surveyed, two thirds said…"): the
 * group it is part of, named in the sentence ("of them", "among children in care") or, failing
 * that, the speakers of the sentence before (`previous`). Returns null when no group word speaks.
 */
export function groupReading(sentence: NoteSentence, previous: Voice | undefined): GroupReading | null {
  const list = sentence.words;
  for (let index = 0; index < list.length; index += 1) {
    const word = list[index] as NoteWord;
    // ("41% stated…", "90% of children felt that…", "1 in 5 children chose…": a share of a group, in figures)
    // (a share: "41%", "1 in 5", "3 out of 4"; not a year, an age or a count: "in 2018", "then 16", "aged 4-17")
    // (most words start with a letter: no figure, known without the expression)
    const first = word.lower.charCodeAt(0);
    const figure = first >= 48 && first <= 57 && /^\d+$/.test(word.lower) && isShare(sentence, index);
    if (word.quoted || !(groupWords.has(word.lower) || figure)) continue;
    let kind: 'child' | 'other' | null = null;
    let verb = index + 1;
    // the group word heads its phrase ("one teacher said" is the teacher's): only fillers, numbers and adverbs follow it
    while (verb < list.length && verb - index <= (figure ? 9 : 7)) {
      const next = list[verb] as NoteWord;
      if (next.quoted) break;
      const named = groupOf(next);
      if (named) kind ??= named;
      else if (!(groupFillers.has(next.lower) || between.has(next.lower) || /^\d/.test(next.lower))) break;
      verb += 1;
    }
    const said = list[verb];
    if (!said || said.quoted || !(speechVerbs.has(said.lower) || voiceVerbs.has(said.lower))) continue;
    const fillers = lowerWords(list, index + 1, verb);
    // "some were told", "many were asked": someone else spoke to them
    if (fillers.some((w) => passiveAuxiliaries.includes(w)) && !said.lower.endsWith('ing')) continue;
    // "many enjoy football" describes them; "many feel that…" is their view, and so is a share's "felt involved"
    // (a share of a group is what they answered: "Half of the young people felt involved in decision-making")
    const answered = (figure || shares.has(word.lower)) && feelVerbs.includes(said.lower);
    if (
      feelings.has(said.lower) &&
      !answered &&
      !clauseOpeners.has(list[verb + 1]?.lower ?? '') &&
      !speechVerbs.has(said.lower)
    )
      continue;
    if (kind === null) {
      // "Among children in care aged 9-17, the majority said": a group named before, as the whole the speakers are part of
      for (let before = index - 1; before >= 0 && kind === null; before -= 1) {
        const named = groupOf(list[before] as NoteWord);
        if (!named) continue;
        const start = Math.max(0, before - 3);
        if (list.slice(start, before).some((w) => partOf.has(w.lower))) kind = named;
      }
    }
    if (kind === null && (previous === 'child' || previous === 'other')) kind = previous;
    if (kind) return { voice: kind, speaker: word.text };
  }
  return null;
}
