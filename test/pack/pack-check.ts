// Packs every publishable package as npm would publish it, checks each tarball with publint and
// arethetypeswrong, then installs the tarballs into a clean host project outside the monorepo (with
// npm, as a host developer would) and uses each package from there. Run after `pnpm build`:
//   pnpm pack:check
// Prints what it checked and exits non-zero on the first problem. Needs the npm registry for the
// packages' own dependencies (unified, tiptap…), as any install does.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { getBuiltinRules } from '@casenote/rules/details';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const publishable = ['rules', 'lint', 'guides', 'tiptap', 'react', 'element', 'cli'] as const;

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Packs each package into `into`; returns tarball paths by package folder name. */
export function packAll(into: string, packages: readonly string[] = publishable): Record<string, string> {
  mkdirSync(into, { recursive: true });
  const tarballs: Record<string, string> = {};
  for (const name of packages) {
    const before = new Set(readdirSync(into));
    run('pnpm', ['pack', '--pack-destination', into], path.join(root, 'packages', name));
    const made = readdirSync(into).find((file) => !before.has(file) && file.endsWith('.tgz'));
    if (!made) throw new Error(`pnpm pack made no tarball for packages/${name}`);
    tarballs[name] = path.join(into, made);
  }
  return tarballs;
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'casenote-pack-'));
  let failed = false;
  const fail = (message: string) => {
    failed = true;
    console.log(`  FAIL ${message}`);
  };
  try {
    const tarballs = packAll(path.join(work, 'tarballs'));
    console.log(`Packed ${Object.keys(tarballs).length} packages into ${path.join(work, 'tarballs')}`);

    for (const [name, tarball] of Object.entries(tarballs)) {
      const files = run('tar', ['-tzf', tarball], work).split('\n').filter(Boolean);
      const size = readFileSync(tarball).length;
      console.log(`\n@casenote/${name}: ${files.length} files, ${(size / 1024).toFixed(1)} KB packed`);
      if (!files.includes('package/LICENSE')) fail('no LICENSE in the tarball');
      if (files.some((file) => file.startsWith('package/src/') && file.endsWith('.ts')))
        fail('TypeScript sources shipped');
      const manifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'], work)) as Record<
        string,
        unknown
      >;
      for (const field of ['repository', 'homepage', 'engines', 'sideEffects', 'license'])
        if (manifest[field] === undefined) fail(`package.json has no "${field}"`);
      if (JSON.stringify(manifest).includes('workspace:')) fail('a workspace: range was left in package.json');
      if (JSON.stringify(manifest.exports).includes('@casenote/source')) fail('the source condition is published');

      const bytes = readFileSync(tarball);
      const result = await publint({
        pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer },
        level: 'suggestion',
        strict: true,
      });
      for (const message of result.messages) fail(`publint: ${formatMessage(message, result.pkg) ?? message.code}`);
      if (result.messages.length === 0) console.log('  publint: nothing to report');

      try {
        const attw = run(
          path.join(root, 'node_modules/.bin/attw'),
          [
            tarball,
            '--profile',
            'esm-only',
            '--format',
            'ascii',
            '--no-emoji',
            '--exclude-entrypoints',
            './styles.css',
          ],
          work,
        );
        console.log(
          `  arethetypeswrong (esm-only profile): ${/No problems found/.test(attw) ? 'no problems' : 'no problems beyond ESM-only'}`,
        );
      } catch (error) {
        fail(`arethetypeswrong: ${(error as { stdout?: string }).stdout?.trim() ?? String(error)}`);
      }
    }

    // The rule data ships once: the explanations in one built file of one tarball (the rule details;
    // RULES.md, its documentation, aside).
    const markers = getBuiltinRules()
      .map((rule) => /^[A-Za-z ,]{30,}/.exec(rule.explanation)?.[0])
      .filter((marker): marker is string => marker !== undefined)
      .slice(0, 5);
    const holders = new Set<string>();
    for (const [name, tarball] of Object.entries(tarballs)) {
      const folder = path.join(work, 'unpacked', name);
      mkdirSync(folder, { recursive: true });
      run('tar', ['-xzf', tarball, '-C', folder], work);
      for (const file of readdirSync(folder, { recursive: true }) as string[]) {
        if (!/\.(js|mjs|cjs|d\.ts|map|json)$/.test(file)) continue;
        const content = readFileSync(path.join(folder, file), 'utf8');
        if (markers.some((marker) => content.includes(marker))) holders.add(`@casenote/${name}/${file}`);
      }
    }
    console.log(`\nThe rule data ships in: ${[...holders].join(', ') || 'no file'}`);
    if (markers.length === 0 || holders.size !== 1) fail('the rule data must ship in exactly one built file');

    // A clean host outside the monorepo: npm, the tarballs and their declared peers, nothing else.
    const host = path.join(work, 'host');
    mkdirSync(host);
    const dependencies = Object.fromEntries(
      Object.entries(tarballs).map(([name, tarball]) => [`@casenote/${name}`, `file:${tarball}`]),
    );
    const rootManifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    for (const peer of [
      '@tiptap/core',
      '@tiptap/pm',
      '@tiptap/react',
      '@tiptap/starter-kit',
      '@tiptap/extensions',
      'react',
      'react-dom',
    ])
      dependencies[peer] = rootManifest.devDependencies[peer] ?? '3.34.0';
    writeFileSync(
      path.join(host, 'package.json'),
      JSON.stringify({ name: 'host', private: true, type: 'module', dependencies }, null, 2),
    );
    console.log('\nInstalling the tarballs into a clean host with npm…');
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], host);

    writeFileSync(
      path.join(host, 'smoke.mjs'),
      `import { lint, analyseNote, explain, loadRuleDetails } from '@casenote/lint';
import { getBuiltinRules, getRuleDetails } from '@casenote/rules/details';
import { checkRecordCompleteness, defaultContactRecord, exampleThresholdGuide, findRelatedIndicators } from '@casenote/guides';
import { CaseNoteLint } from '@casenote/tiptap';
import * as react from '@casenote/react';
const found = lint('Jade is putting herself at risk. The CIN plan was reviewed.');
if (!found.some((d) => d.ruleId === 'put-self-at-risk')) throw new Error('lint() found nothing from the packed engine');
const risk = found.find((d) => d.ruleId === 'put-self-at-risk');
if (!explain(risk, getRuleDetails()) || explain(risk, await loadRuleDetails()) !== explain(risk, getRuleDetails())) throw new Error('explain() has no explanation from the packed rule details');
if (analyseNote('I visited you today.').summary.toChild !== 1) throw new Error('analyseNote() is wrong');
if (checkRecordCompleteness('', defaultContactRecord).complete !== false) throw new Error('checkRecordCompleteness() is wrong');
if (findRelatedIndicators(exampleThresholdGuide, 'Jade went missing from home.').length === 0) throw new Error('findRelatedIndicators() found nothing');
if (typeof CaseNoteLint?.configure !== 'function') throw new Error('no CaseNoteLint extension');
if (typeof react.CaseNoteEditor !== 'function') throw new Error('no CaseNoteEditor');
console.log('  lint, analyseNote, the guides, CaseNoteLint and CaseNoteEditor load from the tarballs; ' + getBuiltinRules().length + ' rules');
`,
    );
    process.stdout.write(run('node', ['smoke.mjs'], host));
    writeFileSync(path.join(host, 'note.txt'), 'Jade is putting herself at risk.\n');
    let cli = '';
    try {
      cli = run(path.join(host, 'node_modules/.bin/casenote'), ['lint', 'note.txt', '--fail-on', 'warning'], host);
      fail('casenote lint --fail-on warning exited 0 on a note with a warning');
    } catch (error) {
      cli = (error as { stdout?: string }).stdout ?? '';
    }
    if (!cli.includes('put-self-at-risk')) fail('the installed casenote command did not report the finding');
    else console.log('  the installed casenote command lints a note and exits 1 under --fail-on warning');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (failed) {
    console.log('\npack:check found problems.');
    process.exitCode = 1;
  } else console.log('\npack:check: every tarball is publishable and works from a clean host.');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
