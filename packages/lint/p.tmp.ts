import { generateNote } from '../../test/bench/generate-note.ts';
import { createLinter } from './src/index.ts';
const a = createLinter();
const note = generateNote(10000);
for (let i = 0; i < 40; i++) a.lint(note);
