import { describe, expect, it } from 'vitest';
import { analyseNote, type NoteAnalysis, type NoteContext } from '@casenote/lint';
import { loadCorpus } from './load-corpus.ts';

type Kind = 'to-child' | 'about-child' | 'neutral';
type Who = 'child' | 'other' | 'none';

/** A blind-labelled real passage (see test/corpus/real/README.md). */
interface RealPassage {
  text: string;
  source: string;
  genre?: string;
  child?: { name?: string; age?: number; pronouns?: 'she' | 'he' | 'they' };
  household?: string[];
  writtenToChild: boolean;
  sentences: Array<{ text: string; kind: Kind; addressee: Who; voice: Who }>;
}

const passages = [
  ...loadCorpus<RealPassage>('real/dev-passages.yml'),
  ...loadCorpus<RealPassage>('real/dev-passages-2.yml'),
  ...loadCorpus<RealPassage>('to-child-dev.yml'),
];

/** The context a host would give: the child (when the document names them) and the household. */
function contextOf(passage: RealPassage): NoteContext {
  const context: NoteContext = {};
  if (passage.child?.name) {
    context.child = { name: passage.child.name };
    if (passage.child.age !== undefined) context.child.age = passage.child.age;
    if (passage.child.pronouns) context.child.pronouns = passage.child.pronouns;
  }
  if (passage.household && passage.household.length > 0)
    context.household = passage.household.map((name) => ({ name }));
  return context;
}

/** The note counts as written to the child when at least half its sentences about the child speak to them. */
const writtenToChild = (analysis: NoteAnalysis): boolean => (analysis.summary.writtenToChildShare ?? 0) >= 0.5;

/** The analysed sentence each labelled sentence falls in (found by where the labelled text starts). */
function align(passage: RealPassage, analysis: NoteAnalysis) {
  let cursor = 0;
  return passage.sentences.map((label) => {
    const at = passage.text.indexOf(label.text, cursor);
    const start = at === -1 ? cursor : at;
    if (at !== -1) cursor = at + label.text.length;
    const middle = start + Math.floor(label.text.length / 2);
    const found =
      analysis.sentences.find((sentence) => start >= sentence.from && start < sentence.to) ??
      analysis.sentences.find((sentence) => middle >= sentence.from && middle < sentence.to);
    return { label, found };
  });
}

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`);

function measure(list: RealPassage[] = passages) {
  const figures = {
    named: 0,
    noContext: 0,
    sentences: 0,
    kind: 0,
    kindNoContext: 0,
    addressee: 0,
    voiceTruePositive: 0,
    voiceFalsePositive: 0,
    voiceFalseNegative: 0,
  };
  const wrong: string[] = [];
  for (const passage of list) {
    const withContext = analyseNote(passage.text, contextOf(passage));
    const without = analyseNote(passage.text);
    if (writtenToChild(withContext) === passage.writtenToChild) figures.named += 1;
    else wrong.push(`passage (named) expected writtenToChild=${passage.writtenToChild}: ${passage.text.slice(0, 90)}`);
    if (writtenToChild(without) === passage.writtenToChild) figures.noContext += 1;
    else wrong.push(`passage (no context) expected ${passage.writtenToChild}: ${passage.text.slice(0, 90)}`);
    const bare = align(passage, without);
    for (const [index, { label, found }] of align(passage, withContext).entries()) {
      figures.sentences += 1;
      if (found?.kind === label.kind) figures.kind += 1;
      else wrong.push(`  kind ${label.kind}, got ${found?.kind}: ${label.text}`);
      if (bare[index]?.found?.kind === label.kind) figures.kindNoContext += 1;
      const addressee = found?.addressee ?? (found?.kind === 'to-child' ? 'child' : 'none');
      if (addressee === label.addressee) figures.addressee += 1;
      else wrong.push(`  addressee ${label.addressee}, got ${addressee}: ${label.text}`);
      const voice = found?.voice ?? (found?.childVoice ? 'child' : 'none');
      const labelled = label.voice === 'child';
      const detected = voice === 'child';
      if (labelled && detected) figures.voiceTruePositive += 1;
      else if (detected) {
        figures.voiceFalsePositive += 1;
        wrong.push(`  voice false positive (${label.voice}): ${label.text}`);
      } else if (labelled) {
        figures.voiceFalseNegative += 1;
        wrong.push(`  voice missed: ${label.text}`);
      }
    }
  }
  return { figures, wrong };
}

describe('written to the child, on blind-labelled real passages', () => {
  it('classifies passages, sentences, addressees and the child’s voice (figures printed)', () => {
    expect(passages.length).toBeGreaterThanOrEqual(200);
    const { figures: f, wrong } = measure();
    const detected = f.voiceTruePositive + f.voiceFalsePositive;
    const labelled = f.voiceTruePositive + f.voiceFalseNegative;
    const precision = detected === 0 ? 1 : f.voiceTruePositive / detected;
    const recall = labelled === 0 ? 1 : f.voiceTruePositive / labelled;
    console.log(
      [
        `real passages: ${passages.length}, sentences: ${f.sentences}`,
        `passage classified right, child named: ${f.named}/${passages.length} = ${percent(f.named, passages.length)}`,
        `passage classified right, no context: ${f.noContext}/${passages.length} = ${percent(f.noContext, passages.length)}`,
        `sentence kind (named): ${percent(f.kind, f.sentences)}; (no context): ${percent(f.kindNoContext, f.sentences)}`,
        `sentence addressee: ${percent(f.addressee, f.sentences)}`,
        `child's voice: precision ${percent(f.voiceTruePositive, detected)}, recall ${percent(f.voiceTruePositive, labelled)} (${labelled} labelled)`,
        ...wrong,
      ].join('\n'),
    );
    expect(f.named / passages.length).toBeGreaterThanOrEqual(TARGETS.named);
    expect(f.noContext / passages.length).toBeGreaterThanOrEqual(TARGETS.noContext);
    expect(f.kind / f.sentences).toBeGreaterThanOrEqual(TARGETS.kind);
    expect(f.addressee / f.sentences).toBeGreaterThanOrEqual(TARGETS.addressee);
    expect(precision).toBeGreaterThanOrEqual(TARGETS.voicePrecision);
    expect(recall).toBeGreaterThanOrEqual(TARGETS.voiceRecall);
  });
});

