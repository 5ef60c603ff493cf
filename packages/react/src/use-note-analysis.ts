import type { EditorDiagnostic, NoteSummary } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useTransactionSubscription } from './use-transaction-subscription.ts';

/** What `useNoteAnalysis` returns. */
export interface NoteAnalysisSnapshot {
  /** The last whole-note analysis's figures, or `null` before the first (or with `analysis: false`). */
  summary: NoteSummary | null;
  /** The child's name as given or inferred (`null` when unknown). */
  childName: string | null;
  /** Prompts about the whole note (written-to-child share, child's voice, household). */
  noteDiagnostics: EditorDiagnostic[];
  /** Whether the sentences about the child are highlighted. */
  highlightAboutChild: boolean;
}

const noNotes: EditorDiagnostic[] = [];
const empty: NoteAnalysisSnapshot = {
  summary: null,
  childName: null,
  noteDiagnostics: noNotes,
  highlightAboutChild: false,
};

/**
 * Subscribes to the whole-note analysis of an editor with the `CaseNoteLint` extension. Re-renders
 * when a new analysis lands or the highlight is toggled, not on every keystroke.
 *
 * @param editor The editor, or `null` while it is being created.
 * @returns The summary, the note-level prompts and whether about-child sentences are highlighted.
 * @example const { summary, noteDiagnostics } = useNoteAnalysis(editor);
 */
export function useNoteAnalysis(editor: Editor | null): NoteAnalysisSnapshot {
  const last = useRef<NoteAnalysisSnapshot>(empty);
  const subscribe = useTransactionSubscription(editor);
  const getSnapshot = useCallback((): NoteAnalysisSnapshot => {
    const storage = editor && !editor.isDestroyed ? editor.storage.caseNoteLint : undefined;
    if (!storage) return empty;
    const analysis = storage.analysis;
    const next: NoteAnalysisSnapshot = {
      summary: analysis?.summary ?? null,
      childName: analysis?.child.name ?? null,
      noteDiagnostics: storage.noteDiagnostics,
      highlightAboutChild: storage.highlightAboutChild,
    };
    const previous = last.current;
    // The summary and prompt list keep their identity until a new analysis lands: compare by reference.
    if (
      previous.summary === next.summary &&
      previous.childName === next.childName &&
      previous.noteDiagnostics === next.noteDiagnostics &&
      previous.highlightAboutChild === next.highlightAboutChild
    ) {
      return previous;
    }
    last.current = next;
    return next;
  }, [editor]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
