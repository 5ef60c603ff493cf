import { useCaseNoteEditor } from '@casenote/react';
import type { Editor, Extensions } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import type { ReactNode } from 'react';

export interface NoteWithPanelProps {
  /** The note to start with (HTML). */
  note: string;
  /** Accessible name of the editing area. */
  ariaLabel: string;
  /** Extensions added to the editor (for example `ContactRecord`). */
  extensions?: Extensions;
  /**
   * The widest the panel column grows (CSS length). Without it the panel is laid out by its own
   * styles (`DiagnosticsPanel` sizes itself with `--casenote-panel-width`).
   */
  panelWidth?: string;
  /** The panel beside the note, given the editor (`null` while it is created). */
  children: (editor: Editor | null) => ReactNode;
}

/**
 * A host layout shared by the stories: the note on the left and a panel on the right, the panel
 * moving below the note on a narrow screen so the note always keeps a readable line length.
 */
export function NoteWithPanel({ note, ariaLabel, extensions, panelWidth, children }: NoteWithPanelProps) {
  const editor = useCaseNoteEditor({ content: note, ariaLabel, extensions });
  const panel = children(editor);
  return (
    <main
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '1rem',
        alignItems: 'flex-start',
        fontFamily: 'system-ui, sans-serif',
      }}
    >
      <EditorContent
        editor={editor}
        className="casenote-editor__frame"
        style={{ flex: '1 1 min(24rem, 100%)', minWidth: 0 }}
      />
      {panelWidth === undefined ? (
        panel
      ) : (
        <div style={{ flex: `1 1 min(${panelWidth}, 100%)`, maxWidth: panelWidth, minWidth: 0 }}>{panel}</div>
      )}
    </main>
  );
}
