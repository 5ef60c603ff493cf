import type { Editor } from '@tiptap/core';
import { autoUpdate, flip, offset, shift, size, useFloating } from '@floating-ui/react-dom';
import { type CSSProperties, useEffect, useMemo } from 'react';
import { createRangeReference } from './utils/createRangeReference.ts';

/** Where the card goes: its element's ref setter, its style, and whether it has been placed yet. */
export interface CardPosition {
  setFloating: (node: HTMLElement | null) => void;
  floatingStyles: CSSProperties;
  isPositioned: boolean;
}

/**
 * Places the card beside a finding's words (below, else above), within the screen, and keeps it
 * there as the note scrolls, resizes or is edited.
 *
 * @param editor The editor, or `null` while it is created.
 * @param diagnosticId The finding the card shows, or `null` while it is closed.
 */
export function useCardPosition(editor: Editor | null, diagnosticId: string | null): CardPosition {
  const open = diagnosticId !== null;
  const reference = useMemo(
    () => (editor && !editor.isDestroyed && diagnosticId ? createRangeReference(editor, diagnosticId) : null),
    [editor, diagnosticId],
  );
  const { refs, floatingStyles, update, isPositioned } = useFloating({
    open,
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(6),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      // Never taller or wider than the screen (320 px phones, zoom): the card scrolls within it.
      size({
        padding: 8,
        apply({ availableHeight, availableWidth, elements }) {
          elements.floating.style.maxHeight = `${Math.max(120, availableHeight)}px`;
          elements.floating.style.maxWidth = `min(var(--casenote-card-width), ${Math.max(200, availableWidth)}px)`;
        },
      }),
    ],
    whileElementsMounted: autoUpdate,
    elements: { reference },
  });

  // Edits move the words without scrolling or resizing anything: follow them.
  useEffect(() => {
    if (!editor || !open) return;
    editor.on('transaction', update);
    return () => {
      editor.off('transaction', update);
    };
  }, [editor, open, update]);

  return { setFloating: refs.setFloating, floatingStyles, isPositioned };
}
