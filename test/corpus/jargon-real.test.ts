import { describe, expect, it } from 'vitest';
import { createLinter, type Diagnostic } from '@casenote/lint';
import { getBuiltinRules } from '@casenote/rules/details';
import { loadCorpus } from './load-corpus.ts';

// Jargon on verbatim sentences from real published documents (judgments, reviews, inspection reports,
// procedures). A DEV set: the jargon and acronym packs were tuned on it, so its figures are not a
// held-out measurement. A flagged item counts only when a jargon finding overlaps its `phrase`.

interface RealItem {
  text: string;
  expect: 'flagged' | 'clean';
  category?: string;
  phrase?: string;
  source: string;
}

const linter = createLinter({ analysis: false });
const phraseCategories = new Set(['victim-blaming', 'deficit', 'jargon']);
const items = loadCorpus<RealItem>('jargon-real.yml');
const flagged = items.filter((item) => item.expect === 'flagged');
const clean = items.filter((item) => item.expect === 'clean');
const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} % (${part}/${whole})`;

// The collector's dev set (test/corpus/real/dev-language.yml): labelled blind by another helper.
const collected = loadCorpus<RealItem>('real/dev-language.yml');
const collectedJargon = collected.filter((item) => item.expect === 'flagged' && item.category === 'jargon');
const collectedClean = collected.filter((item) => item.expect === 'clean');
// The packs grown from real wording; none of their rules may fire on a clean sentence.
const realWordingPacks = /(^|\/)(jargon-legal|jargon-plans|jargon-placements|acronyms-roles)\.yml$/;
const realWordingRules = new Set(
  getBuiltinRules()
    .filter((rule) => realWordingPacks.test(rule.pack))
    .map((rule) => rule.id),
);

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

describe('jargon on the collected real-language dev set', () => {
  it('prints recall on its jargon items, and no rule from the real-wording packs fires on its clean sentences', () => {
    const missed = collectedJargon.filter((item) => !catches(item));
    console.log(
      `real/dev-language: jargon recall ${percent(collectedJargon.length - missed.length, collectedJargon.length)}`,
    );
    for (const item of missed) console.log(`  missed “${item.phrase}”: ${item.text}`);
    const jargonAlarms = collectedClean
      .map((item) => ({ item, findings: linter.lint(item.text).filter((f) => f.category === 'jargon') }))
      .filter(({ findings }) => findings.length > 0);
    console.log(
      `real/dev-language: clean sentences with a jargon finding ${percent(jargonAlarms.length, collectedClean.length)}`,
    );
    for (const { item, findings } of jargonAlarms)
      console.log(`  jargon finding ${findings.map((f) => `${f.ruleId}:“${f.actual}”`).join(', ')}: ${item.text}`);
    expect(realWordingRules.size).toBeGreaterThan(50);
    const fromNewPacks = jargonAlarms.flatMap(({ item, findings }) =>
      findings.filter((f) => realWordingRules.has(f.ruleId)).map((f) => `${f.ruleId}: ${item.text}`),
    );
    expect(fromNewPacks).toEqual([]);
  });
});
