import { createLinter } from '@casenote/lint';
const l = createLinter({ analysis: false });
for (const t of process.argv.slice(2))
  for (const d of l.lint(t))
    for (const s of d.suggestions)
      console.log(`[${d.ruleId}] "${d.actual}" -> ${t.slice(0, d.from) + s + t.slice(d.to)}`);
