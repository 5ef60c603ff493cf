// Figures for the sealed held-out sets, and nothing else: no sentence, passage or rule is printed
// next to the text that fired or missed, so running the measurement does not turn the set into
// tuning data. `pnpm exec node --conditions=@casenote/source test/corpus/heldout/measure.ts` prints them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { analyseNote, createLinter, type NoteContext } from '@casenote/lint';
import { labelledKind } from '../load-corpus.ts';

type LanguageCategory = 'victim-blaming' | 'deficit' | 'jargon';
interface LanguageItem {
  text: string;
  expect: 'flagged' | 'clean';
  category?: LanguageCategory;
  phrase?: string;
  source: string;
}
interface PassageSentence {
  text: string;
  kind: 'to-child' | 'about-child' | 'neutral';
  addressee: 'child' | 'other' | 'none';
  voice: 'child' | 'other' | 'none';
}
interface Passage {
  text: string;
  source: string;
  child?: { name?: string; age?: number | string; pronouns?: string };
  household?: string[];
  writtenToChild: boolean;
  sentences: PassageSentence[];
}

const read = <T>(name: string): T[] =>
  parse(readFileSync(fileURLToPath(new URL(name, import.meta.url)), 'utf8')) as T[];
/** A sealed set's sentences; `file` relative to this folder (the later set is `../heldout-3/language.yml`). */
export const languageItems = (file = './language.yml'): LanguageItem[] => read<LanguageItem>(file);
/** A sealed set's passages; `file` relative to this folder (the later set is `../heldout-3/passages.yml`). */
export const passages = (file = './passages.yml'): Passage[] => read<Passage>(file);

export interface Ratio {
  part: number;
  whole: number;
}
const ratio = (part: number, whole: number): Ratio => ({ part, whole });
export const percent = ({ part, whole }: Ratio) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} % (${part}/${whole})`;
export const share = ({ part, whole }: Ratio) => (whole === 0 ? 0 : part / whole);

const languageCategories = new Set(['victim-blaming', 'deficit', 'jargon']);

/** Recall per category (a finding of a language category in the sentence) and false alarms on clean sentences. */
export function measureLanguage(items = languageItems()) {
  const linter = createLinter({ analysis: false });
  // [found, all] per group.
  const counts: Record<'jargon' | 'blaming' | 'victim' | 'deficit' | 'clean', [number, number]> = {
    jargon: [0, 0],
    blaming: [0, 0],
    victim: [0, 0],
    deficit: [0, 0],
    clean: [0, 0],
  };
  for (const item of items) {
    const found = linter.lint(item.text).some((diagnostic) => languageCategories.has(diagnostic.category));
    if (item.expect === 'clean') {
      counts.clean[1] += 1;
      if (found) counts.clean[0] += 1;
      continue;
    }
    const keys =
      item.category === 'jargon' ? ['jargon'] : ['blaming', item.category === 'deficit' ? 'deficit' : 'victim'];
    for (const key of keys as (keyof typeof counts)[]) {
      counts[key][1] += 1;
      if (found) counts[key][0] += 1;
    }
  }
  const of = (key: keyof typeof counts) => ratio(counts[key][0], counts[key][1]);
  return {
    jargon: of('jargon'),
    victimBlamingAndDeficit: of('blaming'),
    victimBlaming: of('victim'),
    deficit: of('deficit'),
    falseAlarms: of('clean'),
  };
}

/** Passage-level (written to the child or not), sentence kind, addressee and the child's voice. */
export function measurePassages(list = passages(), named = true) {
  let right = 0;
  let kind = 0;
  let addressee = 0;
  let sentences = 0;
  let voiceFound = 0;
  let voiceRight = 0;
  let voiceLabelled = 0;
  for (const passage of list) {
    const context: NoteContext = {};
    if (named && passage.child?.name) {
      const { name, age, pronouns } = passage.child;
      // labels may give pronouns as written in guidance ("she/her"): the engine takes she, he or they
      const set = pronouns?.split('/')[0]?.trim().toLowerCase();
      const known = set === 'she' || set === 'he' || set === 'they' ? set : undefined;
      context.child = { name, ...(typeof age === 'number' ? { age } : {}), ...(known ? { pronouns: known } : {}) };
      if (passage.household?.length) context.household = passage.household.map((member) => ({ name: member }));
    }
    const analysis = analyseNote(passage.text, context);
    const written = analysis.summary.writtenToChildShare;
    if ((written !== null && written >= 0.5) === passage.writtenToChild) right += 1;
    let cursor = 0;
    for (const labelled of passage.sentences ?? []) {
      const at = passage.text.indexOf(labelled.text, cursor);
      if (at < 0) continue;
      cursor = at + labelled.text.length;
      const middle = at + Math.floor(labelled.text.length / 2);
      const found = analysis.sentences.find((sentence) => sentence.from <= middle && middle < sentence.to) as
        | ((typeof analysis.sentences)[number] & { addressee?: string })
        | undefined;
      if (!found) continue;
      sentences += 1;
      if (labelledKind(found, false) === labelled.kind) kind += 1;
      const toChild = found.addressee ? found.addressee === 'child' : found.kind === 'to-child';
      if (toChild === (labelled.addressee === 'child')) addressee += 1;
      if (found.childVoice) voiceFound += 1;
      if (labelled.voice === 'child') voiceLabelled += 1;
      if (found.childVoice && labelled.voice === 'child') voiceRight += 1;
    }
  }
  return {
    passages: ratio(right, list.length),
    sentenceKind: ratio(kind, sentences),
    addressee: ratio(addressee, sentences),
    voicePrecision: ratio(voiceRight, voiceFound),
    voiceRecall: ratio(voiceRight, voiceLabelled),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const language = measureLanguage();
  for (const [name, value] of Object.entries(language)) console.log(`language ${name}: ${percent(value)}`);
  for (const named of [true, false]) {
    const figures = measurePassages(passages(), named);
    for (const [name, value] of Object.entries(figures))
      console.log(`passages (${named ? 'child named' : 'no context'}) ${name}: ${percent(value)}`);
  }
}
