import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createLinter, type Diagnostic } from '@casenote/lint';

// Victim-blaming and deficit wording from real published text (see the header of vb-real.yml).
// A flagged item counts as caught only when a victim-blaming or deficit finding overlaps its
// phrase; a clean item is a false alarm when any such finding appears in it.

interface RealItem {
  text: string;
  expect: 'flagged' | 'clean';
  category?: 'victim-blaming' | 'deficit';
  phrase?: string;
  source: string;
}

const items = parse(readFileSync(fileURLToPath(new URL('./vb-real.yml', import.meta.url)), 'utf8')) as RealItem[];
const linter = createLinter({ analysis: false });
const checked = new Set(['victim-blaming', 'deficit']);
const findings = (text: string): Diagnostic[] =>
  linter.lint(text).filter((diagnostic) => checked.has(diagnostic.category));
const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} % (${part}/${whole})`;

const flagged = items.filter((item) => item.expect === 'flagged');
const clean = items.filter((item) => item.expect === 'clean');

describe('real victim-blaming and deficit wording (vb-real.yml)', () => {
  it('is a set of cited verbatim items, each flagged one with its phrase in the text', () => {
    expect(flagged.length).toBeGreaterThanOrEqual(50);
    expect(clean.length).toBeGreaterThanOrEqual(40);
    expect(new Set(items.map((item) => item.text)).size).toBe(items.length);
    for (const item of items) {
      expect(item.source, item.text).toMatch(/^https?:\/\/\S+$/);
      if (item.expect === 'flagged') {
        expect(['victim-blaming', 'deficit'], item.text).toContain(item.category);
        expect(item.text.includes(item.phrase ?? '\u0000'), `phrase "${item.phrase}" not in: ${item.text}`).toBe(true);
      }
    }
  });

  it('flags at least 85 % of the phrases and nothing in the clean sentences', () => {
    const missed = flagged.filter((item) => {
      const from = item.text.indexOf(item.phrase as string);
      const to = from + (item.phrase as string).length;
      return !findings(item.text).some((finding) => finding.from < to && finding.to > from);
    });
    const alarms = clean.map((item) => ({ item, found: findings(item.text) })).filter(({ found }) => found.length > 0);
    const caught = flagged.length - missed.length;
    const lines = [
      `vb-real: recall ${percent(caught, flagged.length)}`,
      ...missed.map((item) => `  missed [${item.category}] "${item.phrase}": ${item.text}`),
      `vb-real: false alarms ${percent(alarms.length, clean.length)}`,
      ...alarms.map(
        ({ item, found }) => `  false alarm ${found.map((f) => `${f.ruleId}:“${f.actual}”`).join(', ')}: ${item.text}`,
      ),
    ];
    console.log(lines.join('\n'));
    expect(alarms).toEqual([]);
    expect(caught / flagged.length).toBeGreaterThanOrEqual(0.85);
  });
});
