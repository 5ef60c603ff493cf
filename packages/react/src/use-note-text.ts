import { buildNoteText, type NoteText } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';

/**
 * The editor's note as the record check and the threshold guide read it (textblocks joined with a
 * blank line), refreshed `delay` ms after the last change rather than on every keystroke.
 *
 * @param editor The editor, or `null` while it is being created.
 * @param delay Milliseconds to wait after the last change. @default 300
 * @returns The note text with its block map, or `null` without an editor.
 * @example const note = useNoteText(editor); const { sections } = checkRecordCompleteness(note?.text ?? '', template);
 */
export function useNoteText(editor: Editor | null, delay = 300): NoteText | null {
  const [note, setNote] = useState<NoteText | null>(null);
  useEffect(() => {
    if (!editor || editor.isDestroyed) {
      setNote(null);
      return undefined;
    }
    setNote(buildNoteText(editor.state.doc));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      if (!editor.isDestroyed) setNote(buildNoteText(editor.state.doc));
    };
    // `update` fires only when the document changed; typing restarts the timer and does no more.
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, delay);
    };
    editor.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off('update', onUpdate);
    };
  }, [editor, delay]);
  return note;
}
