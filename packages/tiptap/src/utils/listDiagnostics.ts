import type { DecorationSet } from '@tiptap/pm/view';
import type { EditorDiagnostic } from '../types.ts';
import { isDiagnosticDecoration } from './isDiagnosticDecoration.ts';
import { toEditorDiagnostic } from './toEditorDiagnostic.ts';

const listed = new WeakMap<DecorationSet, EditorDiagnostic[]>();

/** All findings in a decoration set, in document order; computed once per set. */
export function listDiagnostics(set: DecorationSet): EditorDiagnostic[] {
  const cached = listed.get(set);
  if (cached) return cached;
  const diagnostics = set
    .find(undefined, undefined, isDiagnosticDecoration)
    .map(toEditorDiagnostic)
    .sort((a, b) => a.from - b.from || a.to - b.to || a.id.localeCompare(b.id));
  listed.set(set, diagnostics);
  return diagnostics;
}
