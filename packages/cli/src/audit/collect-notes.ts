import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeReadError } from '../input.ts';
import { noteExtensions } from './audit-note.ts';
import type { InputProblem } from './types.ts';

/** A note file found under the paths given: absolute, and as shown in reports. */
export interface FoundNote {
  absolute: string;
  shown: string;
}

/**
 * Expands files and folders (recursively) into the `.txt`, `.md` and `.html` notes they hold, sorted
 * by path so reports are the same from run to run. A path that does not exist or cannot be listed,
 * and a file named directly that is not a note, are returned as problems, not thrown.
 */
export async function collectNotes(
  inputs: string[],
  cwd: string,
): Promise<{ notes: FoundNote[]; problems: InputProblem[] }> {
  const found = new Map<string, FoundNote>();
  const problems: InputProblem[] = [];
  const show = (absolute: string) => {
    const relative = path.relative(cwd, absolute);
    return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  };
  const isNote = (name: string) => (noteExtensions as readonly string[]).includes(path.extname(name).toLowerCase());

  const walk = async (folder: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      problems.push({ location: show(folder), reason: `cannot list folder: ${describeReadError(error)}` });
      return;
    }
    for (const entry of entries) {
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(absolute);
      else if (isNote(entry.name) && (entry.isFile() || entry.isSymbolicLink()))
        found.set(absolute, { absolute, shown: show(absolute) });
    }
  };

  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let info: Stats;
    try {
      info = await stat(absolute);
    } catch (error) {
      problems.push({ location: input, reason: `cannot read: ${describeReadError(error)}` });
      continue;
    }
    if (info.isDirectory()) await walk(absolute);
    else if (isNote(absolute)) found.set(absolute, { absolute, shown: show(absolute) });
    else problems.push({ location: input, reason: `not a note (expected ${noteExtensions.join(', ')})` });
  }
  const notes = [...found.values()].sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  return { notes, problems };
}
