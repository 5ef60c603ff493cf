/**
 * The labelled fixes of reading samples that the engine still offers, by rule: how many read right and how many
 * broken, over all the samples given. With `--right FILE` it also writes every labelled fix read right that is
 * offered now (one a line: sample, rule, fixed sentence), so two runs (before and after a change) can be compared:
 * a fix read right on any sample should not be lost (`diff` the two files).
 *
 *   pnpm exec node --conditions=@casenote/source test/corpus/fix-reading/by-rule.ts test/corpus/fix-reading/fix-reading-*.yml \
 *     --right /tmp/right-before.txt
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createLinter } from '@casenote/lint';
import { parse } from 'yaml';
import { applyFix } from './shared.ts';

const args = process.argv.slice(2);
const rightAt = args.indexOf('--right');
const rightFile = rightAt >= 0 ? args[rightAt + 1] : undefined;
const files = args.filter((arg, at) => arg !== '--right' && at !== rightAt + 1 && arg.endsWith('.yml'));
const linter = createLinter();
const byRule = new Map<string, { right: number; broken: number }>();
const rightNow: string[] = [];
for (const file of files) {
  const labelled = parse(readFileSync(file, 'utf8')) as {
    sample: Array<{ text: string; fixes: Array<{ rule: string; fixed: string; label: string }> }>;
  };
  for (const { text, fixes } of labelled.sample) {
    const now = new Set(
      linter
        .lint(text)
        .flatMap((diagnostic) =>
          diagnostic.suggestions.map(
            (suggestion) => `${diagnostic.ruleId}\u0000${applyFix(text, diagnostic, suggestion)}`,
          ),
        ),
    );
    for (const fix of fixes) {
      if (!now.has(`${fix.rule}\u0000${fix.fixed}`)) continue;
      const counts = byRule.get(fix.rule) ?? { right: 0, broken: 0 };
      if (fix.label === 'reads-right') {
        counts.right++;
        rightNow.push(`${basename(file)}\t${fix.rule}\t${fix.fixed}`);
      } else counts.broken++;
      byRule.set(fix.rule, counts);
    }
  }
}
const rows = [...byRule].sort(([, a], [, b]) => b.broken - b.right - (a.broken - a.right));
for (const [rule, { right, broken }] of rows) console.log(`${rule}\tright ${right}\tbroken ${broken}`);
if (rightFile) writeFileSync(rightFile, `${rightNow.sort().join('\n')}\n`);
