import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision42: "working for" a gang after a verb that names the adults' exploitation ("groomed into", "exploited …
// into") already tells what was done to the child (dev-language-53a, 63a). Invented sentences.

describe('a child groomed or exploited into working for a gang is not told as choosing the work', () => {
  it('leaves the exploitation named before "into" alone', () => {
    expect(rulesOn('Most of the children groomed into working for gangs are boys aged 15 to 17.')).not.toContain(
      'working-for-gang',
    );
    expect(rulesOn('The men exploited two local girls into working for their drug line.')).not.toContain(
      'working-for-gang',
    );
    expect(rulesOn('Kai was forced into working for older boys.')).not.toContain('working-for-gang');
  });
  it('still flags the child told as working for the gang', () => {
    expect(rulesOn('Jade was working for a gang.')).toContain('working-for-gang');
    expect(rulesOn('He was groomed online and then started working for older boys.')).toContain('working-for-gang');
  });
});
