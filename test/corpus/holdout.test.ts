// Held-out evaluation: sentences in holdout.yml were written from the published guidance without
// reading the rule packs or the other corpus files. Recall is measured and printed, not asserted;
// only the data's shape and the false-alarm rate (precision first) are held to a bar.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createLinter, type Diagnostic } from '@casenote/lint';

const languageCategories = ['victim-blaming', 'deficit', 'jargon'] as const;
type LanguageCategory = (typeof languageCategories)[number];

interface HoldoutItem {
  text: string;
  expect: 'flagged' | 'clean';
  category?: LanguageCategory;
  source: string;
}

const maxFalseAlarmRate = 0.05;

function loadHoldout(): HoldoutItem[] {
  const path = fileURLToPath(new URL('./holdout.yml', import.meta.url));
  return parse(readFileSync(path, 'utf8')) as HoldoutItem[];
}

function isLanguageCategory(category: string): category is LanguageCategory {
  return (languageCategories as readonly string[]).includes(category);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`;
}

function describeFinding(diagnostic: Diagnostic): string {
  return `${diagnostic.ruleId} "${diagnostic.actual}"`;
}

const items = loadHoldout();
const linter = createLinter({ analysis: false });
const results = items.map((item) => ({
  item,
  findings: linter.lint(item.text).filter((diagnostic) => isLanguageCategory(diagnostic.category)),
}));

describe('held-out corpus', () => {
  it('has at least 150 well-formed items, each with a source', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    for (const item of items) {
      expect(item.text, JSON.stringify(item)).toEqual(expect.any(String));
      expect(['flagged', 'clean'], item.text).toContain(item.expect);
      expect(item.source, item.text).toMatch(/^https:\/\/\S+$/);
      if (item.expect === 'flagged') expect(languageCategories, item.text).toContain(item.category);
      else expect(item.category, item.text).toBeUndefined();
    }
    expect(new Set(items.map((item) => item.text)).size).toBe(items.length);
  });

  it('reports recall on flagged items and keeps false alarms on clean items within 5 %', () => {
    const flagged = results.filter(({ item }) => item.expect === 'flagged');
    const clean = results.filter(({ item }) => item.expect === 'clean');
    const hits = flagged.filter(({ findings }) => findings.length > 0);
    const misses = flagged.filter(({ findings }) => findings.length === 0);
    const falseAlarms = clean.filter(({ findings }) => findings.length > 0);

    const report: string[] = ['', '=== Held-out evaluation (test/corpus/holdout.yml) ==='];
    report.push(
      `Recall (flagged items caught): ${hits.length}/${flagged.length} = ${percent(hits.length, flagged.length)}`,
    );
    for (const category of languageCategories) {
      const inCategory = flagged.filter(({ item }) => item.category === category);
      const caught = inCategory.filter(({ findings }) => findings.length > 0);
      report.push(
        `  ${category}: ${caught.length}/${inCategory.length} = ${percent(caught.length, inCategory.length)}`,
      );
    }
    const sameCategory = hits.filter(({ item, findings }) =>
      findings.some((finding) => finding.category === item.category),
    );
    report.push(
      `  caught under the labelled category: ${sameCategory.length}/${flagged.length} = ${percent(sameCategory.length, flagged.length)}`,
    );
    for (const { item, findings } of hits.filter((hit) => !sameCategory.includes(hit))) {
      report.push(
        `  caught only under another category (${findings.map(describeFinding).join('; ')}): [${item.category ?? '?'}] ${item.text}`,
      );
    }
    report.push(
      `False alarms (clean items flagged): ${falseAlarms.length}/${clean.length} = ${percent(falseAlarms.length, clean.length)}`,
    );
    for (const { item, findings } of falseAlarms) {
      report.push(`  FALSE ALARM ${findings.map(describeFinding).join('; ')} in: ${item.text}`);
    }
    report.push(`Missed (${misses.length}):`);
    for (const { item } of misses) report.push(`  MISSED [${item.category ?? '?'}] ${item.text}`);
    console.log(report.join('\n'));

    expect(falseAlarms.length / clean.length).toBeLessThanOrEqual(maxFalseAlarmRate);
  });
});
