import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeFingerprint, fingerprintFile, type Fingerprint } from './engine-fingerprint.ts';

// A speed change must not change what any note gets: findings, analysis, figures and reasons.
// After a landed change of behaviour, regenerate from that code: `pnpm fingerprint:write`.
describe('engine output over every development corpus file', () => {
  it('is the same as recorded in engine-fingerprint.json', () => {
    const recorded = JSON.parse(readFileSync(fingerprintFile, 'utf8')) as Fingerprint;
    const now = computeFingerprint();
    const changed = Object.keys({ ...recorded, ...now }).flatMap((file) => {
      const before = recorded[file] ?? [];
      const after = now[file] ?? [];
      if (before.length !== after.length) return [`${file}: ${before.length} items recorded, ${after.length} now`];
      return after.flatMap((item, index) => (item === before[index] ? [] : [`${file} item ${index}`]));
    });
    expect(changed).toEqual([]);
  }, 900_000);
});
