import type { Decoration } from '@tiptap/pm/view';
import type { EditorDiagnostic } from '../types.ts';

/** A decoration's finding with the decoration's current (mapped) range. */
export function toEditorDiagnostic(decoration: Decoration): EditorDiagnostic {
  const diagnostic = (decoration.spec as { diagnostic: EditorDiagnostic }).diagnostic;
  return { ...diagnostic, from: decoration.from, to: decoration.to };
}
