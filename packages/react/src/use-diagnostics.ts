import { getDiagnosticAtSelection, sameAdvice, type DiagnosticCounts, type EditorDiagnostic } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { useCallback, useSyncExternalStore } from 'react';
import { useTransactionSubscription } from './use-transaction-subscription.ts';

/** What `useDiagnostics` returns. */
export interface DiagnosticsSnapshot {
  /**
   * Current findings in document order. Their ranges are as of the last time the findings changed:
   * edits that only move them do not re-render. For a finding's current range, call
   * `editor.storage.caseNoteLint.getDiagnostic(id)` when you need it (commands do this themselves).
   */
  diagnostics: EditorDiagnostic[];
  /** Findings per category; categories with none are absent. */
  counts: DiagnosticCounts;
  /** Number of findings. */
  total: number;
}

const emptySnapshot: DiagnosticsSnapshot = { diagnostics: [], counts: {}, total: 0 };

/** Whether two findings look the same in a list or card (ranges aside). No allocation: this runs over every finding. */
const looksSame = (a: EditorDiagnostic, b: EditorDiagnostic): boolean => a.id === b.id && sameAdvice(a, b);

const sameFindings = (a: readonly EditorDiagnostic[], b: readonly EditorDiagnostic[]): boolean =>
  a.length === b.length && a.every((diagnostic, index) => looksSame(diagnostic, b[index] as EditorDiagnostic));

/** The last snapshot per editor, shared by every component that watches it. */
const snapshots = new WeakMap<Editor, { version: number; snapshot: DiagnosticsSnapshot }>();

/** The editor's findings, listed again only when its `diagnosticsVersion` has changed. */
function readSnapshot(editor: Editor | null): DiagnosticsSnapshot {
  const storage = editor && !editor.isDestroyed ? editor.storage.caseNoteLint : undefined;
  if (!editor || !storage) return emptySnapshot;
  const version = storage.diagnosticsVersion;
  const cached = snapshots.get(editor);
  if (cached?.version === version) return cached.snapshot;
  const diagnostics = storage.diagnostics;
  // A re-check that found the same things again keeps the old snapshot: nothing re-renders.
  const snapshot =
    cached && sameFindings(diagnostics, cached.snapshot.diagnostics) ? cached.snapshot : toSnapshot(diagnostics);
  snapshots.set(editor, { version, snapshot });
  return snapshot;
}

/**
 * Subscribes to an editor that has the `CaseNoteLint` extension and returns its findings and
 * counts. The component re-renders only when the set of findings changes (one is added, removed or
 * reworded), never because typing moved them: on every keystroke the hook reads one number
 * (`diagnosticsVersion`), and it lists the findings only when that number changes.
 *
 * @param editor The editor, or `null` while it is being created.
 * @returns The findings, counts per category, and the total.
 * @example
 * const { diagnostics, counts } = useDiagnostics(editor);
 */
export function useDiagnostics(editor: Editor | null): DiagnosticsSnapshot {
  const subscribe = useTransactionSubscription(editor);
  const getSnapshot = useCallback(() => readSnapshot(editor), [editor]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

function toSnapshot(diagnostics: EditorDiagnostic[]): DiagnosticsSnapshot {
  const counts: DiagnosticCounts = {};
  for (const diagnostic of diagnostics) counts[diagnostic.category] = (counts[diagnostic.category] ?? 0) + 1;
  return { diagnostics, counts, total: diagnostics.length };
}

/**
 * The id of the finding at the caret, or `null`: the finding under the caret, or the one containing
 * the whole selection (`getDiagnosticAtSelection` from `@casenote/tiptap`, the policy the keyboard
 * shortcuts and the card share).
 * @example const caretId = useDiagnosticAtCaret(editor);
 */
export function useDiagnosticAtCaret(editor: Editor | null): string | null {
  const subscribe = useTransactionSubscription(editor);
  const getSnapshot = useCallback(() => {
    if (!editor || editor.isDestroyed) return null;
    return getDiagnosticAtSelection(editor.state)?.id ?? null;
  }, [editor]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

/** Editors whose whole note has been checked at least once. */
const checkedOnce = new WeakSet<Editor>();

/**
 * Whether every paragraph of the note has been checked at least once. Until then an empty list of
 * findings means "not known yet", not "none": a long note's first check takes a moment (in slices,
 * or in a Web Worker). Once true it stays true, so on later keystrokes this reads one flag.
 *
 * @param editor The editor, or `null` while it is being created.
 * @example const checked = useWholeNoteChecked(editor); return checked ? <Count /> : <p>Checking…</p>;
 */
export function useWholeNoteChecked(editor: Editor | null): boolean {
  const subscribe = useTransactionSubscription(editor);
  const getSnapshot = useCallback(() => {
    if (!editor || editor.isDestroyed) return false;
    if (checkedOnce.has(editor)) return true;
    const storage = editor.storage.caseNoteLint;
    if (!storage || storage.checking) return false;
    checkedOnce.add(editor);
    return true;
  }, [editor]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
