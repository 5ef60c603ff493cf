import { describe, expect, it } from 'vitest';
import { type Matcher, resolveHits, type Token, tokenize } from '@casenote/rules';
import { generateNote } from '../../../test/bench/generate-note.ts';
import { devCorpusTexts } from '../../../test/corpus/load-corpus.ts';
import { compileRules } from '../src/compile-rules.ts';
import { stillFlagged } from '../src/fit/index.ts';
import { parseSentences } from '../src/note-sentences.ts';

/** What `stillFlagged` means, read the long way: the whole fixed sentence tokenized again, a finding of the rule overlapping the fix. */
function flaggedTheLongWay(
  matcher: Matcher,
  rule: number,
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  fix: string,
): boolean {
  const start = (tokens[0] as Token).start;
  const end = Math.max((tokens.at(-1) as Token).end, to);
  const sentence = text.slice(start, from) + fix + text.slice(to, end);
  const fixFrom = from - start;
  const fixTo = fixFrom + fix.length;
  const words = tokenize(sentence);
  return resolveHits(matcher.matchRule(words, rule)).some(
    (hit) =>
      hit.rule === rule && (words[hit.start] as Token).start < fixTo && (words[hit.end - 1] as Token).end > fixFrom,
  );
}

describe('a fix is dropped when the rule would flag it again', () => {
  it('reading only the words around the fix gives what reading the whole fixed sentence gives, on every dev corpus note', () => {
    const compiled = compileRules();
    const counts = { flagged: 0, clear: 0 };
    for (const text of [...devCorpusTexts(), generateNote(3000)]) {
      for (const { tokens } of parseSentences(text)) {
        for (const hit of resolveHits(compiled.matcher.match(tokens))) {
          if (hit.kind !== 'match') continue;
          const rule = compiled.active[hit.rule]?.rule;
          const first = tokens[hit.start] as Token;
          const last = tokens[hit.end - 1] as Token;
          const actual = text.slice(first.start, last.end);
          // the words themselves (flagged again), the rule's own suggestions, and fixes that join or split words
          const fixes = [
            actual,
            actual.toUpperCase(),
            ...(rule?.suggestions ?? []),
            '',
            'x',
            `${actual}-ish`,
            `“${actual}`,
          ];
          const context = { text, tokens, start: hit.start, end: hit.end, ruleLemmas: [] };
          const before = tokens[hit.start - 1];
          for (const [from, to] of [
            [first.start, last.end],
            [before?.start ?? first.start, last.end],
            [first.start + 1, last.end],
          ] as const)
            for (const fix of fixes) {
              const expected = flaggedTheLongWay(compiled.matcher, hit.rule, text, tokens, from, to, fix);
              const actualVerdict = stillFlagged(compiled.matcher, hit.rule, context, from, to, fix);
              if (actualVerdict !== expected)
                expect([text.slice(from, to), fix, actualVerdict]).toEqual([text.slice(from, to), fix, expected]);
              counts[expected ? 'flagged' : 'clear'] += 1;
            }
        }
      }
    }
    // both answers are asked for many times
    expect(counts.flagged).toBeGreaterThan(1000);
    expect(counts.clear).toBeGreaterThan(1000);
  }, 300_000);
});
