import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { describeReadError } from '../read-error.ts';
import { htmlToText } from './html-to-text.ts';

/** The file extensions read as notes from folders and globs, lower case. */
export const noteExtensions = ['.txt', '.md', '.html', '.htm'] as const;

/** The largest note file read (5 MiB, about 800,000 words); larger files are skipped by name. */
export const maxNoteBytes = 5 * 1024 * 1024;

/** A note's text, or why it could not be read (one short phrase, shown after the file's name). */
export type ReadNote =
  | { ok: true; text: string /** Broken HTML worked around, one short sentence each. */; problems: string[] }
  | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

/**
 * Decodes a note's bytes: UTF-8 (with or without a byte order mark), or UTF-16 with a byte order
 * mark. Bytes that are neither (a binary file, Latin-1, random data) are refused, never guessed at:
 * linting garbage would report "no findings" for a note nobody could read.
 */
export function decodeNote(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: utf16le.decode(bytes.subarray(2)) };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: utf16be.decode(bytes.subarray(2)) };
  } catch {
    return { ok: false, reason: 'not readable as UTF-16 text (it starts with a UTF-16 byte order mark)' };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'not a text file (it contains NUL bytes)' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not UTF-8 text (save it as UTF-8 or UTF-16)' };
  }
  // Control characters other than tab, line breaks and form feed are the mark of a binary file.
  let controls = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f)
      controls += 1;
  }
  if (controls > 0 && controls * 100 > text.length)
    return { ok: false, reason: 'not a text file (control characters)' };
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
}

/**
 * Reads one note file: checks its size before reading, decodes it, and converts HTML to text.
 * Never throws; an unreadable note comes back with the reason.
 */
export function readNoteFile(absolute: string): ReadNote {
  let bytes: Buffer;
  let descriptor: number | undefined;
  try {
    descriptor = openSync(absolute, 'r');
    const info = fstatSync(descriptor);
    if (info.isDirectory()) return { ok: false, reason: 'is a directory, not a file' };
    if (info.size > maxNoteBytes)
      return {
        ok: false,
        reason: `too large to check (${megabytes(info.size)}; the limit is ${megabytes(maxNoteBytes)})`,
      };
    bytes = Buffer.alloc(info.size);
    let read = 0;
    while (read < info.size) {
      const count = readSync(descriptor, bytes, read, info.size - read, read);
      if (count === 0) break;
      read += count;
    }
    bytes = bytes.subarray(0, read);
  } catch (error) {
    return { ok: false, reason: `cannot read: ${describeReadError(error)}` };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
  return noteFromBytes(bytes, absolute);
}

/** Decodes a note's bytes and, for `.html`/`.htm` names, converts the markup to text. */
export function noteFromBytes(bytes: Uint8Array, name: string): ReadNote {
  if (bytes.length > maxNoteBytes)
    return {
      ok: false,
      reason: `too large to check (${megabytes(bytes.length)}; the limit is ${megabytes(maxNoteBytes)})`,
    };
  const decoded = decodeNote(bytes);
  if (!decoded.ok) return decoded;
  const extension = path.extname(name).toLowerCase();
  if (extension !== '.html' && extension !== '.htm') return { ok: true, text: decoded.text, problems: [] };
  const converted = htmlToText(decoded.text);
  return { ok: true, text: converted.text, problems: converted.problems };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
