import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Rolldown } from 'vite';
import { getBuiltinRules, getBuiltinSources } from '@casenote/rules/details';

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

/** Texts a person reads about the rules (explanations, reviewers' notes, sources' titles), at least 5 of each kind. */
function detailsTexts(): string[] {
  const words = (text: string | undefined) => /^[\w ,]{30,}/.exec(text ?? '')?.[0];
  const texts = getBuiltinRules()
    .flatMap((rule) => [words(rule.explanation), words(rule.note), words(rule.sources[0]?.title)])
    .filter((text): text is string => text !== undefined);
  expect(texts.length).toBeGreaterThan(100);
  return texts;
}

const data = /\/packages\/rules\/src\/generated\/builtin\.ts$/;
const details = /\/packages\/rules\/src\/generated\/details\.ts$/;

// The note analysis proper (the conditions of the rule packs share its word lists and name finder).
const analysis = /\/analyse\/(analyse-note|addressee|people|rewrite|voice|readability)\.ts$|\/retext-readability\//;
const engine = /\/packages\/lint\/src\/linter-core\.ts$/;
const abbreviationCheck = /\/packages\/lint\/src\/abbreviations\//;
// Checking what a host passes: options, host rule packs, their conditions and phrase clashes.
const checking = /\/src\/(check-options|validate|validate-conditions|phrase-clashes)\.ts$/;
// The syntax tree parser (../src/parse-note.ts): the linter and the reading-age check read notes without a tree.
const treeParser =
  /\/packages\/lint\/src\/(fast-parser|parse-note|parser\/(tree|parse|paragraph-steps|sentence-steps))\.ts$|\/nlcst-to-string\//;

describe('what a host bundles', () => {
  it('a page importing only lintRules ships the rule packs without the note analysis', async () => {
    const { entry, lazy, code } = await bundle(
      `import { lintRules } from '@casenote/lint'; console.log(lintRules(document.body.textContent ?? ''));`,
    );
    expect(entry.some((id) => /\/packages\/rules\/src\/generated\/builtin\.ts$/.test(id))).toBe(true);
    expect([...entry, ...lazy.flat()].filter((id) => analysis.test(id))).toEqual([]);
    // nor the words a person reads when they open a finding: no explanation, note or source title
    expect([...entry, ...lazy.flat()].filter((id) => details.test(id))).toEqual([]);
    expect(detailsTexts().filter((text) => code.includes(text))).toEqual([]);
    expect(code).toContain(getBuiltinRules().find((rule) => rule.id === 'acronym-lac')?.suggestions[0]);
    // with no options there is nothing to check: no options checking, no host-pack validation
    expect(entry.filter((id) => checking.test(id))).toEqual([]);
    // nor the syntax tree parser: the linter reads a note straight from its text
    expect([...entry, ...lazy.flat()].filter((id) => treeParser.test(id))).toEqual([]);
    // nor the sources' ids, which only host packs citing a built-in guide read
    expect(code).not.toContain([...getBuiltinSources().keys()].slice(0, 3).join('~'));
    // nor the packs the rules come from, which only messages about host packs name
    expect(code).not.toContain('data/victim-blaming.yml');
    // nor the opt-in general checks' code (the unexplained-abbreviation check), which needs options to run
    expect([...entry, ...lazy.flat()].filter((id) => abbreviationCheck.test(id))).toEqual([]);
  }, 120_000);

  it('a page that lints with options can turn on the unexplained-abbreviation check, so it ships its code', async () => {
    const { entry } = await bundle(
      `import { createRuleLinter } from '@casenote/lint';
       console.log(createRuleLinter({ rules: { 'unexplained-abbreviation': 'info' } }).lint(document.body.textContent ?? ''));`,
    );
    expect(entry.some((id) => abbreviationCheck.test(id))).toBe(true);
  }, 120_000);

  it('a page importing lint ships the note analysis with it (lint includes its findings), and no rule explanations', async () => {
    const { entry, lazy, code } = await bundle(
      `import { lint } from '@casenote/lint'; console.log(lint(document.body.textContent ?? ''));`,
    );
    expect(entry.some((id) => analysis.test(id))).toBe(true);
    expect([...entry, ...lazy.flat()].filter((id) => details.test(id))).toEqual([]);
    expect(detailsTexts().filter((text) => code.includes(text))).toEqual([]);
    // one English reader for the rules and the note analysis, the reading-age check too: no syntax tree parser
    expect([...entry, ...lazy.flat()].filter((id) => treeParser.test(id))).toEqual([]);
  }, 120_000);

  it('a page that explains findings loads the rule details in a chunk of their own, only when asked for', async () => {
    const { entry, lazy, code } = await bundle(
      `import { explain, lintRules, loadRuleDetails } from '@casenote/lint';
       const findings = lintRules(document.body.textContent ?? '');
       loadRuleDetails().then(() => console.log(findings.map((finding) => explain(finding))));`,
    );
    expect(entry.filter((id) => details.test(id))).toEqual([]);
    const detailsChunks = lazy.filter((chunk) => chunk.some((id) => details.test(id)));
    expect(detailsChunks).toHaveLength(1);
    // the details chunk holds the words, never the linter's data a second time
    expect(detailsChunks[0]?.filter((id) => data.test(id) || engine.test(id))).toEqual([]);
    expect(detailsTexts().filter((text) => !code.includes(text))).toEqual([]);
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
      expect(entry.filter((id) => engine.test(id) || analysis.test(id) || data.test(id) || details.test(id))).toEqual(
        [],
      );
      expect(lazy.some((chunk) => chunk.some((id) => engine.test(id)) && chunk.some((id) => data.test(id)))).toBe(true);
      // the explanations the cards show: a chunk of their own, without the engine (worker mode loads only this)
      const detailsChunks = lazy.filter((chunk) => chunk.some((id) => details.test(id)));
      expect(detailsChunks).toHaveLength(1);
      expect(detailsChunks[0]?.filter((id) => data.test(id) || engine.test(id))).toEqual([]);
    }
  }, 240_000);
});
