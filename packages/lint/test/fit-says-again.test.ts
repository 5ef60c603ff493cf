import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Kinds a reader found broken on fresh sentences (test/corpus/fix-reading/fix-reading-31.yml), on invented sentences:
// a fix that says again what the words beside it already say, or stands beside the same term's other form. The finding
// and its card stay; the same rule's fix is still offered where it reads right.
const linter = createLinter();
const fixed = fixedWith(linter);

describe('a fix does not say again what the words beside it say', () => {
  it('offers no definition that repeats itself', () => {
    // not "Kai's volunteer visitor is a volunteer and comes monthly."
    expect(fixed("Kai's independent visitor is a volunteer and comes monthly.", 'independent-visitor')).toEqual([]);
    expect(fixed('Kai would like an independent visitor.', 'independent-visitor').length).toBeGreaterThan(0);
  });

  it('offers no plan "to keep the child safe" before "to keep you safe"', () => {
    // not "We agreed a plan to keep the child safe to keep you safe."
    expect(fixed('We agreed a Child Protection Plan to keep you safe.', 'child-protection-plan')).toEqual([]);
    expect(fixed('We agreed a Child Protection Plan in May.', 'child-protection-plan').length).toBeGreaterThan(0);
  });

  it('does not repeat the word just before it, nor the parts of a hyphened word', () => {
    // not "Kai lived in Children's children's home."
    expect(fixed('Kai lived in Children’s Residential Care for a year.', 'residential-care')).toEqual([]);
    // not "Kai met his court-appointed independent guardian appointed by the court."
    expect(fixed('Kai met his court-appointed Guardian Ad Litem today.', 'childrens-guardian')).toEqual([]);
    expect(fixed('Kai met his Guardian Ad Litem today.', 'childrens-guardian').length).toBeGreaterThan(0);
  });
});

describe('plain words never stand beside the same term in other words', () => {
  it('offers no plain words for a long form written right after its own acronym', () => {
    // not "Ask about the SGO court order making a relative or friend the child's long-term carer."
    const found = linter
      .lint('Ask about the SGO Special Guardianship Order before you agree.')
      .find((finding) => finding.ruleId === 'special-guardianship-order');
    expect(found?.suggestions).toEqual([]);
    expect(
      fixed('Ask about the Special Guardianship Order before you agree.', 'special-guardianship-order').length,
    ).toBe(1);
  });

  it('reads square brackets and a bracket that goes on after a semicolon as brackets', () => {
    // not "We went to children in care [Looked After Child] review after review."
    expect(fixed('We went to LAC [Looked After Child] review in May.', 'acronym-lac')).toEqual([]);
    // not "for children in care (LAC; children living in foster or residential care)"
    const found = linter
      .lint('The panel looks at Looked After Children (LAC; children living in foster or residential care) each term.')
      .find((finding) => finding.ruleId === 'looked-after-child');
    expect(found?.suggestions).toEqual([]);
  });
});
