import type { DiagnosticCounts, EditorDiagnostic } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { useCallback, useMemo, useSyncExternalStore } from 'react';

/** What `useDiagnostics` returns. */
export interface DiagnosticsSnapshot {
  /** Current findings in document order, with their current ranges. */
  diagnostics: EditorDiagnostic[];
  /** Findings per category; categories with none are absent. */
  counts: DiagnosticCounts;
  /** Number of findings. */
  total: number;
}

const noDiagnostics: EditorDiagnostic[] = [];

/**
 * Subscribes to an editor that has the `CaseNoteLint` extension and returns its current findings
 * and counts. The component re-renders when the findings change or their ranges move, not on
 * every selection change.
 *
 * @param editor The editor, or `null` while it is being created.
 * @returns The findings, counts per category, and the total.
 * @example
 * const { diagnostics, counts } = useDiagnostics(editor);
 */
export function useDiagnostics(editor: Editor | null): DiagnosticsSnapshot {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!editor) return () => {};
      // The extension's list is cached per decoration set, so only a changed set re-renders.
      editor.on('transaction', onChange);
      return () => {
        editor.off('transaction', onChange);
      };
    },
    [editor],
  );
  const getSnapshot = useCallback(
    () => (editor && !editor.isDestroyed ? (editor.storage.caseNoteLint?.diagnostics ?? noDiagnostics) : noDiagnostics),
    [editor],
  );
  const diagnostics = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
  return useMemo(() => {
    const counts: DiagnosticCounts = {};
    for (const diagnostic of diagnostics) counts[diagnostic.category] = (counts[diagnostic.category] ?? 0) + 1;
    return { diagnostics, counts, total: diagnostics.length };
  }, [diagnostics]);
}

/**
 * The id of the finding under the caret (or at the start of the selection), or `null`.
 * @example const caretId = useDiagnosticAtCaret(editor);
 */
export function useDiagnosticAtCaret(editor: Editor | null): string | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!editor) return () => {};
      editor.on('transaction', onChange);
      return () => {
        editor.off('transaction', onChange);
      };
    },
    [editor],
  );
  const getSnapshot = useCallback(() => {
    if (!editor || editor.isDestroyed) return null;
    const storage = editor.storage.caseNoteLint;
    if (!storage) return null;
    const { from, to, empty } = editor.state.selection;
    const found = storage.getDiagnosticAt(from);
    // A selection counts only if it lies inside the finding (F8 selects exactly the finding).
    if (!found || (!empty && to > found.to)) return null;
    return found.id;
  }, [editor]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
