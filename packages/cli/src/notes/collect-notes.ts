import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeReadError } from '../read-error.ts';
import type { InputProblem } from '../audit/types.ts';
import { compileGlob, isGlob } from './glob.ts';
import { noteExtensions } from './read-note.ts';

/** A note file found under the paths given: absolute, and as shown in reports. */
export interface FoundNote {
  absolute: string;
  shown: string;
}

export interface CollectOptions {
  /**
   * Read a file named directly whatever its extension (`casenote lint notes.log`). Folders and globs
   * still yield only `.txt`, `.md`, `.html` and `.htm` notes. @default false
   */
  anyNamedFile?: boolean;
}

/** Folders never walked into: version control, dependencies and other hidden folders. */
const skippedFolder = (name: string) => name.startsWith('.') || name === 'node_modules';

/**
 * Expands files, folders (recursively) and glob patterns (`'notes/**\/*.txt'`, quoted so the shell
 * leaves them alone) into the notes they hold, sorted by path so reports are the same from run to
 * run. A path that does not exist or cannot be listed, a glob that matches no note, and a file
 * named directly that is not a note, are returned as problems, not thrown.
 */
export async function collectNotes(
  inputs: string[],
  cwd: string,
  options: CollectOptions = {},
): Promise<{ notes: FoundNote[]; problems: InputProblem[] }> {
  const found = new Map<string, FoundNote>();
  const problems: InputProblem[] = [];
  const show = (absolute: string) => {
    const relative = path.relative(cwd, absolute);
    return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  };
  const isNote = (name: string) => (noteExtensions as readonly string[]).includes(path.extname(name).toLowerCase());

  const walk = async (folder: string, keep: (absolute: string) => boolean): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      problems.push({ location: show(folder), reason: `cannot list folder: ${describeReadError(error)}` });
      return;
    }
    for (const entry of entries) {
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolder(entry.name)) await walk(absolute, keep);
      } else if (isNote(entry.name) && (entry.isFile() || entry.isSymbolicLink()) && keep(absolute))
        found.set(absolute, { absolute, shown: show(absolute) });
    }
  };

  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let info: Stats | undefined;
    try {
      info = await stat(absolute);
    } catch (error) {
      if (!isGlob(input)) {
        problems.push({ location: input, reason: `cannot read: ${describeReadError(error)}` });
        continue;
      }
    }
    if (info === undefined) {
      const before = found.size;
      const glob = compileGlob(input);
      const base = path.resolve(cwd, glob.base);
      await walk(base, (file) => glob.matches(path.relative(base, file).split(path.sep).join('/')));
      if (found.size === before) problems.push({ location: input, reason: 'no notes match this pattern' });
    } else if (info.isDirectory()) {
      const before = found.size;
      await walk(absolute, () => true);
      if (found.size === before)
        problems.push({ location: input, reason: `no notes in this folder (${noteExtensions.join(', ')})` });
    } else if (options.anyNamedFile || isNote(absolute)) found.set(absolute, { absolute, shown: show(absolute) });
    else problems.push({ location: input, reason: `not a note (expected ${noteExtensions.join(', ')})` });
  }
  const notes = [...found.values()].sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  return { notes, problems };
}
