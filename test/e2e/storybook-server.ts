import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is test/e2e/storybook-server.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const storybookApp = path.join(repoRoot, 'apps/storybook');
/** Where `pnpm build-storybook` writes the static Storybook. */
export const storybookStatic = path.join(storybookApp, 'storybook-static');

/** Everything the static Storybook is built from; a build older than any of it is rebuilt. */
const buildInputs = [
  'stories',
  'apps/storybook/.storybook',
  'apps/storybook/package.json',
  'packages/rules/src',
  'packages/rules/data',
  'packages/lint/src',
  'packages/tiptap/src',
  'packages/react/src',
  'packages/element/src',
].map((entry) => path.join(repoRoot, entry));

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === 'node_modules') continue;
    newest = Math.max(newest, newestModification(path.join(entry, child)));
  }
  return newest;
}

/**
 * Builds the static Storybook unless a build newer than all its inputs exists
 * (`CASENOTE_STORYBOOK_REBUILD=1` forces a build).
 *
 * @returns Whether a build ran.
 */
export function ensureStorybookBuild(log: (line: string) => void = () => {}): boolean {
  const marker = path.join(storybookStatic, 'index.json');
  const forced = process.env.CASENOTE_STORYBOOK_REBUILD === '1';
  if (!forced && existsSync(marker)) {
    const builtAt = statSync(marker).mtimeMs;
    if (buildInputs.every((entry) => newestModification(entry) <= builtAt)) {
      log(`Reusing the Storybook build in ${path.relative(repoRoot, storybookStatic)}`);
      return false;
    }
  }
  log('Building Storybook (storybook build)…');
  const started = performance.now();
  execFileSync('pnpm', ['exec', 'storybook', 'build', '-o', 'storybook-static', '--quiet'], {
    cwd: storybookApp,
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  log(`Storybook built in ${Math.round(performance.now() - started)} ms`);
  return true;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running static server; `close` stops it and frees the port. */
export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a folder over HTTP on 127.0.0.1 on a free port (GET and HEAD only, no directory listing).
 *
 * @param root The folder to serve.
 * @param cacheable Let the browser keep what it fetched (an hour), as a deployed page's built files are kept: its
 *   HTTP cache, and with it V8's cache of compiled code, then serve a page loaded again. Otherwise nothing is kept.
 */
export async function serveStatic(
  root: string,
  { cacheable = false }: { cacheable?: boolean } = {},
): Promise<StaticServer> {
  const resolvedRoot = path.resolve(root);
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    let file = path.join(resolvedRoot, pathname);
    // Refuse anything that escapes the served folder.
    if (file !== resolvedRoot && !file.startsWith(resolvedRoot + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': cacheable ? 'max-age=3600' : 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
