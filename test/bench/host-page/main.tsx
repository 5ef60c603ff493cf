// A bare host page: the editor as a case-management system would embed it, with no Storybook
// around it, so the benchmark times the package and the browser alone. `?plain` renders TipTap with
// StarterKit only (no case-note extension), as a baseline for the browser's own cost; `?worker`
// checks the note in a Web Worker (the `worker` prop), as a host with long notes would. For finding
// where time goes (how the findings list's layout cost was found): `?extension` is TipTap with
// StarterKit and `CaseNoteLint` but no React components, and `?nocard`, `?nopanel`, `?nometer` leave
// one component out of `CaseNoteEditor`; pass them to `pnpm bench:profile` as `index.html?nopanel`.
// The note is written about the child in the third person, as most case notes are (the Storybook long note);
// `?note=to-child` loads instead the engine bench's note, which says "you" to the child in about a third of its
// sentences (`generate-note.ts`): the note analysis reads whom each paragraph is written to only where one may be.
/// <reference types="vite/client" />
import { createRoot } from 'react-dom/client';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { CaseNoteLint } from '@casenote/tiptap';
import { CaseNoteEditor } from '@casenote/react';
import '@casenote/react/styles.css';
import LintWorker from '@casenote/lint/worker?worker';
import { generateLongNoteParagraphs, toHtml } from '../../../stories/fixtures/notes.ts';
import { generateNote } from '../generate-note.ts';

const params = new URLSearchParams(window.location.search);
const content = toHtml(
  params.get('note') === 'to-child' ? generateNote(20_000).split('\n\n') : generateLongNoteParagraphs(),
);

function PlainEditor({ lint }: { lint: boolean }) {
  const editor = useEditor({ extensions: lint ? [StarterKit, CaseNoteLint] : [StarterKit], content });
  return <EditorContent editor={editor} className="casenote-editor__content" aria-label="Long visit note" />;
}

createRoot(document.getElementById('root') as HTMLElement).render(
  params.has('plain') || params.has('extension') ? (
    <PlainEditor lint={params.has('extension')} />
  ) : (
    <CaseNoteEditor
      content={content}
      aria-label="Long visit note"
      worker={params.has('worker') ? () => new LintWorker() : undefined}
      card={!params.has('nocard')}
      panel={!params.has('nopanel')}
      meter={!params.has('nometer')}
    />
  ),
);
