// The Web Worker's entry point (`@casenote/lint/worker`): lints and analyses notes off the page's
// main thread, so a 20,000-word note is checked without holding up typing. Start it with your
// bundler's worker syntax and hand it to `createWorkerLinter`; see the package README.
import { createRequestHandler } from './handle-request.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

/** The parts of the worker's global scope used here (the DOM typings describe a page, not a worker). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: WorkerResponse): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createRequestHandler();
scope.addEventListener('message', (event) => scope.postMessage(handle(event.data)));
