import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLinter, type Diagnostic } from '@casenote/lint';
import { getBuiltinRules } from '@casenote/rules/details';
import { corpusDir, loadCorpus } from './load-corpus.ts';
import { createBatchGrammarChecker, withoutThoseIn } from './fix-checks.ts';
import { sentenceShapeProblems } from './fix-sentence-checks.ts';
import { applyFix, devSentences, fixProblems } from './fix-reading/shared.ts';

// Every one-click fix offered on every flagged corpus sentence, and on every sentence of the real dev
// files (real/dev-*.yml: the engine offers fixes on them, flagged or not), applied and read back. The
// sealed held-out sets live in folders (test/corpus/heldout*/) and are never read here: only *.yml
// files directly in test/corpus and real/dev-*.yml are.

interface Item {
  text?: unknown;
  category?: unknown;
  expect?: unknown;
}

const flaggedCategories = new Set(['victim-blaming', 'deficit', 'jargon']);
const files = readdirSync(corpusDir, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.yml'))
  .map((entry) => entry.name)
  .sort();
const sentences = files.flatMap((file) =>
  loadCorpus<Item>(file)
    .filter(
      (item) =>
        typeof item.text === 'string' &&
        (item.expect === 'flagged' || (item.expect === undefined && flaggedCategories.has(String(item.category)))),
    )
    .map((item) => ({ file, text: item.text as string })),
);

const seen = new Set(sentences.map((sentence) => sentence.text));
for (const { file, text } of devSentences(seen)) sentences.push({ file: `real/${file}`, text });

const linter = createLinter();
const ruleSuggestions = new Map(getBuiltinRules().map((rule) => [rule.id, rule.suggestions.length]));

/** One offered fix, applied, with what the checks that need no grammar checker found. */
interface Offer {
  file: string;
  text: string;
  diagnostic: Diagnostic;
  suggestion: string;
  fixed: string;
  problems: string[];
}

describe('one-click fixes read correctly', () => {
  it('every fix offered on every flagged corpus sentence gives English at least 99 % of the time', async () => {
    const grammar = await createBatchGrammarChecker();
    const offers: Offer[][] = [];
    const withheld: string[] = [];
    for (const { file, text } of sentences) {
      const diagnostics = linter.lint(text);
      if (!diagnostics.some((diagnostic) => diagnostic.suggestions.length > 0)) continue;
      const originalShape = sentenceShapeProblems(text);
      const here: Offer[] = [];
      for (const diagnostic of diagnostics) {
        expect(diagnostic.actual, 'a diagnostic names the text it replaces').toBe(
          text.slice(diagnostic.from, diagnostic.to),
        );
        const written = ruleSuggestions.get(diagnostic.ruleId) ?? 0;
        if (diagnostic.suggestions.length < written)
          withheld.push(
            `[${diagnostic.ruleId}] “${diagnostic.actual}” offers ${diagnostic.suggestions.length} of ${written}: ${text}`,
          );
        for (const suggestion of diagnostic.suggestions) {
          const fixed = applyFix(text, diagnostic, suggestion);
          const problems = fixProblems(text, diagnostic, suggestion, originalShape);
          const end = diagnostic.from + suggestion.length;
          if (
            linter
              .lint(fixed)
              .some((after) => after.ruleId === diagnostic.ruleId && after.from < end && after.to > diagnostic.from)
          )
            problems.push(`${diagnostic.ruleId} still fires on the fixed words`);
          here.push({ file, text, diagnostic, suggestion, fixed, problems });
        }
      }
      offers.push(here);
    }
    // the grammar checker reads each sentence and its fixed versions, many sentences to a call
    const failures: string[] = [];
    let offered = 0;
    for (let start = 0; start < offers.length; start += 40) {
      const batch = offers.slice(start, start + 40);
      const texts = batch.flatMap((here) => [here[0]?.text as string, ...here.map((offer) => offer.fixed)]);
      const found = await grammar(texts);
      let at = 0;
      for (const here of batch) {
        const originalGrammar = found[at++] as string[];
        for (const offer of here) {
          offered++;
          const problems = [
            ...offer.problems,
            ...withoutThoseIn(found[at++] as string[], originalGrammar).map((lint) => `harper ${lint}`),
          ];
          if (problems.length > 0)
            failures.push(
              `[${offer.file} ${offer.diagnostic.ruleId}] “${offer.diagnostic.actual}” → “${offer.suggestion}”\n      ${offer.fixed}\n      ${problems.join('; ')}`,
            );
        }
      }
    }
    const passed = offered - failures.length;
    console.log(
      `fixes: ${passed}/${offered} fixes read correctly = ${((100 * passed) / offered).toFixed(1)} % (${sentences.length} sentences)`,
    );
    for (const failure of failures) console.log(`  failed ${failure}`);
    // not failures: a suggestion with no correct fit is left off the card, which still explains
    console.log(`fixes: ${withheld.length} findings offer fewer fixes than their rule has (no correct fit)`);
    for (const line of withheld) console.log(`  fewer ${line}`);
    expect(offered).toBeGreaterThan(500);
    expect(passed / offered).toBeGreaterThanOrEqual(0.99);
  }, 1_800_000);
});
