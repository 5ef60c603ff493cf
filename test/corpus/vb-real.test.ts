import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createLinter, type Diagnostic } from '@casenote/lint';
import { getBuiltinRules } from '@casenote/rules/details';

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

// The collector's dev set (test/corpus/real/dev-language.yml), labelled blind by another helper.
interface DevItem {
  text: string;
  expect: 'flagged' | 'clean';
  category?: string;
  phrase?: string;
}

describe('real victim-blaming and deficit wording on the collected dev set (real/dev-language.yml)', () => {
  const devPath = fileURLToPath(new URL('./real/dev-language.yml', import.meta.url));
  const dev = parse(readFileSync(devPath, 'utf8')) as DevItem[];
  const realPacks = new Set(
    getBuiltinRules()
      .filter((rule) => /(victim-blaming|deficit)-real\.yml$/.test(rule.pack))
      .map((rule) => rule.id),
  );

  it('prints recall on its victim-blaming and deficit items; the real-wording packs fire on none of its clean sentences', () => {
    const items = dev.filter((item) => item.expect === 'flagged' && checked.has(item.category ?? ''));
    const missed = items.filter((item) => {
      const phrase = item.phrase ?? '';
      const from = item.text.indexOf(phrase);
      const to = from + phrase.length;
      return !findings(item.text).some((finding) => from < 0 || (finding.from < to && finding.to > from));
    });
    const fromRealPacks = dev
      .filter((item) => item.expect === 'clean')
      .flatMap((item) => findings(item.text).filter((finding) => realPacks.has(finding.ruleId)));
    console.log(
      [
        `real/dev-language: victim-blaming/deficit recall ${percent(items.length - missed.length, items.length)}`,
        ...missed.map((item) => `  missed [${item.category}] "${item.phrase}": ${item.text}`),
      ].join('\n'),
    );
    expect(realPacks.size).toBeGreaterThan(40);
    expect(fromRealPacks).toEqual([]);
  });
});

// Everyday wording that looks like the real-wording rules but is not victim-blaming or a label:
// written for this test (not real records) to pin the exceptions and narrow patterns.
const everyday = [
  'You can make your own choices about your room.',
  'I agreed to meet them at school on Friday.',
  'The DNA test results came back on Monday.',
  'The course was demanding, but Jade kept going.',
  'Perpetrators are highly manipulative and skilled at grooming children.',
  'Why did you go missing? Did anyone hurt you while you were away?',
  'Dad consented to Jade seeing the school nurse.',
  'Mum gave consent for me to speak to your GP.',
  'Learning to trust you was difficult at first.',
  'The move was disruptive for everyone, so we planned it slowly.',
  'The situation at home was volatile after the police left.',
  'Mum has a healthy lifestyle now and walks to work.',
  'A 44-year-old man was jailed for engaging in sexual activity with a child.',
  'Jade has a difficult family history and has lived with her nan since she was two.',
  'The children argue with each other about the remote control.',
  'You chose to go to the youth club on Wednesday.',
  'Professionals should have known about the risk sooner.',
  'Police treated the men as suspects and arrested them.',
  'The tumour was aggressive, so treatment started quickly.',
  'Her involvement with the agency was to be voluntary.',
];

describe('everyday wording the real-wording packs leave alone', () => {
  const realPacks = new Set(
    getBuiltinRules()
      .filter((rule) => /(victim-blaming|deficit)-real\.yml$/.test(rule.pack))
      .map((rule) => rule.id),
  );
  it.each(everyday)('does not flag: %s', (text) => {
    expect(findings(text).filter((finding) => realPacks.has(finding.ruleId))).toEqual([]);
  });
});
