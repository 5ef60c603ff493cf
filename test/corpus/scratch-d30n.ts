import { readFileSync } from 'node:fs';
import { createLinter } from '@casenote/lint';
const linter = createLinter({ analysis: false } as never);
for (const text of readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim())) {
  const ds = (linter.lint(text) as any[]).filter((d) => d.category === 'deficit' || d.category === 'victim-blaming');
  console.log(ds.length ? 'FLAG' : '----', text.slice(0, 100), '=>', ds.map((d) => `${d.ruleId}「${text.slice(d.from, d.to)}」${d.severity}`).join(' '));
}
