// `casenote audit` throughput: 10,000 synthetic 300-word notes in a temporary folder, audited by the
// built CLI as a real process. Prints figures; the target is under a minute.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateNote } from './generate-note.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(repoRoot, 'packages/cli/bin/casenote.js');

/** Generates the notes and a manifest, runs `casenote audit`, prints notes/s, seconds and report sizes. */
export async function runAuditBench(): Promise<void> {
  if (!existsSync(path.join(repoRoot, 'packages/cli/dist/main.js')))
    throw new Error('run `pnpm build` before the audit benchmark');
  const notes = Number(process.env.AUDIT_BENCH_NOTES ?? 10_000);
  const words = 300;
  const dir = mkdtempSync(path.join(tmpdir(), 'casenote-audit-bench-'));
  try {
    const teams = ['North', 'South', 'MASH'];
    const manifest = ['id,child_id,date,team,type,re_referral'];
    for (let index = 0; index < notes; index += 1) {
      const id = `note-${String(index).padStart(5, '0')}`;
      const folder = path.join(dir, 'notes', teams[index % 3] as string);
      if (index < 3) mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, `${id}.txt`), generateNote(words, index + 1));
      const date = new Date(Date.UTC(2023, 0, 1 + (index % 900))).toISOString().slice(0, 10);
      manifest.push(
        `${id},C${index % 4000},${date},${teams[index % 3]},${index % 5 ? 'visit' : 'contact'},${index % 7 === 0 ? 'yes' : 'no'}`,
      );
    }
    writeFileSync(path.join(dir, 'manifest.csv'), `${manifest.join('\n')}\n`);

    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        bin,
        'audit',
        'notes',
        '--manifest',
        'manifest.csv',
        '--compare-periods',
        '6m',
        '--out',
        'report.html',
        '--json',
        'report.json',
      ],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`casenote audit exited ${run.status}: ${run.stderr}`);
    const size = (file: string) => `${(statSync(path.join(dir, file)).size / 1024).toFixed(0)} KiB`;
    console.log(
      `\nAudit benchmark: ${notes.toLocaleString('en-GB')} notes of ${words} words, built CLI as a real process`,
    );
    console.log(`  ${run.stderr.split('\n')[0]}`);
    console.log(
      `  ${Math.round(notes / seconds).toLocaleString('en-GB')} notes/s end to end; total ${seconds.toFixed(1)} s (target: under 60 s)`,
    );
    console.log(`  HTML report ${size('report.html')}, JSON report ${size('report.json')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runAuditBench();
