import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createLinter } from '@casenote/lint';
import type { Category, Diagnostic } from '@casenote/lint';

// A second held-out set: a measurement of recall and false alarms, not a gate.
// Only the shape of the set is asserted; the figures are printed for the lead.

type LanguageCategory = 'victim-blaming' | 'deficit' | 'jargon';

interface HoldoutItem {
  text: string;
  expect: 'flagged' | 'clean';
  category?: LanguageCategory;
  source: string;
}

const languageCategories: readonly LanguageCategory[] = ['victim-blaming', 'deficit', 'jargon'];

const setPath = fileURLToPath(new URL('./holdout-2.yml', import.meta.url));
const items = parse(readFileSync(setPath, 'utf8')) as HoldoutItem[];

const isLanguageCategory = (category: Category): boolean =>
  (languageCategories as readonly string[]).includes(category);

const percent = (part: number, whole: number): string =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;

describe('holdout-2 set shape', () => {
  it('is a list of at least 120 unique items', () => {
    expect(Array.isArray(items)).toBe(true);
    expect(items.length).toBeGreaterThanOrEqual(120);
    const texts = items.map((item) => item.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('gives every item text, expect and source, and every flagged item a category', () => {
    for (const item of items) {
      expect(typeof item.text, JSON.stringify(item)).toBe('string');
      expect(item.text.trim().length, JSON.stringify(item)).toBeGreaterThan(0);
      expect(['flagged', 'clean'], JSON.stringify(item)).toContain(item.expect);
      expect(typeof item.source, JSON.stringify(item)).toBe('string');
      expect(item.source === 'own' || /^https?:\/\//.test(item.source), JSON.stringify(item)).toBe(true);
      if (item.expect === 'flagged') expect(languageCategories, JSON.stringify(item)).toContain(item.category);
    }
  });

  it('holds both flagged and clean items in every language category', () => {
    for (const category of languageCategories) {
      expect(items.filter((item) => item.expect === 'flagged' && item.category === category).length).toBeGreaterThan(0);
    }
    expect(items.filter((item) => item.expect === 'clean').length).toBeGreaterThan(0);
  });
});

describe('holdout-2 measurement', () => {
  it('prints recall, false alarms and misses', () => {
    const linter = createLinter({ analysis: false });
    const findingsFor = (text: string): Diagnostic[] =>
      linter.lint(text).filter((diagnostic) => isLanguageCategory(diagnostic.category));

    const flaggedItems = items.filter((item) => item.expect === 'flagged');
    const cleanItems = items.filter((item) => item.expect === 'clean');

    const misses = flaggedItems.filter((item) => findingsFor(item.text).length === 0);
    const falseAlarms = cleanItems
      .map((item) => ({ item, findings: findingsFor(item.text) }))
      .filter(({ findings }) => findings.length > 0);

    const lines: string[] = ['holdout-2 results'];
    lines.push(`recall overall: ${percent(flaggedItems.length - misses.length, flaggedItems.length)}`);
    for (const category of languageCategories) {
      const inCategory = flaggedItems.filter((item) => item.category === category);
      const missedInCategory = misses.filter((item) => item.category === category);
      lines.push(`recall ${category}: ${percent(inCategory.length - missedInCategory.length, inCategory.length)}`);
    }
    lines.push(`false-alarm rate: ${percent(falseAlarms.length, cleanItems.length)}`);
    for (const { item, findings } of falseAlarms) {
      for (const finding of findings) {
        lines.push(`  false alarm: [${finding.ruleId}] "${finding.actual}" in: ${item.text}`);
      }
    }
    lines.push(`misses: ${misses.length}`);
    for (const item of misses) lines.push(`  miss (${item.category}): ${item.text}`);
    console.log(lines.join('\n'));

    // The measurement itself must have run over every item.
    expect(flaggedItems.length + cleanItems.length).toBe(items.length);
  });
});
