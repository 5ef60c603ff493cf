/**
 * How the fix test's checks (fix-reading/shared.ts `fixProblems`) agree with the hand labels of reading samples,
 * on the fixes as they were labelled (the engine that offered them then, not now): which broken fixes the checks
 * catch and which fixes that read right they fail. check-the-checks.ts does the same on the fixes offered now.
 *
 *   pnpm exec node --conditions=@casenote/source test/corpus/fix-reading/labelled-checks.ts test/corpus/fix-reading/fix-reading-20.yml …
 *
 * `--without repeat`, `--without beside`, `--without naming`, `--without misread`, `--without slips`, `--without bracket` or `--without kept` (or several, comma-separated) leaves those newer checks out, to count what
 * they add.
 */
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '@casenote/lint';
import { parse } from 'yaml';
import { fixProblems } from './shared.ts';

const args = process.argv.slice(2);
const withoutAt = args.indexOf('--without');
const without = new Set(
  withoutAt >= 0
    ? ((args.splice(withoutAt, 2)[1] ?? '').split(',') as Array<
        'repeat' | 'beside' | 'naming' | 'misread' | 'slips' | 'bracket' | 'kept'
      >)
    : [],
);
for (const file of args) {
  const labelled = parse(readFileSync(file, 'utf8')) as {
    sample: Array<{
      text: string;
      fixes: Array<{ rule: string; actual: string; suggestion: string; fixed: string; label: string }>;
    }>;
  };
  let caught = 0;
  let broken = 0;
  let failedRight = 0;
  for (const { text, fixes } of labelled.sample) {
    for (const fix of fixes) {
      let from = text.indexOf(fix.actual);
      while (from >= 0 && text.slice(0, from) + fix.suggestion + text.slice(from + fix.actual.length) !== fix.fixed)
        from = text.indexOf(fix.actual, from + 1);
      if (from < 0) continue;
      const diagnostic = { from, to: from + fix.actual.length, ruleId: fix.rule } as Diagnostic;
      const problems = fixProblems(text, diagnostic, fix.suggestion, undefined, without);
      const isBroken = fix.label !== 'reads-right';
      if (isBroken) broken++;
      if (isBroken && problems.length > 0) caught++;
      if (!isBroken && problems.length > 0) {
        failedRight++;
        console.log(`FAILS A FIX READ RIGHT [${fix.rule}] ${fix.fixed}\n      ${problems.join('; ')}`);
      }
    }
  }
  console.log(`${file}: broken ${broken}, caught ${caught}; read right but failed ${failedRight}`);
}
