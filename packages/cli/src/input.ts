import path from 'node:path';
import type { InputProblem } from './audit/types.ts';
import { collectNotes } from './notes/collect-notes.ts';
import { maxNoteBytes, noteFromBytes, readNoteFile } from './notes/read-note.ts';
import type { CliIo } from './types.ts';

/** One note to lint: its path as shown in reports (`-` for standard input) and its text. */
export interface Input {
  path: string;
  text: string;
}

/**
 * Reads every input before any is linted, in the order given: files (whatever their extension),
 * folders and globs (their notes, sorted by path) and `-` for standard input. Notes that cannot be
 * read (missing, binary, not UTF-8/UTF-16, too large) come back as problems, named, so the others
 * are still checked. HTML notes are converted to text; a byte order mark is dropped so that line 1,
 * column 1 is the first visible character.
 */
export async function readInputs(inputs: string[], io: CliIo): Promise<{ notes: Input[]; problems: InputProblem[] }> {
  const notes: Input[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      const note = noteFromBytes(await readStream(io.stdin), '-');
      if (note.ok) notes.push({ path: '-', text: note.text });
      else problems.push({ location: 'standard input', reason: note.reason });
      continue;
    }
    const found = await collectNotes([input], io.cwd, { anyNamedFile: true });
    problems.push(...found.problems);
    const typed = path.resolve(io.cwd, input);
    for (const { absolute, shown } of found.notes) {
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      const note = readNoteFile(absolute);
      const name = absolute === typed ? input : shown;
      if (note.ok) notes.push({ path: name, text: note.text });
      else problems.push({ location: name, reason: note.reason });
    }
  }
  return { notes, problems };
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    // Past the limit, keep reading (so the writer is not cut off) but stop keeping the bytes.
    if (size <= maxNoteBytes + 1) chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
