// Bundle sizes a host pays for: each entry is bundled for the browser with Vite (production,
// minified, tree-shaken) from the built packages, and its gzipped size printed. Run after
// `pnpm build`, alone (`pnpm bench:size`) or as part of `pnpm bench`. It asserts nothing (what
// must stay out of which bundle is tested in packages/lint/test/bundle.test.ts).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What a host imports, one entry per line of the table. */
export const entries: Record<string, string> = {
  'lint() with every pack (and the note analysis)': `import { lint } from '@casenote/lint'; console.log(lint(document.body.textContent ?? ''));`,
  'lintRules() with every pack (no note analysis)': `import { lintRules } from '@casenote/lint'; console.log(lintRules(document.body.textContent ?? ''));`,
  'createRuleLinter(options) (options and host packs checked, the opt-in unexplained-abbreviation check on)': `import { createRuleLinter } from '@casenote/lint'; console.log(createRuleLinter({ rules: { 'unexplained-abbreviation': 'info' } }).lint(document.body.textContent ?? ''));`,
  'createWorkerLinter (worker mode, the page side)': `import { createWorkerLinter } from '@casenote/lint'; createWorkerLinter(() => new Worker('/casenote-worker.js', { type: 'module' })).lint('').then(console.log);`,
  'CaseNoteLint (TipTap extension; the engine loaded on first check)': `import { CaseNoteLint } from '@casenote/tiptap'; console.log(CaseNoteLint);`,
  '<casenote-editor> (element with TipTap; the engine loaded on first check)': `import '@casenote/element';`,
  'loadRuleDetails() (the rule details: explanations, notes, sources’ titles; a chunk of its own)': `import { loadRuleDetails } from '@casenote/lint'; loadRuleDetails().then((details) => console.log(details.explanation('acronym-lac')));`,
};

/** One entry's bundle: the chunk a page loads (minified and gzipped), and chunks loaded only later. */
export interface BundleRow {
  entry: string;
  bytes: number;
  gzip: number;
  lazyGzip: number;
  /** Each chunk loaded later, gzipped, largest first (the engine, the rule details). */
  lazyChunks: number[];
  /** The entry chunk's code by part (see `parts`), each part's modules gzipped on their own. */
  parts: Array<{ part: string; gzip: number }>;
  /** The entry chunk as a page loads it (minified). */
  code: string;
}

