import type { Editor, JSONContent } from '@tiptap/core';

/** What the form submits: the note as HTML (`<p>…</p>`, the default) or as plain text. */
export type NoteFormat = 'html' | 'text';

/**
 * Plain text as a document, one paragraph per line, so a textarea's value comes back unchanged
 * from `readNote(editor, 'text')` (blank lines become empty paragraphs).
 * @example textToDocument('Visit.\nJade was well.') // two paragraphs
 */
export function textToDocument(text: string): JSONContent {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return {
    type: 'doc',
    content: lines.map((line) =>
      line === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: line }] },
    ),
  };
}

/** A value in the given format as editor content: HTML is parsed, text becomes paragraphs. */
export function toContent(value: string, format: NoteFormat): string | JSONContent {
  return format === 'html' ? value : textToDocument(value);
}

/**
 * The starting note written inside the tag. Markup is read as HTML; bare text as HTML would show
 * it: blank lines separate paragraphs and other runs of white space are one space (so a
 * server-rendered template's indentation does not end up in the note).
 */
export function readChildContent(host: HTMLElement): string | JSONContent {
  if (host.children.length > 0) return host.innerHTML.trim();
  const paragraphs = (host.textContent ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
  return textToDocument(paragraphs.join('\n'));
}

/** The note as the form submits it: '' when empty, else HTML or text (one line per paragraph). */
export function readNote(editor: Editor, format: NoteFormat): string {
  if (editor.isEmpty) return '';
  return format === 'html' ? editor.getHTML() : editor.getText({ blockSeparator: '\n' });
}
