import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.ts';

/** A headless Chromium that can reach only the page's own machine, and what its pages asked for. */
export interface LocalBrowser {
  context: BrowserContext;
  /** Every URL the pages asked for. */
  requested: string[];
  /** The URLs refused because they left 127.0.0.1 (nothing ever leaves the machine). */
  refused: string[];
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/** Whether a request stays on the machine: the local server, or data and blob URLs. */
export function staysLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
}

/**
 * Launches the end-to-end tests' Chromium (`findChromium`, quiet flags, a fresh profile) with every
 * request off 127.0.0.1 refused and recorded, so a test can assert that nothing left the machine.
 */
export async function launchLocalBrowser(
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
): Promise<LocalBrowser> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'casenote-chromium-'));
  const requested: string[] = [];
  const refused: string[] = [];
  try {
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: (await findChromium()).executablePath,
      args: chromiumArgs,
      headless: true,
      viewport,
    });
    await context.route('**', (route) => {
      const url = route.request().url();
      requested.push(url);
      if (staysLocal(url)) return route.continue();
      refused.push(url);
      return route.abort('blockedbyclient');
    });
    return {
      context,
      requested,
      refused,
      async close() {
        await context.close();
        rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}
