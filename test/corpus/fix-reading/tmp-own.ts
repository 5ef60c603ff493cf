import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fixReframeProblems } from '../fix-reframe-checks.ts';
for (const file of process.argv.slice(2)) {
  const labelled = parse(readFileSync(file, 'utf8')) as any;
  let caught = 0, right = 0;
  for (const { text, fixes } of labelled.sample) for (const fix of fixes) {
    let from = text.indexOf(fix.actual);
    while (from >= 0 && text.slice(0, from) + fix.suggestion + text.slice(from + fix.actual.length) !== fix.fixed) from = text.indexOf(fix.actual, from + 1);
    if (from < 0) continue;
    const p = fixReframeProblems({ text, fixed: fix.fixed, from, to: from + fix.actual.length, suggestion: fix.suggestion, ruleId: fix.rule });
    if (p.length && fix.label !== 'reads-right') caught++;
    if (p.length && fix.label === 'reads-right') right++;
  }
  console.log(file.slice(-7), 'reframe checks catch', caught, 'fail right', right);
}
