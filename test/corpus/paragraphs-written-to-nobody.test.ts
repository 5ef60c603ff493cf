// The rule condition `reader` reads a paragraph none of whose sentences may speak to anyone (no "you", no name it opens
// or closes by speaking to, no greeting or heading: `maySpeakToAnyone`) as written to nobody, without reading who the
// child is (speed40). This test holds that shortcut to the full reading (`readNoteReader`) on every dev sentence and
// every dev passage read as one note (test/corpus/real; never a sealed set): wherever the shortcut says nobody, the full
// reading gives every sentence and the note 'none', with or without the host saying the child wrote it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { maySpeakToAnyone, readNoteReader } from '../../packages/lint/src/analyse/note-address.ts';
import { readNote } from '../../packages/lint/src/analyse/read-note.ts';
import { refuseSealed, surveyFiles } from './real/dev-files.ts';

const realDir = join(import.meta.dirname, 'real');

/** Every dev item's text once (a passage whole, as one note), and every passage sentence on its own. */
function devTexts(): string[] {
  const passages = readdirSync(realDir)
    .filter((name) => /^dev-passages-.*\.yml$/.test(name))
    .map((name) => join(realDir, name));
  const files = [...surveyFiles(realDir), ...passages];
  refuseSealed(files);
  const texts = new Set<string>();
  for (const file of files)
    for (const item of (parse(readFileSync(file, 'utf8')) ?? []) as Array<Record<string, unknown>>) {
      if (typeof item.text === 'string') texts.add(item.text);
      if (Array.isArray(item.sentences))
        for (const sentence of item.sentences as Array<Record<string, unknown>>)
          if (typeof sentence.text === 'string') texts.add(sentence.text);
    }
  return [...texts];
}

describe('a note that says “you” to nobody and greets no one is read as written to nobody', () => {
  it('as the full reading reads it, on every dev sentence and passage', () => {
    let nobody = 0;
    let someone = 0;
    const differ: string[] = [];
    for (const text of devTexts()) {
      const sentences = readNote(text);
      if (sentences.some(maySpeakToAnyone)) {
        someone += 1;
        continue;
      }
      nobody += 1;
      for (const context of [{}, { writer: 'child' as const }]) {
        const { address } = readNoteReader(sentences, context);
        if (address.note !== 'none' || address.sentences.some((sentence) => sentence.addressee !== 'none'))
          differ.push(text);
      }
    }
    expect(differ.slice(0, 5)).toEqual([]);
    // most dev texts speak to no one; thousands do speak to someone, so both sides are exercised
    expect(nobody).toBeGreaterThan(10_000);
    expect(someone).toBeGreaterThan(1_000);
  }, 300_000);
});
