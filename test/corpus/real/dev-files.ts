import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files the clean-text surveys read (survey-clean.ts, survey-rules.ts): every dev language, jargon and clean
 * file here, and the older unsealed real-text sets beside them. Never a sealed set.
 */
export function surveyFiles(here: string): string[] {
  const files = [
    ...readdirSync(here)
      .filter((name) => /^dev-(clean|language|jargon)-?.*\.yml$/.test(name))
      .sort()
      .map((name) => join(here, name)),
    ...['holdout.yml', 'holdout-2.yml', 'jargon-real.yml', 'vb-real.yml'].map((name) => join(here, '..', name)),
  ];
  refuseSealed(files);
  return files;
}

/** Throws if any file is a sealed held-out set: the surveys are for dev files only. */
export function refuseSealed(files: readonly string[]): void {
  if (files.some((file) => file.includes('heldout'))) throw new Error('the held-out sets are sealed: dev files only');
}

// Run directly, prints every dev file the surveys read, one per line, for shell tools: search the dev text with
// `grep -n WORDS $(pnpm exec node test/corpus/real/dev-files.ts)` instead of a recursive grep, which would reach the
// sealed sets (a `grep -v heldout` after `grep -rh` filters nothing: `-h` drops the file names).
if (import.meta.url === `file://${process.argv[1]}`) console.log(surveyFiles(import.meta.dirname).join('\n'));
