import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, defaultClientConditions } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
export const hostPageDist = path.join(root, 'dist');

/** Builds the bare host page (a few seconds) into test/bench/host-page/dist. */
export async function buildHostPage(): Promise<string> {
  await build({
    root,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    resolve: { conditions: ['@casenote/source', ...defaultClientConditions] },
    build: { outDir: hostPageDist, emptyOutDir: true, minify: process.env.CASENOTE_BENCH_MINIFY !== '0' },
  });
  return hostPageDist;
}