/** The figures reached so far (the issue asks for 0.95 named, 0.90 without context, 0.95 voice). */
const TARGETS = {
  named: 0.95,
  noContext: 0.95,
  kind: 0.82,
  addressee: 0.93,
  voicePrecision: 0.92,
  voiceRecall: 0.66,
};

/** What the analysis reached on dev-passages-3a on 2026-11-29 (46 passages): 97.8 %, 97.8 %, 98.0 %, 95.5 %, 53.8 %. */
const FLOORS_3A = { named: 45 / 46, noContext: 45 / 46, addressee: 0.975, voicePrecision: 0.95, voiceRecall: 0.53 };

// The third development set's tuning half (its other half, dev-passages-3b, is only measured, never
// read while tuning: see real/README.md). Held at what the analysis reached on it, figures only.
describe('written to the child, on the third development set', () => {
  it('keeps what the analysis learnt from it (figures printed)', () => {
    const list = loadCorpus<RealPassage>('real/dev-passages-3a.yml');
    const { figures: f } = measure(list);
    const detected = f.voiceTruePositive + f.voiceFalsePositive;
    const labelled = f.voiceTruePositive + f.voiceFalseNegative;
    console.log(
      `dev-passages-3a: ${list.length} passages; named ${percent(f.named, list.length)}, no context ${percent(f.noContext, list.length)}; addressee ${percent(f.addressee, f.sentences)}; child's voice precision ${percent(f.voiceTruePositive, detected)}, recall ${percent(f.voiceTruePositive, labelled)}`,
    );
    expect(f.named / list.length).toBeGreaterThanOrEqual(FLOORS_3A.named);
    expect(f.noContext / list.length).toBeGreaterThanOrEqual(FLOORS_3A.noContext);
    expect(f.addressee / f.sentences).toBeGreaterThanOrEqual(FLOORS_3A.addressee);
    expect(f.voiceTruePositive / detected).toBeGreaterThanOrEqual(FLOORS_3A.voicePrecision);
    expect(f.voiceTruePositive / labelled).toBeGreaterThanOrEqual(FLOORS_3A.voiceRecall);
  });
});

/** What the analysis reached on dev-passages-4a on 2026-11-29 (43 passages): 97.7 %, 97.7 %, 99.2 %, 96.9 %, 68.9 %. */
const FLOORS_4A = { named: 42 / 43, noContext: 42 / 43, addressee: 0.99, voicePrecision: 0.96, voiceRecall: 0.68 };

