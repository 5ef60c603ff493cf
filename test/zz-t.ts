import { readFileSync } from 'node:fs';
import { createLinter } from '@casenote/lint';
const linter = createLinter({ analysis: false });
for (const line of readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)) {
  const found = linter.lint(line).filter((d: any) => ['victim-blaming','deficit','jargon'].includes(d.category));
  console.log(line, '=>', found.map((d: any) => `${d.ruleId ?? d.rule}:${d.severity}`).join(', ') || '—');
}
