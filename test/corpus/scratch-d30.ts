import { readFileSync } from 'node:fs';
import { createLinter } from '@casenote/lint';
const linter = createLinter({ analysis: false } as never);
const lines = readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8').split('\n').filter((l) => l.trim());
for (const text of lines) {
  const ds = (linter.lint(text) as any[]).filter((d) => d.category === 'deficit' || d.category === 'victim-blaming');
  console.log(ds.length ? 'FLAG' : '----', text.slice(0, 100), '=>', ds.map((d) => `${d.ruleId}「${text.slice(d.from, d.to)}」`).join(' '));
}