// The fourth development set's tuning half (reported speech, wishes and feelings; its other half,
// dev-passages-4b, is only measured: see real/README.md). Held at what the analysis reached on it.
describe('written to the child, on the fourth development set', () => {
  it('keeps the child’s wishes and feelings it learnt to find (figures printed)', () => {
    const list = loadCorpus<RealPassage>('real/dev-passages-4a.yml');
    const { figures: f } = measure(list);
    const detected = f.voiceTruePositive + f.voiceFalsePositive;
    const labelled = f.voiceTruePositive + f.voiceFalseNegative;
    console.log(
      `dev-passages-4a: ${list.length} passages; named ${percent(f.named, list.length)}, no context ${percent(f.noContext, list.length)}; addressee ${percent(f.addressee, f.sentences)}; child's voice precision ${percent(f.voiceTruePositive, detected)}, recall ${percent(f.voiceTruePositive, labelled)}`,
    );
    expect(f.named / list.length).toBeGreaterThanOrEqual(FLOORS_4A.named);
    expect(f.noContext / list.length).toBeGreaterThanOrEqual(FLOORS_4A.noContext);
    expect(f.addressee / f.sentences).toBeGreaterThanOrEqual(FLOORS_4A.addressee);
    expect(f.voiceTruePositive / detected).toBeGreaterThanOrEqual(FLOORS_4A.voicePrecision);
    expect(f.voiceTruePositive / labelled).toBeGreaterThanOrEqual(FLOORS_4A.voiceRecall);
  });
});

/** What the analysis reached on dev-passages-6a on 2026-11-29 (37 passages): 100 %, 100 %, 100 %, 100 %, 71.2 %. */
const FLOORS_6A = { named: 1, noContext: 1, addressee: 1, voicePrecision: 0.97, voiceRecall: 0.71 };

// The sixth development set's tuning half (the child's voice as adults report it, survey and consultation
// reports, children's own writing; its other half, dev-passages-6b, is only measured: see real/README.md).
describe('written to the child, on the sixth development set', () => {
  it('keeps the children’s words it learnt to find in quotations and group reports (figures printed)', () => {
    const list = loadCorpus<RealPassage>('real/dev-passages-6a.yml');
    const { figures: f } = measure(list);
    const detected = f.voiceTruePositive + f.voiceFalsePositive;
    const labelled = f.voiceTruePositive + f.voiceFalseNegative;
    console.log(
      `dev-passages-6a: ${list.length} passages; named ${percent(f.named, list.length)}, no context ${percent(f.noContext, list.length)}; addressee ${percent(f.addressee, f.sentences)}; child's voice precision ${percent(f.voiceTruePositive, detected)}, recall ${percent(f.voiceTruePositive, labelled)}`,
    );
    expect(f.named / list.length).toBeGreaterThanOrEqual(FLOORS_6A.named);
    expect(f.noContext / list.length).toBeGreaterThanOrEqual(FLOORS_6A.noContext);
    expect(f.addressee / f.sentences).toBeGreaterThanOrEqual(FLOORS_6A.addressee);
    expect(f.voiceTruePositive / detected).toBeGreaterThanOrEqual(FLOORS_6A.voicePrecision);
    expect(f.voiceTruePositive / labelled).toBeGreaterThanOrEqual(FLOORS_6A.voiceRecall);
  });
});

/** What the analysis reached on dev-passages-7a on 2026-11-29 (37 passages): 100 %, 100 %, kind 93.8 % / 91.8 %, addressee 100 %. */
const FLOORS_7A = { named: 1, noContext: 1, kind: 0.938, kindNoContext: 0.918, addressee: 1 };

// The seventh development set's tuning half (who the child is: ciphers, ages, roles; its other half,
// dev-passages-7b, is only measured: see real/README.md). Held at what the analysis reached on it.
describe('written to the child, on the seventh development set', () => {
  it('keeps finding the child named by cipher, age or role (figures printed)', () => {
    const list = loadCorpus<RealPassage>('real/dev-passages-7a.yml');
    const { figures: f } = measure(list);
    console.log(
      `dev-passages-7a: ${list.length} passages; named ${percent(f.named, list.length)}, no context ${percent(f.noContext, list.length)}; kind ${percent(f.kind, f.sentences)} / ${percent(f.kindNoContext, f.sentences)}; addressee ${percent(f.addressee, f.sentences)}`,
    );
    expect(f.named / list.length).toBeGreaterThanOrEqual(FLOORS_7A.named);
    expect(f.noContext / list.length).toBeGreaterThanOrEqual(FLOORS_7A.noContext);
    expect(f.kind / f.sentences).toBeGreaterThanOrEqual(FLOORS_7A.kind - 0.0005);
    expect(f.kindNoContext / f.sentences).toBeGreaterThanOrEqual(FLOORS_7A.kindNoContext - 0.0005);
    expect(f.addressee / f.sentences).toBeGreaterThanOrEqual(FLOORS_7A.addressee);
  });
});
