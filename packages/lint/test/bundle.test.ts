import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Rolldown } from 'vite';
import { getBuiltinRules } from '@casenote/rules';

// What a host's bundler keeps of the engine: each entry is bundled from the sources as a host's
// page would be (production, tree-shaken), and the modules in each chunk are listed.

// inside the repository, so the entries resolve the workspace packages
const artifacts = path.join(import.meta.dirname, '../../../test/artifacts');
mkdirSync(artifacts, { recursive: true });
const work = mkdtempSync(path.join(artifacts, 'lint-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The modules of each chunk of a production build of `source`, by chunk: entry chunk first. */
async function bundle(source: string): Promise<{ entry: string[]; lazy: string[][]; code: string }> {
  const folder = mkdtempSync(path.join(work, 'entry-'));
  writeFileSync(path.join(folder, 'entry.js'), source);
  const result = (await build({
    root: folder,
    logLevel: 'silent',
    configFile: false,
    resolve: { conditions: ['@casenote/source', 'module', 'browser', 'production'] },
    build: {
      write: false,
      minify: false,
      modulePreload: false,
      rollupOptions: { input: path.join(folder, 'entry.js') },
    },
  })) as Rolldown.RolldownOutput;
  const chunks = result.output.filter((output): output is Rolldown.OutputChunk => output.type === 'chunk');
  const modules = (chunk: Rolldown.OutputChunk) => Object.keys(chunk.modules).map((id) => id.replaceAll('\\', '/'));
  return {
    entry: chunks.filter((chunk) => chunk.isEntry).flatMap(modules),
    lazy: chunks.filter((chunk) => !chunk.isEntry).map(modules),
    code: chunks.map((chunk) => chunk.code).join('\n'),
  };
}

// The note analysis proper (the conditions of the rule packs share its word lists and name finder).
const analysis = /\/analyse\/(analyse-note|addressee|people|rewrite|voice|readability)\.ts$|\/retext-readability\//;
const engine = /\/packages\/lint\/src\/linter-core\.ts$/;

describe('what a host bundles', () => {
  it('a page importing only lintRules ships the rule packs without the note analysis', async () => {
    const { entry, lazy, code } = await bundle(
      `import { lintRules } from '@casenote/lint'; console.log(lintRules(document.body.textContent ?? ''));`,
    );
    expect(entry.some((id) => /\/packages\/rules\/src\/generated\/builtin\.ts$/.test(id))).toBe(true);
    expect([...entry, ...lazy.flat()].filter((id) => analysis.test(id))).toEqual([]);
    // nor the catalogue: reviewers' notes and sources' titles are never shown by a linter
    const lac = getBuiltinRules().find((rule) => rule.id === 'acronym-lac');
    expect(code).toContain(lac?.explanation.slice(0, 30));
    const catalogue = getBuiltinRules()
      .flatMap((rule) => [rule.note?.slice(0, 40), rule.sources[0]?.title])
      .filter((text): text is string => text !== undefined && /^[\w ,]{20,}$/.test(text));
    expect(catalogue.length).toBeGreaterThan(5);
    expect(catalogue.filter((text) => code.includes(text))).toEqual([]);
  }, 120_000);

  it('a page importing lint ships the note analysis with it (lint includes its findings)', async () => {
    const { entry } = await bundle(
      `import { lint } from '@casenote/lint'; console.log(lint(document.body.textContent ?? ''));`,
    );
    expect(entry.some((id) => analysis.test(id))).toBe(true);
  }, 120_000);

  it('a page checking in a Web Worker keeps its fallback engine out of the main chunk, loaded only if the worker fails', async () => {
    const { entry, lazy } = await bundle(
      `import { createWorkerLinter } from '@casenote/lint';
       const engine = createWorkerLinter(() => new Worker('/casenote-worker.js', { type: 'module' }));
       engine.lint('Jade is LAC.').then(console.log);`,
    );
    expect(entry.filter((id) => engine.test(id) || analysis.test(id))).toEqual([]);
    expect(lazy.some((chunk) => chunk.some((id) => engine.test(id)))).toBe(true);
  }, 120_000);

  it('a page with the TipTap extension and <casenote-editor> keeps the engine and its rule data in a chunk loaded on first check (never, in worker mode)', async () => {
    for (const source of [
      `import { CaseNoteLint } from '@casenote/tiptap'; console.log(CaseNoteLint);`,
      `import '@casenote/element';`,
    ]) {
      const { entry, lazy } = await bundle(source);
      const data = /\/packages\/rules\/src\/generated\/builtin\.ts$/;
      expect(entry.filter((id) => engine.test(id) || analysis.test(id) || data.test(id))).toEqual([]);
      expect(lazy.some((chunk) => chunk.some((id) => engine.test(id)) && chunk.some((id) => data.test(id)))).toBe(true);
    }
  }, 240_000);
});
