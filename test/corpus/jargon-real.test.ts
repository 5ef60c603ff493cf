import { describe, expect, it } from 'vitest';
import { createLinter, type Diagnostic } from '@casenote/lint';
import { loadCorpus } from './load-corpus.ts';

// Jargon on verbatim sentences from real published documents (judgments, reviews, inspection reports,
// procedures). A DEV set: the jargon and acronym packs were tuned on it, so its figures are not a
// held-out measurement. A flagged item counts only when a jargon finding overlaps its `phrase`.

interface RealItem {
  text: string;
  expect: 'flagged' | 'clean';
  phrase?: string;
  source: string;
}

const linter = createLinter({ analysis: false });
const phraseCategories = new Set(['victim-blaming', 'deficit', 'jargon']);
const items = loadCorpus<RealItem>('jargon-real.yml');
const flagged = items.filter((item) => item.expect === 'flagged');
const clean = items.filter((item) => item.expect === 'clean');
const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} % (${part}/${whole})`;

function phraseRange(item: RealItem): [number, number] {
  const start = item.text.toLowerCase().indexOf((item.phrase ?? '').toLowerCase());
  return [start, start + (item.phrase ?? '').length];
}

function catches(item: RealItem): boolean {
  const [start, end] = phraseRange(item);
  return linter
    .lint(item.text)
    .some((diagnostic) => diagnostic.category === 'jargon' && diagnostic.from < end && diagnostic.to > start);
}

describe('jargon on real published sentences (dev set)', () => {
  it('gives every item verbatim text, a source URL, and every flagged item a phrase found in its text', () => {
    expect(flagged.length).toBeGreaterThanOrEqual(60);
    expect(clean.length).toBeGreaterThanOrEqual(30);
    const texts = items.map((item) => item.text);
    expect(new Set(texts).size).toBe(texts.length);
    for (const item of items) {
      expect(item.source, item.text).toMatch(/^https?:\/\/\S+$/);
      if (item.expect === 'flagged') expect(phraseRange(item)[0], item.text).toBeGreaterThanOrEqual(0);
    }
  });

  it('flags the service term in at least 85 % of jargon sentences', () => {
    const missed = flagged.filter((item) => !catches(item));
    console.log(`jargon-real: recall ${percent(flagged.length - missed.length, flagged.length)}`);
    for (const item of missed) console.log(`  missed “${item.phrase}”: ${item.text}`);
    expect((flagged.length - missed.length) / flagged.length).toBeGreaterThanOrEqual(0.85);
  });

  it('flags nothing in the clean sentences', () => {
    const alarms: Array<{ item: RealItem; findings: Diagnostic[] }> = [];
    for (const item of clean) {
      const findings = linter.lint(item.text).filter((diagnostic) => phraseCategories.has(diagnostic.category));
      if (findings.length > 0) alarms.push({ item, findings });
    }
    console.log(`jargon-real: false alarms ${percent(alarms.length, clean.length)}`);
    for (const { item, findings } of alarms)
      console.log(`  false alarm ${findings.map((f) => `${f.ruleId}:“${f.actual}”`).join(', ')}: ${item.text}`);
    expect(alarms).toEqual([]);
  });
});
