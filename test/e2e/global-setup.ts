import type { TestProject } from 'vitest/node';
import { ensureStorybookBuild, serveStatic, storybookStatic } from './storybook-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the static Storybook served for the end-to-end tests. */
    storybookUrl: string;
  }
}

/** Builds Storybook if its build is stale, serves it on 127.0.0.1 and stops the server afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureStorybookBuild((line) => console.log(`[e2e] ${line}`));
  const server = await serveStatic(storybookStatic);
  console.log(`[e2e] Storybook served at ${server.url}`);
  project.provide('storybookUrl', server.url);
  return () => server.close();
}
