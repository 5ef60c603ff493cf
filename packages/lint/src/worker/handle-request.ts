import { analyseNote } from '../analyse/analyse-note.ts';
import { createLinter, type Linter } from '../linter.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

/** Linters kept per set of options: an editor uses one, a page with several editors a few. */
const MAX_LINTERS = 8;

/**
 * Answers the page's requests (the worker's whole job, kept apart from the worker's global scope so
 * it can be tested anywhere). Linters are compiled once per set of options and reused.
 *
 * @returns A function from request to response; it never throws (errors become `type: 'error'`).
 */
export function createRequestHandler(): (request: WorkerRequest) => WorkerResponse {
  const linters = new Map<string, Linter>();
  const linterFor = (options: WorkerRequest & { type: 'lint' }) => {
    const key = JSON.stringify(options.options);
    let linter = linters.get(key);
    if (!linter) {
      linter = createLinter(options.options);
      if (linters.size >= MAX_LINTERS) linters.delete(linters.keys().next().value as string);
      linters.set(key, linter);
    }
    return linter;
  };
  return (request) => {
    try {
      if (request.type === 'lint') {
        const linter = linterFor(request);
        return { id: request.id, type: 'lint', results: request.texts.map((text) => linter.lint(text)) };
      }
      return { id: request.id, type: 'analyse', analysis: analyseNote(request.text, request.context, request.options) };
    } catch (error) {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      return { id: request.id, type: 'error', name, message };
    }
  };
}
