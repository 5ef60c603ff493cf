import type { Editor } from '@tiptap/core';
import type { VirtualElement } from '@floating-ui/react-dom';

/**
 * A floating-ui reference for a finding: the box round its decoration span(s), measured afresh on
 * every call so the card follows edits and scrolling. Falls back to the caret's coordinates when
 * the span is not in the DOM (for example while the view is being redrawn).
 */
export function createRangeReference(editor: Editor, id: string): VirtualElement {
  return {
    contextElement: editor.view.dom,
    getBoundingClientRect() {
      const spans = editor.view.dom.querySelectorAll(`[data-diagnostic-id="${CSS.escape(id)}"]`);
      let rect: DOMRect | null = null;
      for (const span of spans) {
        const box = span.getBoundingClientRect();
        if (!rect) {
          rect = DOMRect.fromRect(box);
          continue;
        }
        const left = Math.min(rect.left, box.left);
        const top = Math.min(rect.top, box.top);
        rect = new DOMRect(left, top, Math.max(rect.right, box.right) - left, Math.max(rect.bottom, box.bottom) - top);
      }
      if (rect) return rect;
      const diagnostic = editor.storage.caseNoteLint?.getDiagnostic(id);
      const at = diagnostic?.from ?? editor.state.selection.from;
      const coords = editor.view.coordsAtPos(at);
      return new DOMRect(coords.left, coords.top, 0, coords.bottom - coords.top);
    },
  };
}
