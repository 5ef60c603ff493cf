import { describe, expect, it } from 'vitest';
import { analyseNote, type NoteAnalysis } from '@casenote/lint';
import { alignLabelledSentences, hostContextOf, labelledKind, loadCorpus } from './load-corpus.ts';

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

/** The note counts as written to the child when at least half its sentences about the child speak to them. */
const writtenToChild = (analysis: NoteAnalysis): boolean => (analysis.summary.writtenToChildShare ?? 0) >= 0.5;

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
    const withContext = analyseNote(passage.text, hostContextOf(passage));
    const without = analyseNote(passage.text);
    if (writtenToChild(withContext) === passage.writtenToChild) figures.named += 1;
    else wrong.push(`passage (named) expected writtenToChild=${passage.writtenToChild}: ${passage.text.slice(0, 90)}`);
    if (writtenToChild(without) === passage.writtenToChild) figures.noContext += 1;
    else wrong.push(`passage (no context) expected ${passage.writtenToChild}: ${passage.text.slice(0, 90)}`);
    const bare = alignLabelledSentences(passage, without);
    for (const [index, { label, found }] of alignLabelledSentences(passage, withContext).entries()) {
      figures.sentences += 1;
      if (labelledKind(found) === label.kind) figures.kind += 1;
      else wrong.push(`  kind ${label.kind}, got ${labelledKind(found)}: ${label.text}`);
      if (labelledKind(bare[index]?.found) === label.kind) figures.kindNoContext += 1;
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

/** What a development set's tuning half is held at, each a share (a figure left out is printed only). */
interface DevFloors {
  named?: number;
  noContext?: number;
  kind?: number;
  kindNoContext?: number;
  addressee?: number;
  voicePrecision?: number;
  voiceRecall?: number;
}

/**
 * A tuning half of a development passage set (its other half is only measured, never read while
 * tuning: see real/README.md): every figure printed, each floor held at what the analysis reached.
 */
function holdsDevFloors(file: string, floors: DevFloors): void {
  const list = loadCorpus<RealPassage>(`real/${file}.yml`);
  const { figures: f } = measure(list);
  const detected = f.voiceTruePositive + f.voiceFalsePositive;
  const labelled = f.voiceTruePositive + f.voiceFalseNegative;
  const shares: Record<keyof DevFloors, readonly [number, number]> = {
    named: [f.named, list.length],
    noContext: [f.noContext, list.length],
    kind: [f.kind, f.sentences],
    kindNoContext: [f.kindNoContext, f.sentences],
    addressee: [f.addressee, f.sentences],
    voicePrecision: [f.voiceTruePositive, detected],
    voiceRecall: [f.voiceTruePositive, labelled],
  };
  const figures = Object.entries(shares).map(([name, [part, whole]]) => `${name} ${percent(part, whole)}`);
  console.log(`${file}: ${list.length} passages; ${figures.join(', ')}`);
  for (const [name, floor] of Object.entries(floors) as [keyof DevFloors, number][]) {
    const [part, whole] = shares[name];
    expect(part / whole, `${file}: ${name}`).toBeGreaterThanOrEqual(floor);
  }
}

describe('written to the child, on the third development set', () => {
  // reached on 2026-11-29 (46 passages): 97.8 %, 97.8 %, addressee 98.0 %, voice 95.5 % / 53.8 %
  it('keeps what the analysis learnt from it (figures printed)', () => {
    holdsDevFloors('dev-passages-3a', {
      named: 45 / 46,
      noContext: 45 / 46,
      addressee: 0.975,
      voicePrecision: 0.95,
      voiceRecall: 0.53,
    });
  });
});

// reported speech, wishes and feelings
describe('written to the child, on the fourth development set', () => {
  // reached on 2026-11-29 (43 passages): 97.7 %, 97.7 %, addressee 99.2 %, voice 96.9 % / 68.9 %; since addressee8 (a young child writing "even though I am four"): 100 %, 100 %, addressee 100 %
  it('keeps the child’s wishes and feelings it learnt to find (figures printed)', () => {
    holdsDevFloors('dev-passages-4a', {
      named: 1,
      noContext: 1,
      addressee: 1,
      voicePrecision: 0.96,
      voiceRecall: 0.68,
    });
  });
});

// the child's voice as adults report it, survey and consultation reports, children's own writing
describe('written to the child, on the sixth development set', () => {
  // reached on 2026-11-29 (37 passages): 100 %, 100 %, addressee 100 %, voice 100 % / 71.2 %; with the three
  // passages whose organisations ("A National Voice", "the Link Worker", "The Volunteer Advocate") the name model
  // now knows put back (40 passages): 100 %, 100 %, addressee 100 %, voice 100 % / 69.6 % (39/56)
  it('keeps the children’s words it learnt to find in quotations and group reports (figures printed)', () => {
    holdsDevFloors('dev-passages-6a', {
      named: 1,
      noContext: 1,
      addressee: 1,
      voicePrecision: 0.97,
      voiceRecall: 0.69,
    });
  });
});

// who the child is: ciphers, ages, roles
describe('written to the child, on the seventh development set', () => {
  // reached on 2026-11-29 (37 passages): 100 %, 100 %, kind 93.8 % / 91.8 %, addressee 100 %
  it('keeps finding the child named by cipher, age or role (figures printed)', () => {
    holdsDevFloors('dev-passages-7a', { named: 1, noContext: 1, kind: 0.9375, kindNoContext: 0.9175, addressee: 1 });
  });
});

// whom a text addresses: letters, leaflets and pages to children, to parents and to other adults
describe('written to the child, on the eighth development set', () => {
  // first measured on 2026-11-29 (64 passages): 89.1 %, 89.1 %, kind 78.6 % / 77.5 %, addressee 91.4 %
  it('keeps telling letters and pages to parents from those to children (figures printed)', () => {
    holdsDevFloors('dev-passages-8a', {
      named: 60 / 64,
      noContext: 60 / 64,
      kind: 0.815,
      kindNoContext: 0.805,
      addressee: 0.935,
    });
  });
});

// whose words: children's and care leavers' own accounts, survey reports, quotations whose source is named after them
describe('written to the child, on the ninth development set', () => {
  // reached on 2026-11-29 (61 passages): 98.4 %, 98.4 %, addressee 99.5 %, voice 91.8 % / 67.2 %; since addressee8 ("these young people" beside "you"): 100 %, 100 %, addressee 100 %; voice8: 98.0 % / 71.6 %
  it('keeps telling the child’s words from the words of adults about them (figures printed)', () => {
    holdsDevFloors('dev-passages-9a', {
      named: 1,
      noContext: 1,
      addressee: 1,
      voicePrecision: 0.97,
      voiceRecall: 0.71,
    });
  });
});

// whose words: young people's own accounts told in the first person, dialogues with speakers' labels, adults' words
describe('written to the child, on the eleventh development set', () => {
  // first measured on 2026-11-29 (62 passages, engine at f347d8d): 95.2 %, 95.2 %, addressee 98.2 %, voice 84.3 % / 50.6 %;
  // reached the same day: voice 87.3 % / 64.7 %
  it('counts young people’s own accounts and labelled lines as their voice (figures printed)', () => {
    holdsDevFloors('dev-passages-11a', {
      named: 59 / 62,
      noContext: 59 / 62,
      addressee: 0.98,
      voicePrecision: 0.87,
      voiceRecall: 0.64,
    });
  });
});

// pages and letters to parents with no cue but "your child", the same councils' pages to children, letters to a
// child, to a birth mother and between parents, young carers' own accounts, case summaries with "mother told CHS she…"
describe('written to the child, on the tenth development set', () => {
  // first measured on 2026-11-29 (64 passages): 96.9 %, 96.9 %, kind 75.8 % / 71.5 %, addressee 95.2 %, voice 58.1 % / 58.1 %
  it('keeps telling pages to parents from pages to children (figures printed)', () => {
    holdsDevFloors('dev-passages-10a', {
      named: 62 / 64,
      noContext: 62 / 64,
      kind: 0.755,
      kindNoContext: 0.71,
      addressee: 0.95,
    });
  });
});

// pages and leaflets to children (conferences, foster care, adoption, family court, young carers) and letters to a
// child, beside pages and letters to parents, carers, birth mothers and adult adoptees, a court report
describe('written to the child, on the sixteenth and seventeenth development sets', () => {
  // first measured on 2026-11-30 (42 passages): 69.0 %, 69.0 %, kind 72.7 % / 72.7 %, addressee 78.1 %
  it('keeps telling pages to parents that social services reach from pages to children (figures printed)', () => {
    holdsDevFloors('dev-passages-16', {
      named: 33 / 42,
      noContext: 33 / 42,
      kind: 0.81,
      kindNoContext: 0.81,
      addressee: 0.85,
    });
  });
  // first measured on 2026-11-30 (5 pages about young carers): 80.0 %, 80.0 %, kind 84.6 % / 84.6 %, addressee 84.6 %
  it('reads “as a young carer, you…” as said to the child (figures printed)', () => {
    holdsDevFloors('dev-passages-17', { named: 1, noContext: 1, kind: 1, kindNoContext: 1, addressee: 1 });
  });
});

// the twenty-third set's tuning half (addressee13): letters and pages to parents, adoption and later-life letters,
// parents' letters to a child, pages to children in care, handovers, reported speech and court-report extracts
describe('written to the child, on the twenty-third development set', () => {
  // first measured on 2026-11-30 (33 passages): 93.9 %, 93.9 %, kind 77.9 % / 78.8 %, addressee 93.3 %
  it('keeps telling letters to adults about a child from letters to the child (figures printed)', () => {
    holdsDevFloors('dev-passages-23a', {
      named: 31 / 33,
      noContext: 31 / 33,
      kind: 83 / 104,
      kindNoContext: 84 / 104,
      addressee: 97 / 104,
    });
  });
});
