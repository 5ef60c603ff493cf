import { Worker } from 'node:worker_threads';
import type { LintOptions } from '@casenote/lint';
import { createNoteAuditor } from './audit-note.ts';
import type { NoteOutcome } from './types.ts';

/** A file to audit: its place in the sorted list, its absolute path and the path shown in reports. */
export interface NoteFile {
  index: number;
  absolute: string;
  shown: string;
}

export type WorkerRequest = NoteFile[];
export type WorkerReply = { index: number; outcome: NoteOutcome }[];

export interface RunOptions {
  lintOptions: LintOptions;
  withSnippets: boolean;
  /** Worker threads to use; 1 audits in this thread. */
  jobs: number;
  /** Called once per file, in any order. */
  onOutcome(index: number, outcome: NoteOutcome): void;
}

const batchSize = 16;
const batchesInFlight = 3;

/**
 * Audits files one by one, in this thread or spread over worker threads. Only file paths go to the
 * workers and only figures come back, so no note's text outlives its own audit.
 */
export async function runNotes(files: NoteFile[], options: RunOptions): Promise<void> {
  const jobs = Math.max(1, Math.min(options.jobs, Math.ceil(files.length / batchSize)));
  if (jobs === 1) {
    const auditNote = createNoteAuditor(options.lintOptions, options.withSnippets);
    for (const file of files) {
      options.onOutcome(file.index, auditNote(file.absolute, file.shown));
      // Let the progress bar and other I/O through now and then.
      if (file.index % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
    }
    return;
  }

  // src/audit/run-notes.ts runs src/audit/audit-worker.ts; dist/…/run-notes.js runs the .js beside it.
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const workerUrl = new URL(`./audit-worker${extension}`, import.meta.url);
  let next = 0;
  const takeBatch = (): WorkerRequest | undefined => {
    if (next >= files.length) return undefined;
    const batch = files.slice(next, next + batchSize);
    next += batch.length;
    return batch;
  };

  const workers = Array.from(
    { length: jobs },
    () => new Worker(workerUrl, { workerData: { options: options.lintOptions, withSnippets: options.withSnippets } }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const send = () => {
              const batch = takeBatch();
              if (batch === undefined) return false;
              inFlight += 1;
              worker.postMessage(batch);
              return true;
            };
            worker.on('message', (reply: WorkerReply) => {
              inFlight -= 1;
              for (const { index, outcome } of reply) options.onOutcome(index, outcome);
              send();
              if (inFlight === 0) resolve();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (inFlight > 0) reject(new Error(`an audit worker stopped (exit code ${code})`));
            });
            let started = 0;
            while (started < batchesInFlight && send()) started += 1;
            if (started === 0) resolve();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
