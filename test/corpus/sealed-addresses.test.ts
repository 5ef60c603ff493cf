import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listFile, normaliseAddress, renderList, sealedAddresses } from './sealed-addresses.ts';

describe('the list a collector checks a new document against', () => {
  it('names every document the sealed sets quote, and nothing else (regenerate with --write)', () => {
    expect(readFileSync(listFile, 'utf8')).toBe(renderList(sealedAddresses()));
  });

  it('holds addresses only: every line is an address or a comment', () => {
    const lines = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
    for (const line of lines)
      expect(line.startsWith('#') || /^[a-z0-9.-]+\.[a-z0-9]+(:\d+)?(\/\S*)?$/i.test(line)).toBe(true);
  });

  it('spells one document one way, whatever the scheme, "www." or fragment', () => {
    expect(normaliseAddress('https://www.Example.org.uk/a/b/#:~:text=x')).toBe('example.org.uk/a/b');
    expect(normaliseAddress('http://example.org.uk./a/b')).toBe('example.org.uk/a/b');
    expect(normaliseAddress('https://example.org.uk:443/a/b')).toBe('example.org.uk/a/b');
  });
});
