import { defineCaseNoteEditor } from './define.ts';

export { CaseNoteEditorElement } from './casenote-editor-element.ts';
export { defineCaseNoteEditor, TAG_NAME } from './define.ts';
export { mount } from './mount.ts';
export type { MountedEditor, MountOptions } from './mount.ts';
export type { NoteFormat } from './note-content.ts';
export { parseNoteContext } from './parse-context.ts';
export { categoryTitles, elementLabels, severityTitles } from './labels.ts';

// Importing the package registers the element.
defineCaseNoteEditor();
