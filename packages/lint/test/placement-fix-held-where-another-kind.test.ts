import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// `placement`'s "foster home" / "children's home" held back from one click where the sentence tells a placement of
// another kind, or placements in general (fixes42b; wrong-sense kind pooled over fix-reading seeds 13-41). The
// finding stays.
const linter = createLinter();
const fixed = fixedWith(linter);
const found = (text: string): boolean => linter.lint(text).some((finding) => finding.ruleId === 'placement');

describe("a child's placement is not made a foster home or children's home where the sentence says it is neither", () => {
  it('offers neither for a placement with parents or a relative, and keeps the finding', () => {
    const text = 'The child was moved from a placement with her parents into foster care.';
    expect(found(text)).toBe(true);
    expect(fixed(text, 'placement').join()).not.toMatch(/foster home|children's home/);
  });

  it('offers no "foster home" for a placement with a placement manager or registered with Ofsted', () => {
    expect(
      fixed('The child left his placement because the placement manager shouted at him.', 'placement').join(),
    ).not.toContain('foster home');
    expect(
      fixed('The child lives in a placement that is not registered with Ofsted.', 'placement').join(),
    ).not.toContain('foster home');
  });

  it('offers no "children\'s home" where the child calls the carers mum and dad', () => {
    expect(
      fixed('The child has had the same placement since she was two and calls them mum and dad.', 'placement').join(),
    ).not.toContain("children's home");
  });

  it('offers nothing one-click for a placement breaking down, and no bare "homes" for the demand for placements', () => {
    expect(fixed('The child was breaking down the placement, so she moved.', 'placement')).toEqual([]);
    expect(fixed('Councils forecast the demand for placements for children.', 'placement').join()).not.toMatch(
      /demand for homes/,
    );
  });

  it('still offers "foster home" for a child\'s own placement where nothing says otherwise', () => {
    expect(fixed('The child is happy in her placement.', 'placement')).toContain(
      'The child is happy in her foster home.',
    );
  });
});
