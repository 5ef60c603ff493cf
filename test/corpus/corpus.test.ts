import { describe, expect, it } from 'vitest';
import { createLinter, type Diagnostic } from '@casenote/lint';
import { loadCorpus, type CleanItem, type FlaggedItem } from './load-corpus.ts';

// the rule packs on their own: the whole-note analysis has its own corpus (to-child.test.ts)
const linter = createLinter({ analysis: false });
const phraseCategories = new Set(['victim-blaming', 'deficit', 'jargon']);
const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;

const blaming = loadCorpus<FlaggedItem>('victim-blaming-deficit.yml');
const jargon = loadCorpus<FlaggedItem>('jargon.yml');
const clean = loadCorpus<CleanItem>('clean.yml');

function recall(items: FlaggedItem[]): { caught: number; missed: FlaggedItem[] } {
  const missed = items.filter(
    (item) => !linter.lint(item.text).some((diagnostic) => diagnostic.category === item.category),
  );
  return { caught: items.length - missed.length, missed };
}

describe('labelled corpus from published guidance', () => {
  it('has enough cited items of every kind', () => {
    expect(blaming.length).toBeGreaterThanOrEqual(150);
    expect(jargon.length).toBeGreaterThanOrEqual(150);
    expect(clean.length).toBeGreaterThanOrEqual(250);
    for (const item of [...blaming, ...jargon, ...clean]) {
      expect(item.text, JSON.stringify(item)).toBeTypeOf('string');
      expect(item.source, `no source on ${JSON.stringify(item.text)}`).toMatch(/^(https?:\/\/\S+|own)$/);
    }
  });

  it('flags at least 95 % of victim-blaming and deficit sentences', () => {
    const { caught, missed } = recall(blaming);
    console.log(
      `corpus: victim-blaming/deficit recall ${caught}/${blaming.length} = ${percent(caught, blaming.length)}`,
    );
    for (const item of missed)
      console.log(`  missed [${item.category}${item.rule ? ` ${item.rule}` : ''}]: ${item.text}`);
    expect(caught / blaming.length).toBeGreaterThanOrEqual(0.95);
  });

  it('flags at least 95 % of jargon sentences', () => {
    const { caught, missed } = recall(jargon);
    console.log(`corpus: jargon recall ${caught}/${jargon.length} = ${percent(caught, jargon.length)}`);
    for (const item of missed) console.log(`  missed [${item.rule ?? ''}]: ${item.text}`);
    expect(caught / jargon.length).toBeGreaterThanOrEqual(0.95);
  });

  it('flags no more than 2 % of clean sentences', () => {
    const flagged: Array<{ item: CleanItem; diagnostics: Diagnostic[] }> = [];
    for (const item of clean) {
      const diagnostics = linter.lint(item.text).filter((diagnostic) => phraseCategories.has(diagnostic.category));
      if (diagnostics.length > 0) flagged.push({ item, diagnostics });
    }
    console.log(
      `corpus: clean sentences flagged ${flagged.length}/${clean.length} = ${percent(flagged.length, clean.length)}`,
    );
    for (const { item, diagnostics } of flagged) {
      console.log(
        `  false alarm ${diagnostics.map((diagnostic) => `${diagnostic.ruleId}:“${diagnostic.actual}”`).join(', ')}: ${item.text}`,
      );
    }
    expect(flagged.length / clean.length).toBeLessThanOrEqual(0.02);
  });

  it('catches the expected rule for most items, not just the category', () => {
    const withRule = [...blaming, ...jargon].filter((item) => item.rule);
    const exact = withRule.filter((item) =>
      linter.lint(item.text).some((diagnostic) => diagnostic.ruleId === item.rule),
    );
    console.log(
      `corpus: expected rule fired on ${exact.length}/${withRule.length} = ${percent(exact.length, withRule.length)}`,
    );
    expect(exact.length / withRule.length).toBeGreaterThanOrEqual(0.9);
  });
});
