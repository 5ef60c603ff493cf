import type { Editor } from '@tiptap/core';
import { useCallback } from 'react';

/**
 * A `subscribe` function for `useSyncExternalStore` that listens to the editor's transactions
 * (lint results arrive as transactions of their own, so this sees them too).
 */
export function useTransactionSubscription(editor: Editor | null): (onChange: () => void) => () => void {
  return useCallback(
    (onChange: () => void) => {
      if (!editor) return () => {};
      editor.on('transaction', onChange);
      return () => {
        editor.off('transaction', onChange);
      };
    },
    [editor],
  );
}
