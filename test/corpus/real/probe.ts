import { createLinter } from '@casenote/lint';
const linter = createLinter({ analysis: false });
const texts = process.argv.slice(2);
for (const t of texts) {
  const f = linter.lint(t) as any[];
  console.log(t.slice(0,80), '=>', f.map((d) => `${d.ruleId}/${d.category}/${d.severity}:"${d.actual}"`).join(' | '));
}
