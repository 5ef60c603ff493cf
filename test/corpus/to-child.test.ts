import { describe, expect, it } from 'vitest';
import { analyseNote, type NoteContext, type SentenceKind } from '@casenote/lint';
import { loadCorpus } from './load-corpus.ts';

interface ClassifiedPassage {
  text: string;
  context?: NoteContext;
  labels: SentenceKind[];
  source: string;
}

interface RewriteCase {
  text: string;
  context?: NoteContext;
  expected: string | null;
}

const passages = loadCorpus<ClassifiedPassage>('to-child.yml');
const rewrites = loadCorpus<RewriteCase>('rewrites.yml');

describe('written-to-the-child analysis on the labelled passages', () => {
  it('has at least 80 cited passages and 40 rewrite cases', () => {
    expect(passages.length).toBeGreaterThanOrEqual(80);
    expect(rewrites.length).toBeGreaterThanOrEqual(40);
    expect(rewrites.filter((item) => item.expected === null).length).toBeGreaterThanOrEqual(15);
    for (const passage of passages) expect(passage.source).toMatch(/^(https?:\/\/\S+|own)$/);
  });

  it('classifies at least 95 % of sentences correctly', () => {
    let total = 0;
    let correct = 0;
    const wrong: string[] = [];
    for (const passage of passages) {
      const { sentences } = analyseNote(passage.text, passage.context);
      expect(sentences.length, `sentence count for: ${passage.text}`).toBe(passage.labels.length);
      passage.labels.forEach((label, index) => {
        const sentence = sentences[index];
        total += 1;
        if (sentence?.kind === label) correct += 1;
        else
          wrong.push(
            `  expected ${label}, got ${sentence?.kind}: ${sentence ? passage.text.slice(sentence.from, sentence.to) : '?'}${passage.context ? '' : ' (no context)'}`,
          );
      });
    }
    console.log(`analysis: sentence classification ${correct}/${total} = ${((100 * correct) / total).toFixed(1)} %`);
    for (const line of wrong) console.log(line);
    expect(correct / total).toBeGreaterThanOrEqual(0.95);
  });

  it('offers exactly the expected safe rewrites, and none where it cannot be sure', () => {
    const failures: string[] = [];
    for (const item of rewrites) {
      const analysis = analyseNote(item.text, item.context);
      const hint = analysis.diagnostics.find(
        (diagnostic) => diagnostic.ruleId === 'about-child-sentence' && diagnostic.suggestions.length > 0,
      );
      const rewritten = hint ? item.text.slice(0, hint.from) + hint.suggestions[0] + item.text.slice(hint.to) : null;
      if (rewritten !== item.expected)
        failures.push(
          `  ${JSON.stringify(item.text)} → ${JSON.stringify(rewritten)}, expected ${JSON.stringify(item.expected)}`,
        );
    }
    console.log(`analysis: rewrites exact ${rewrites.length - failures.length}/${rewrites.length}`);
    for (const line of failures) console.log(line);
    expect(failures).toEqual([]);
  });
});
