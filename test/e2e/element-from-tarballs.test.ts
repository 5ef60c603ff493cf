// End-to-end, as a host developer would: pack @casenote/element and the packages it depends on,
// install the tarballs with npm into a plain Vite project outside the monorepo (TipTap peers from
// the registry), build a server-rendered-style form that imports ONLY @casenote/element, serve it
// on 127.0.0.1 with a tiny server that echoes what the form posts, then type into both editors in
// headless Chromium, see the underline, submit, and check the posted fields. No page errors, and
// no request may leave 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { packAll } from '../pack/pack-check.ts';
import { type LocalBrowser, launchLocalBrowser } from '../support/local-browser.ts';
import { repoRoot } from './storybook-server.ts';

const pageHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Record a visit</title>
    <style>
      /* The host's own CSS, as a real system would have. */
      body { font-family: Georgia, serif; }
      p, div { color: #222; }
      button { font-size: 1.2rem; }
    </style>
  </head>
  <body>
    <main>
      <h1>Record a visit</h1>
      <form method="post" action="/submit">
        <label for="summary">Summary</label>
        <casenote-editor id="summary" name="summary" child="Jade:9">Jade is putting herself at risk.</casenote-editor>
        <label for="note">Case note</label>
        <textarea id="note" name="note" rows="6">I visited Jade at home.</textarea>
        <button type="submit">Save visit</button>
      </form>
    </main>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;

const mainJs = `import { mount } from '@casenote/element';

mount(document.querySelector('textarea[name="note"]'), { child: 'Jade:9' });
`;

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let work: string;
let server: Server;
let baseUrl: string;
let browser: LocalBrowser;

/** Serves the built page and answers the form's POST with the fields it received, as JSON. */
function serve(root: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const started = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'POST' && url.pathname === '/submit') {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        const fields = [...new URLSearchParams(body)];
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        const json = JSON.stringify(fields).replace(/</g, '\\u003c');
        response.end(`<!doctype html><title>Posted</title><pre id="posted">${json.replace(/&/g, '&amp;')}</pre>`);
      });
      return;
    }
    const file = path.join(root, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => started.listen(0, '127.0.0.1', () => resolve(started)));
}

beforeAll(async () => {
  // The tarballs hold the built packages: build them (incremental, quick when up to date) so they are not stale.
  run('pnpm', ['build'], repoRoot);
  work = mkdtempSync(path.join(tmpdir(), 'casenote-element-e2e-'));
  const tarballs = packAll(path.join(work, 'tarballs'), ['rules', 'lint', 'guides', 'tiptap', 'element']);

  const host = path.join(work, 'host');
  mkdirSync(host);
  const rootManifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const version = (name: string) => rootManifest.devDependencies[name] ?? 'latest';
  const dependencies: Record<string, string> = Object.fromEntries(
    Object.entries(tarballs).map(([name, tarball]) => [`@casenote/${name}`, `file:${tarball}`]),
  );
  for (const peer of ['@tiptap/core', '@tiptap/pm', '@tiptap/starter-kit']) dependencies[peer] = version(peer);
  writeFileSync(
    path.join(host, 'package.json'),
    JSON.stringify(
      { name: 'plain-host', private: true, type: 'module', dependencies, devDependencies: { vite: version('vite') } },
      null,
      2,
    ),
  );
  writeFileSync(path.join(host, 'index.html'), pageHtml);
  writeFileSync(path.join(host, 'main.js'), mainJs);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], host);
  run(path.join(host, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], host);

  server = await serve(path.join(host, 'dist'));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  browser = await launchLocalBrowser({ width: 1200, height: 900 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (work) rmSync(work, { recursive: true, force: true });
});

test('a plain form built from the tarballs underlines, and posts both fields with the edits', async () => {
  const page = await browser.context.newPage();
  const pageErrors: Error[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(baseUrl);

  const summary = page.getByRole('textbox', { name: 'Summary' });
  const note = page.getByRole('textbox', { name: 'Case note' });
  await summary.waitFor();
  await note.waitFor();
  expect(await page.locator('textarea[name="note"]').isHidden()).toBe(true);

  // The underline, drawn inside the element's shadow root (Playwright's CSS locators pierce it).
  const flagged = page.locator('#summary .casenote-diagnostic[data-rule-id="put-self-at-risk"]');
  await flagged.first().waitFor({ timeout: 15_000 });
  // read until it settles: once in a clean-clone CI run the underline, just drawn, read '' (gone for a
  // moment between two checks; cause not yet found), so the words are polled, not read once
  await vi.waitFor(async () => expect((await flagged.allTextContents()).join('')).toBe('is putting herself at risk'), {
    timeout: 15_000,
  });
  // a decoration redrawn when later results arrive replaces its span, and a span already detached has no computed
  // style (''): the underline is read from a span still in the document, polled like the words above
  await vi.waitFor(
    async () =>
      expect(
        await flagged
          .first()
          .evaluate((span) => (span.isConnected ? getComputedStyle(span).textDecorationLine : 'detached')),
      ).toBe('underline'),
    { timeout: 15_000 },
  );

  await summary.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' She told me she feels safe at school.');
  await note.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' We talked about the LAC review.');
  const lac = page.locator('casenote-editor:not(#summary) .casenote-diagnostic', { hasText: 'LAC' });
  await lac.first().waitFor({ timeout: 15_000 });

  await Promise.all([page.waitForURL(`${baseUrl}submit`), page.getByRole('button', { name: 'Save visit' }).click()]);
  const posted = JSON.parse((await page.locator('#posted').textContent()) ?? '[]') as Array<[string, string]>;
  expect(posted).toEqual([
    ['summary', '<p>Jade is putting herself at risk. She told me she feels safe at school.</p>'],
    ['note', 'I visited Jade at home. We talked about the LAC review.'],
  ]);

  expect(pageErrors).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(browser.refused).toEqual([]);
  expect(browser.requested.every((url) => new URL(url).hostname === '127.0.0.1')).toBe(true);
  await page.close();
});
