import type { AnalyseOptions, NoteAnalysis, NoteContext } from '../analyse/types.ts';
import type { Diagnostic, LintOptions } from '../types.ts';

/** What the page sends the worker: many paragraphs in one message, or one note to analyse. */
export type WorkerRequest =
  | { id: number; type: 'lint'; options: LintOptions; texts: string[] }
  | { id: number; type: 'analyse'; text: string; context: NoteContext; options: AnalyseOptions };

/** What the worker answers, with the request's `id`. */
export type WorkerResponse =
  | { id: number; type: 'lint'; results: Diagnostic[][] }
  | { id: number; type: 'analyse'; analysis: NoteAnalysis }
  | { id: number; type: 'error'; name: string; message: string };
