import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/**
 * Which sentences of the unsealed corpus files are also sentences of a sealed held-out set. Such a sentence, read or
 * tuned on in a dev file, is no longer unseen when the sealed set is measured, so new dev text must hold none (the
 * test beside this file pins the count, which may only fall), and the sealed figures are also given on the part no
 * unsealed file holds (`heldout/measure-unseen.ts`). Only file names, line numbers and counts are printed, never a sentence.
 *
 *   pnpm exec node test/corpus/sealed-overlap.ts FILE…   name the lines of FILE (a dev file) that repeat a sealed sentence
 *   pnpm exec node test/corpus/sealed-overlap.ts         count them in every unsealed file
 */
const here = import.meta.dirname;

/** One spelling per sentence for comparison: lower case, letters and digits, single spaces. */
export const sentenceKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A sealed held-out set's folder under test/corpus (`heldout`, `heldout-3` …). */
export const isSealedFolder = (name: string) => /^heldout(-\d+)?$/.test(name);

function yamlFiles(dir: string, sealed: boolean): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name === 'node_modules') return [];
        if (dir === here && isSealedFolder(name) !== sealed) return [];
        return yamlFiles(path, sealed);
      }
      return /\.ya?ml$/.test(name) && (dir !== here || !sealed) ? [path] : [];
    });
}

/** Every `text` value in a YAML document (items, passages and their sentences). */
export function textsIn(file: string): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'text' && typeof inner === 'string') found.push(inner);
        else walk(inner);
      }
    }
  };
  walk(parse(readFileSync(file, 'utf8')));
  return found;
}

/** The sealed sets' sentences as keys (nothing is returned that could print them). */
export function sealedKeys(): Set<string> {
  return new Set(yamlFiles(here, true).flatMap((file) => textsIn(file).map(sentenceKey)));
}

/** The unsealed corpus files (dev sets, guidance corpora, fix-reading samples). */
export const unsealedFiles = (): string[] => yamlFiles(here, false);

/** How many of a file's texts repeat a sealed sentence. */
export function overlapIn(file: string, sealed: ReadonlySet<string>): number {
  return textsIn(file).filter((text) => sealed.has(sentenceKey(text))).length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sealed = sealedKeys();
  const files = process.argv.slice(2);
  if (files.length > 0) {
    let hits = 0;
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          const match = /^\s*-?\s*text:\s*(.+)$/.exec(line);
          if (!match) return;
          const text = (match[1] ?? '').replace(/^["']|["']$/g, '');
          if (!sealed.has(sentenceKey(text))) return;
          hits += 1;
          console.log(`${file}:${index + 1}: repeats a sealed sentence (take the item out)`);
        });
    }
    console.log(hits === 0 ? 'no line repeats a sealed sentence' : `${hits} line(s) repeat a sealed sentence`);
    process.exitCode = hits === 0 ? 0 : 1;
  } else {
    let total = 0;
    for (const file of unsealedFiles()) {
      const count = overlapIn(file, sealed);
      total += count;
      if (count > 0) console.log(`${relative(here, file)}: ${count}`);
    }
    console.log(`${total} unsealed texts repeat a sealed sentence`);
  }
}
