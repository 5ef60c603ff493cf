import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The Chromium binary the tests and benches drive, and where it came from (benches print it). */
export interface ChromiumFound {
  executablePath: string;
  /** `CHROMIUM_PATH`, `system` (a browser on PATH) or `npm` (the `@sparticuz/chromium` package). */
  from: 'CHROMIUM_PATH' | 'system' | 'npm';
}

let found: Promise<ChromiumFound> | undefined;

/**
 * Finds a Chromium to drive, in this order: `CHROMIUM_PATH`; a system Chromium or Chrome on PATH;
 * then the Chromium shipped inside the `@sparticuz/chromium` npm package (a devDependency, unpacked
 * to the temp folder on first use), so the tests need nothing on the machine but Node.
 * Set `CASENOTE_BUNDLED_CHROMIUM=1` to skip the system browser (as on a machine without one).
 */
export function findChromium(): Promise<ChromiumFound> {
  found ??= locate();
  return found;
}

async function locate(): Promise<ChromiumFound> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, from: 'CHROMIUM_PATH' };
  }
  if (process.env.CASENOTE_BUNDLED_CHROMIUM !== '1') {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      try {
        const onPath = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
        if (onPath) return { executablePath: onPath, from: 'system' };
      } catch {
        // not on PATH; try the next name
      }
    }
  }
  try {
    const { default: bundled } = await import('@sparticuz/chromium');
    return { executablePath: await bundled.executablePath(), from: 'npm' };
  } catch (error) {
    throw new Error(
      `No Chromium found: set CHROMIUM_PATH, install Chromium, or run pnpm install (the @sparticuz/chromium devDependency ships one for Linux x64). ${String(error)}`,
    );
  }
}

/** Flags that keep Chromium quiet on a machine with no network but loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
