// A bare host page: the editor as a case-management system would embed it, with no Storybook
// around it, so the benchmark times the package and the browser alone.
import { createRoot } from 'react-dom/client';
import { CaseNoteEditor } from '@casenote/react';
import '@casenote/react/styles.css';
import { generateLongNoteParagraphs, toHtml } from '../../../stories/fixtures/notes.ts';

createRoot(document.getElementById('root') as HTMLElement).render(
  <CaseNoteEditor content={toHtml(generateLongNoteParagraphs())} aria-label="Long visit note" />,
);
