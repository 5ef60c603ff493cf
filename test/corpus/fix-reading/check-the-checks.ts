/**
 * How the fix test's shape checks (test/corpus/fix-shape-checks.ts) agree with the hand labels of a
 * reading sample: which broken fixes they catch and which fixes that read right they fail.
 *
 *   pnpm exec node --conditions=@casenote/source test/corpus/fix-reading/check-the-checks.ts test/corpus/fix-reading/fix-reading-13.yml
 */
import { readFileSync } from 'node:fs';
import { createLinter } from '@casenote/lint';
import { parse } from 'yaml';
import { applyFix, fixProblems } from './shared.ts';

const labelled = parse(readFileSync(process.argv[2] as string, 'utf8')) as {
  sample: Array<{ text: string; fixes: Array<{ rule: string; fixed: string; label: string; kind?: string }> }>;
};
const linter = createLinter();
let caught = 0;
let missed = 0;
let wrong = 0;
let right = 0;
for (const entry of labelled.sample) {
  const { text } = entry;
  for (const diagnostic of linter.lint(text)) {
    for (const suggestion of diagnostic.suggestions) {
      const fixed = applyFix(text, diagnostic, suggestion);
      const label = entry.fixes.find((fix) => fix.rule === diagnostic.ruleId && fix.fixed === fixed);
      const problems = fixProblems(text, diagnostic, suggestion);
      const broken = label ? label.label !== 'reads-right' : undefined;
      const tag = label === undefined ? 'unlabelled' : broken ? `broken ${label.kind}` : 'reads-right';
      if (broken === true && problems.length > 0) caught++;
      if (broken === true && problems.length === 0) missed++;
      if (broken === false && problems.length > 0) wrong++;
      if (broken === false && problems.length === 0) right++;
      if (problems.length > 0 || broken === true || label === undefined)
        console.log(
          `${problems.length > 0 ? 'FAIL' : 'pass'} (${tag}) [${diagnostic.ruleId}] ${fixed}\n      ${problems.join('; ')}`,
        );
    }
  }
}
console.log(
  `broken caught ${caught}, broken missed ${missed}; reads-right failed ${wrong}, reads-right passed ${right}`,
);
