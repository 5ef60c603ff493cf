import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slowestFirst, slowFilesFirst } from '../support/slow-files-first.ts';

const root = join(import.meta.dirname, '..', '..');
const spec = (project: string, path: string) => ({ project: { name: project }, moduleId: join(root, path) });

describe('the test run starts the slowest unit files first', () => {
  it('names only files that exist, so a renamed file cannot silently fall back to the end of the run', () => {
    for (const file of slowestFirst) expect(existsSync(join(root, file)), file).toBe(true);
  });

  it('moves the listed files to the front of their own project and leaves every other file in its order', () => {
    const ordered = [
      spec('unit', 'packages/lint/test/who-you-is-sentence-by-sentence.test.ts'),
      spec('unit', 'packages/lint/test/names.test.ts'),
      spec('unit', 'test/corpus/engine-fingerprint.test.ts'),
      spec('unit', 'test/corpus/fixes.test.ts'),
      spec('browser', 'packages/tiptap/test/editor.test.ts'),
      spec('e2e', 'test/e2e/editor.test.ts'),
    ];
    expect(
      slowFilesFirst(ordered).map((file) => `${file.project.name} ${file.moduleId.slice(root.length + 1)}`),
    ).toEqual([
      'unit test/corpus/fixes.test.ts',
      'unit test/corpus/engine-fingerprint.test.ts',
      'unit packages/lint/test/who-you-is-sentence-by-sentence.test.ts',
      'unit packages/lint/test/names.test.ts',
      'browser packages/tiptap/test/editor.test.ts',
      'e2e test/e2e/editor.test.ts',
    ]);
  });
});