/** What the engine's bundle is made of, by module path (first match wins); the rest is the linter's own code. */
export const parts: Array<[part: string, modules: RegExp]> = [
  ['the rule data the linter needs', /\/packages\/rules\/(src|dist)\/generated\/builtin\./],
  [
    'the rule conditions with the name model they share with the note analysis',
    /\/packages\/lint\/(src|dist)\/(context|analyse)\//,
  ],
  [
    'the English parser',
    /\/packages\/lint\/(src|dist)\/(parser\/|fast-parser|parse-note|note-sentences|tokens)|\/node_modules\/.*\/(array-iterate|nlcst-to-string|unist-util-[a-z-]+)\//,
  ],
  ['the fit step (suggestions fitted to their sentence)', /\/packages\/lint\/(src|dist)\/fit\//],
  [
    'checking options and host packs',
    /\/packages\/lint\/(src|dist)\/(check-options|validate-options)\.|\/packages\/rules\/(src|dist)\/(validate|validate-conditions|phrase-clashes)\./,
  ],
  ['the rule engine (matcher, patterns, inflection, the data’s decoding)', /\/packages\/rules\/(src|dist)\//],
  ['the linter’s own code', /\/packages\/lint\/(src|dist)\//],
];

function entryParts(modules: Record<string, { code: string | null }>): BundleRow['parts'] {
  const code = new Map<string, string>();
  for (const [id, module] of Object.entries(modules)) {
    const part = parts.find(([, pattern]) => pattern.test(id.replaceAll('\\', '/')))?.[0] ?? 'other';
    code.set(part, (code.get(part) ?? '') + (module.code ?? ''));
  }
  return [...code]
    .filter(([, text]) => text.length > 0)
    .map(([part, text]) => ({ part, gzip: gzipSync(text, { level: 9 }).length }))
    .sort((a, b) => b.gzip - a.gzip);
}

export async function measureBundles(): Promise<BundleRow[]> {
  mkdirSync(path.join(root, 'test/artifacts'), { recursive: true });
  const work = mkdtempSync(path.join(root, 'test/artifacts/bundle-'));
  const rows: BundleRow[] = [];
  try {
    for (const [entry, source] of Object.entries(entries)) {
      const packageName = /from '(@casenote\/[a-z]+)'|import '(@casenote\/[a-z]+)'/.exec(source);
      const name = (packageName?.[1] ?? packageName?.[2] ?? '').replace('@casenote/', '');
      try {
        readFileSync(path.join(root, 'packages', name, 'package.json'));
      } catch {
        continue; // a package not in this checkout
      }
      const folder = path.join(work, String(rows.length));
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, 'entry.js'), source);
      const output = (await build({
        root: folder,
        logLevel: 'silent',
        configFile: false,
        resolve: { conditions: ['module', 'browser', 'production'] },
        // An app build of a JS entry, as a host's page would be: library mode leaves whitespace in
        // ES output, which would overstate the sizes.
        build: {
          outDir: path.join(folder, 'out'),
          emptyOutDir: true,
          minify: true,
          modulePreload: false,
          rollupOptions: { input: path.join(folder, 'entry.js'), output: { entryFileNames: 'bundle.js' } },
        },
      })) as Rolldown.RolldownOutput;
      const entryChunk = output.output.find(
        (chunk): chunk is Rolldown.OutputChunk => chunk.type === 'chunk' && chunk.fileName === 'bundle.js',
      );
      let bytes = 0;
      let gzip = 0;
      let code = '';
      let lazyGzip = 0;
      const lazyChunks: number[] = [];
      for (const file of readdirSync(path.join(folder, 'out'), { recursive: true }) as string[]) {
        if (!file.endsWith('.js')) continue;
        const content = readFileSync(path.join(folder, 'out', file));
        // chunks other than the entry are dynamic imports, fetched only when used
        if (path.basename(file) !== 'bundle.js') {
          const size = gzipSync(content, { level: 9 }).length;
          lazyGzip += size;
          lazyChunks.push(size);
          continue;
        }
        bytes += content.length;
        gzip += gzipSync(content, { level: 9 }).length;
        code = content.toString('utf8');
      }
      rows.push({
        entry,
        bytes,
        gzip,
        lazyGzip,
        lazyChunks: lazyChunks.sort((a, b) => b - a),
        parts: entryChunk ? entryParts(entryChunk.modules) : [],
        code,
      });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

export async function runBundleSizeBench(): Promise<void> {
  console.log('Bundle sizes (Vite production build from the built packages, minified, gzip level 9)\n');
  console.log('| what a host imports | minified | gzipped | loaded only when needed (gzipped) |');
  console.log('| --- | --- | --- | --- |');
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows = await measureBundles();
  for (const row of rows) {
    const lazy = row.lazyChunks.length > 1 ? ` (${row.lazyChunks.map(kb).join(' + ')})` : '';
    console.log(
      `| ${row.entry} | ${kb(row.bytes)} | ${kb(row.gzip)} | ${row.lazyGzip > 0 ? `${kb(row.lazyGzip)}${lazy}` : '—'} |`,
    );
  }
  console.log(
    '\nThe editors load the rule details (the last row) with the engine, or in worker mode when the first results arrive.',
  );
  console.log(
    'Target: lintRules() with every pack ≤ 70 KB gzipped (issue 12; ≤ 67 KB at 822 rules leaves room for new rules).',
  );
  const packsAlone = rows.find((row) => row.entry.startsWith('lintRules()'));
  if (packsAlone) {
    console.log(
      '\nWhat lintRules() is made of (each part gzipped on its own, so the parts add up to more than the whole):',
    );
    for (const { part, gzip } of packsAlone.parts) console.log(`- ${part}: ${kb(gzip)}`);
    console.log(
      `- of the rule data, by column: ${(await dataColumns()).map(([column, size]) => `${column} ${kb(size)}`).join(', ')}`,
    );
    console.log(
      `- what each large column of the rule data costs in the whole bundle (cut out, the bundle gzipped again): ${columnCosts(
        packsAlone.code,
      )
        .map(([column, size]) => `${column} ${kb(size)}`)
        .join(', ')}`,
    );
  }
}

/**
 * What each text column of the rule data adds to the gzipped bundle: the bundle gzipped with the
 * column's text cut out, against the whole (gzip finds repeats across columns and code, so a
 * column alone overstates what it costs).
 */
function columnCosts(code: string): Array<[column: string, gzip: number]> {
  const whole = gzipSync(code, { level: 9 }).length;
  const data = code.indexOf('{"sources":');
  const costs: Array<[string, number]> = [];
  if (data === -1) return costs;
  const rules = code.indexOf('"rules":{', data);
  for (const column of ['patterns', 'suggestions', 'url', 'message', 'id', 'acronym', 'source']) {
    const key = code.indexOf(`"${column}":"`, column === 'url' ? data : rules);
    if (key === -1) continue;
    const start = key + column.length + 4;
    let end = start;
    while (end < code.length && !(code[end] === '"' && code[end - 1] !== '\\')) end += 1;
    costs.push([column, whole - gzipSync(code.slice(0, start) + code.slice(end), { level: 9 }).length]);
  }
  return costs.sort((a, b) => b[1] - a[1]);
}

/** The linter's rule data by column (`@casenote/rules`'s compact form), each gzipped on its own, largest first. */
async function dataColumns(): Promise<Array<[column: string, gzip: number]>> {
  const generated = pathToFileURL(path.join(root, 'packages/rules/dist/generated/builtin.js')).href;
  const { builtinData } = (await import(generated)) as { builtinData: string };
  const data = JSON.parse(builtinData) as Record<string, Record<string, unknown> | unknown[]>;
  const columns: Array<[string, number]> = [];
  for (const [table, fields] of Object.entries(data)) {
    if (Array.isArray(fields)) {
      columns.push([table, gzipSync(JSON.stringify(fields), { level: 9 }).length]);
      continue;
    }
    for (const [field, column] of Object.entries(fields)) {
      const text = typeof column === 'string' ? column : JSON.stringify(column);
      columns.push([table === 'rules' ? field : `${table} ${field}`, gzipSync(text, { level: 9 }).length]);
    }
  }
  return columns.sort((a, b) => b[1] - a[1]);
}

if (import.meta.url === `file://${process.argv[1]}`) await runBundleSizeBench();
