// A worker thread of `casenote audit`: audits the files it is sent and posts back their figures.
import { parentPort, workerData } from 'node:worker_threads';
import type { LintOptions } from '@casenote/lint';
import { createNoteAuditor } from './audit-note.ts';
import type { WorkerReply, WorkerRequest } from './run-notes.ts';

const { options, withSnippets } = workerData as { options: LintOptions; withSnippets: boolean };
const auditNote = createNoteAuditor(options, withSnippets);

parentPort?.on('message', (request: WorkerRequest) => {
  const reply: WorkerReply = request.map((file) => ({
    index: file.index,
    outcome: auditNote(file.absolute, file.shown),
  }));
  parentPort?.postMessage(reply);
});
