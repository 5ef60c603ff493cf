// What the editor runs on the page when the host gives no linter or analyser of its own: loaded
// only through ./page-engine.ts, so a bundler puts the engine in a chunk of its own.
export { analyseNote, analyseNoteInSteps, createLinter } from '@casenote/lint';
