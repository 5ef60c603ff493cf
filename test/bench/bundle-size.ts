// Bundle sizes a host pays for: each entry is bundled for the browser with Vite (production,
// minified, tree-shaken) from the built packages, and its gzipped size printed. Run after
// `pnpm build`, alone (`pnpm bench:size`) or as part of `pnpm bench`. It asserts nothing (what
// must stay out of which bundle is tested in packages/lint/test/bundle.test.ts).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What a host imports, one entry per line of the table. */
export const entries: Record<string, string> = {
  'lint() with every pack (and the note analysis)': `import { lint } from '@casenote/lint'; console.log(lint(document.body.textContent ?? ''));`,
  'lintRules() with every pack (no note analysis)': `import { lintRules } from '@casenote/lint'; console.log(lintRules(document.body.textContent ?? ''));`,
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
      await build({
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
      });
      let bytes = 0;
      let gzip = 0;
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
      }
      rows.push({ entry, bytes, gzip, lazyGzip, lazyChunks: lazyChunks.sort((a, b) => b - a) });
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
  for (const row of await measureBundles()) {
    const lazy = row.lazyChunks.length > 1 ? ` (${row.lazyChunks.map(kb).join(' + ')})` : '';
    console.log(
      `| ${row.entry} | ${kb(row.bytes)} | ${kb(row.gzip)} | ${row.lazyGzip > 0 ? `${kb(row.lazyGzip)}${lazy}` : '—'} |`,
    );
  }
  console.log(
    '\nThe editors load the rule details (the last row) with the engine, or in worker mode when the first results arrive.',
  );
  console.log('Target: lint() with every pack ≤ 70 KB gzipped (lintRules(), the packs alone).');
}

if (import.meta.url === `file://${process.argv[1]}`) await runBundleSizeBench();
