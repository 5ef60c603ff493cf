import { MOVED_TO_FINDING_META } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { useEffect, useState } from 'react';
import { severityTitles } from './labels.ts';

/**
 * What to announce when F8 / Shift+F8 move to a finding: its severity and message, once per move.
 * Moving to a second finding with the same words still announces (the text alternates a trailing
 * no-break space, which screen readers do not read, so the live region sees a change).
 *
 * @param editor The editor, or `null` while it is created.
 * @returns The text for a polite live region (empty until the first move).
 * @example const announcement = useFindingAnnouncement(editor); return <p role="status">{announcement}</p>;
 */
export function useFindingAnnouncement(editor: Editor | null): string {
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (!editor) return undefined;
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      const id = transaction.getMeta(MOVED_TO_FINDING_META);
      if (typeof id !== 'string') return;
      const finding = editor.storage.caseNoteLint?.diagnostics.find((candidate) => candidate.id === id);
      if (!finding) return;
      const text = `${severityTitles[finding.severity]}: ${finding.message}`;
      setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));
    };
    editor.on('transaction', onTransaction);
    return () => {
      editor.off('transaction', onTransaction);
    };
  }, [editor]);
  return announcement;
}
