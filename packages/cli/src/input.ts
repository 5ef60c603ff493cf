import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from './errors.ts';
import type { CliIo } from './types.ts';

/** One input to lint: its path as the user typed it (`-` for standard input) and its text. */
export interface Input {
  path: string;
  text: string;
}

/**
 * Reads every input before any is linted, so an unreadable file stops the run before output starts.
 * A leading byte order mark is dropped so that line 1, column 1 is the first visible character.
 */
export async function readInputs(inputs: string[], io: CliIo): Promise<Input[]> {
  return Promise.all(
    inputs.map(async (input) => {
      const text = input === '-' ? await readStream(io.stdin) : await readInputFile(input, io.cwd);
      return { path: input, text: text.replace(/^\uFEFF/, '') };
    }),
  );
}

async function readInputFile(input: string, cwd: string): Promise<string> {
  try {
    return await readFile(path.resolve(cwd, input), 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${input}: ${describeReadError(error)}`, { cause: error });
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** A short reason for a failed read, without the path Node repeats in its own message. */
export function describeReadError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
