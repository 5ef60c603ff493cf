import {
  checkRecordCompleteness,
  defaultContactRecord,
  type RecordCompleteness,
  type RecordTemplate,
} from '@casenote/guides';
import type { Editor } from '@tiptap/core';
import { useMemo } from 'react';
import { useNoteText } from './use-note-text.ts';

/**
 * How complete the contact record in an editor is, section by section (`checkRecordCompleteness`
 * over the editor's text), refreshed after a pause in typing.
 *
 * @param editor The editor, or `null` while it is being created.
 * @param template The record template. @default defaultContactRecord (an example to replace)
 * @param delay Milliseconds to wait after the last change. @default 300
 * @returns The sections with their status, or `null` without an editor.
 * @example const completeness = useRecordCompleteness(editor, teamTemplate);
 */
export function useRecordCompleteness(
  editor: Editor | null,
  template: RecordTemplate = defaultContactRecord,
  delay = 300,
): RecordCompleteness | null {
  const note = useNoteText(editor, delay);
  return useMemo(() => (note ? checkRecordCompleteness(note.text, template) : null), [note, template]);
}
