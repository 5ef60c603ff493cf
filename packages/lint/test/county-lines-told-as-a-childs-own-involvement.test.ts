import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// County lines told as a child's own involvement or activity, as youth justice services write it (vbdef41, 63a): "county
// line involvement" always, "county lines activity" only as someone's or as what a young person leaves or cuts down; the
// crime the police disrupt, and a child "exploited into" it, are left alone.

describe("county lines told as a child's own involvement or activity is flagged", () => {
  it("flags county lines involvement, and county lines activity told as someone's or as what they leave", () => {
    expect(rulesOn('We talked about the consequences of county line involvement.')).toContain(
      'county-lines-involvement',
    );
    expect(rulesOn('The project helps young people reduce their county line activity.')).toContain(
      'county-lines-involvement',
    );
    expect(rulesOn('Most of the children exited county lines activity within a year.')).toContain(
      'county-lines-involvement',
    );
  });

  it('leaves the crime itself, and a child exploited into it, alone', () => {
    expect(rulesOn('The Home Office is investing to disrupt county lines activity.')).not.toContain(
      'county-lines-involvement',
    );
    expect(rulesOn('He had been exploited into county lines activity.')).not.toContain('county-lines-involvement');
  });
});
