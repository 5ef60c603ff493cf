import type { RecordTemplate, SectionCompleteness } from '@casenote/guides';
import {
  chainFocusedNow,
  findRecordSectionTarget,
  focusEditorNow,
  type InsertRecordOptions,
  insertRecordNodes,
} from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { Selection } from '@tiptap/pm/state';
import type { KeyboardEvent } from 'react';
import { useRecordCompleteness } from './use-record-completeness.ts';

/** What `useContactRecordChecklist` returns: the sections' statuses and what the checklist's controls do. */
export interface ContactRecordChecklistState {
  /** `false` until the note has been read once (and always without an editor). */
  checked: boolean;
  sections: SectionCompleteness[];
  /** Sections whose status is `complete`. */
  done: number;
  /** Every required section is complete. */
  complete: boolean;
  /** The note has none of the template's headings, so the checklist offers to insert them. */
  canInsert: boolean;
  /** Put the caret in a section (worked out from the note as it is now). */
  jumpTo: (sectionId: string) => void;
  /** Add every section's heading and prompt at the end of the note, as one undo step. */
  insertTemplate: () => void;
  /** Up, Down, Home and End between the section buttons of the list this is attached to. */
  onListKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * The contact-record checklist's behaviour, without its display: each section's status (after a
 * pause in typing), moving the caret to a section, inserting the template, and arrow keys in the
 * list of sections.
 *
 * @param editor The editor holding the record, or `null` while it is created.
 * @param template The record template.
 * @param delay Milliseconds after the last change before the statuses are worked out again.
 * @param insertOptions How "Insert the template" writes it.
 * @example const checklist = useContactRecordChecklist(editor, teamTemplate, 300);
 */
export function useContactRecordChecklist(
  editor: Editor | null,
  template: RecordTemplate,
  delay: number,
  insertOptions?: InsertRecordOptions,
): ContactRecordChecklistState {
  const completeness = useRecordCompleteness(editor, template, delay);
  const sections = completeness?.sections ?? [];
  const noneFound = completeness !== null && sections.every((section) => !section.found);

  const jumpTo = (sectionId: string) => {
    if (!editor || editor.isDestroyed) return;
    // Worked out from the document as it is now, so a pending status update never sends the caret astray.
    const target = findRecordSectionTarget(editor.state.doc, template, sectionId);
    if (target) chainFocusedNow(editor).setTextSelection({ from: target.from, to: target.to }).scrollIntoView().run();
  };

  const insertTemplate = () => {
    if (!editor || editor.isDestroyed || !editor.isEditable) return;
    const { tr } = editor.state;
    tr.setSelection(Selection.atEnd(tr.doc));
    if (!insertRecordNodes(tr, template, insertOptions)) return;
    editor.view.dispatch(tr);
    focusEditorNow(editor);
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.casenote-record__section')];
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (current === -1 || buttons.length === 0) return;
    const next = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  };

  return {
    checked: completeness !== null,
    sections,
    done: sections.filter((section) => section.status === 'complete').length,
    complete: completeness?.complete ?? false,
    canInsert: noneFound && (editor?.isEditable ?? false),
    jumpTo,
    insertTemplate,
    onListKeyDown,
  };
}
