import { createLinter } from '@casenote/lint';
import { readFileSync } from 'node:fs';
const linter = createLinter({ analysis: false } as never);
const lines = readFileSync(process.argv[2] as string, 'utf8').split('\n').filter(Boolean);
for (const line of lines) {
  const r: any = (linter as any).lint(line);
  const ds = (r.diagnostics ?? r).filter((d: any) => d.category !== 'jargon');
  console.log((ds.length ? 'HIT ' : '--- ') + line.slice(0, 110));
  for (const d of ds) console.log('     ', d.ruleId, d.severity, JSON.stringify(line.slice(d.from ?? d.start, d.to ?? d.end)));
}
