import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LocalBrowser, launchLocalBrowser } from '../../../test/support/local-browser.ts';
import { assertBuilt, makeTempDir, repoRoot, runCli } from './run-cli.ts';

// The audit report as an auditor sees it: what matters first, readable at 1280 px and on A4 paper.

const out = makeTempDir();
let html = '';
let report: {
  byRule: Record<string, number>;
  ruleSeverities: Record<string, string>;
  ruleNames: Record<string, string>;
  bySeverity: Record<string, number>;
  perNote: { bySeverity: Record<string, number> }[];
};
let browser: LocalBrowser;

beforeAll(async () => {
  assertBuilt();
  const run = runCli(
    [
      'audit',
      'test/fixtures/audit',
      '--manifest',
      'test/fixtures/audit/manifest.csv',
      '--out',
      path.join(out.dir, 'r.html'),
      '--json',
      path.join(out.dir, 'r.json'),
    ],
    { cwd: repoRoot },
  );
  expect(run.status, run.stderr).toBe(0);
  html = readFileSync(path.join(out.dir, 'r.html'), 'utf8');
  report = JSON.parse(readFileSync(path.join(out.dir, 'r.json'), 'utf8'));
  browser = await launchLocalBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  out.remove();
});

const rank = ['error', 'warning', 'info', 'hint'];

describe('the audit report leads with what matters', () => {
  test('every error- and warning-level rule that occurred comes before any info or hint rule', () => {
    const order = Object.keys(report.byRule).map((ruleId) => rank.indexOf(report.ruleSeverities[ruleId] ?? ''));
    expect(order.length).toBeGreaterThan(0);
    expect(order.some((severity) => severity <= 1)).toBe(true);
    expect(order).toEqual(order.toSorted((a, b) => a - b));
    const serious = Object.keys(report.byRule).filter(
      (ruleId) => rank.indexOf(report.ruleSeverities[ruleId] ?? '') <= 1,
    );
    const table = html.slice(html.indexOf('<h2>Findings by rule</h2>'), html.indexOf('<h2>Examples</h2>'));
    for (const ruleId of serious) expect(table).toContain(`<span class="rule">${ruleId}</span>`);
    expect(table.indexOf(serious.at(-1) as string)).toBeLessThan(table.indexOf('Most frequent info and hints'));
  });

  test('rules have plain names with the rule id beside them', () => {
    expect(report.ruleNames['put-self-at-risk']).toBe('Put self at risk');
    expect(Object.entries(report.ruleNames).find(([id]) => id.startsWith('acronym-'))?.[1]).toMatch(/^Acronym: [A-Z]+/);
    expect(html).toMatch(/Put self at risk <span class="rule">put-self-at-risk<\/span>/);
  });

  test('a severity summary and per-note lists for dip-sampling, sorted without scripts', () => {
    const total = Object.values(report.bySeverity).reduce((sum, count) => sum + count, 0);
    const perNote = report.perNote.reduce(
      (sum, note) => sum + Object.values(note.bySeverity).reduce((a, b) => a + b, 0),
      0,
    );
    expect(total).toBe(perNote);
    expect(html).toContain('<h2>Findings by severity</h2>');
    expect(html).toMatch(/<details open><summary>Notes with errors or warnings, most serious first \(\d+\)<\/summary>/);
    expect(html).toContain('<summary>Notes without the child&#39;s voice');
    expect(html).not.toMatch(/<script/i);
  });
});

describe('the audit report fits the page (Chromium)', () => {
  const shots = path.join(repoRoot, 'test/artifacts/audit-report');

  async function overflow(width: number, media: 'screen' | 'print') {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ media });
      await page.setContent(html, { waitUntil: 'load' });
      mkdirSync(shots, { recursive: true });
      // the screen as a picture to look at; the print layout's record is the A4 PDF below (a full-page
      // screenshot under print emulation is refused by a busy headless Chromium now and then)
      if (media === 'screen')
        writeFileSync(path.join(shots, `report-${media}-${width}.png`), await page.screenshot({ fullPage: true }));
      return await page.evaluate(() => {
        const clipped: string[] = [];
        const pageWidth = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth > pageWidth + 1)
          clipped.push(`page ${document.documentElement.scrollWidth} > ${pageWidth}`);
        for (const table of document.querySelectorAll('table')) {
          const container = table.parentElement as HTMLElement;
          const box = table.getBoundingClientRect();
          if (box.right > pageWidth + 1 || table.scrollWidth > container.clientWidth + 1)
            clipped.push(
              `${table.querySelector('caption')?.textContent ?? 'table'}: ${Math.round(table.scrollWidth)} in ${container.clientWidth}`,
            );
        }
        return clipped;
      });
    } finally {
      await page.close();
    }
  }

  test('at 1280 px no table is cut off or scrolls sideways, and the report asks nothing of the network', async () => {
    expect(await overflow(1280, 'screen')).toEqual([]);
    expect(browser.refused).toEqual([]);
  });

  test('printed on A4 (the printable width at 96 dpi) no table is clipped', async () => {
    // A4 is 210 mm wide; less 12 mm margins each side, 186 mm = 703 CSS px.
    expect(await overflow(703, 'print')).toEqual([]);
    const page = await browser.context.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      writeFileSync(path.join(shots, 'report-a4.pdf'), pdf);
    } finally {
      await page.close();
    }
  });
});
