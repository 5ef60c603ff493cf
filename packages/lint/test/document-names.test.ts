import { describe, expect, it } from 'vitest';
import { lint } from '@casenote/lint';

// The lead's decision (precision16): "Education, Health and Care Plan" is the legal name of a document families
// are told by name, so nothing inside it is flagged; its initials stay jargon unless it is spelled out beside them.
const findings = (text: string) =>
  lint(text, { analysis: false })
    .filter((finding) => finding.category !== 'write-to-child')
    .map((finding) => `${finding.ruleId}:${finding.actual}:${finding.severity}`);

describe('the name of an Education, Health and Care Plan', () => {
  it('is never flagged, written with commas, without them or with an ampersand', () => {
    for (const text of [
      'Miss X complained the Council failed to ensure her daughter received education in line with an Education, Health and Care plan.',
      'Not every child with additional needs will be given or require an Education Health and Care Plan.',
      'Before a child can get an Educational, Health and Care Plan, we will need to carry out an assessment.',
      'If a child has an Education Health & Care Plan, the Local Authority must review it every 12 months.',
    ])
      expect(findings(text)).toEqual([]);
  });

  it('explains its initials when they stand beside it, either way round, and their later use in that sentence', () => {
    expect(findings('If a child has an Education Health & Care Plan (EHC Plan), the council must review it.')).toEqual(
      [],
    );
    expect(findings('She has an Education, Health and Care Plan (EHCP) issued in August.')).toEqual([]);
    expect(
      findings('If a child has an EHCP (Education Health and Care Plan), the school should review the EHCP first.'),
    ).toEqual([]);
  });

  it('still finds the initials on their own, and a care plan that is a child’s care plan', () => {
    expect(findings('Ms X’s son has an EHCP.')).toEqual(['acronym-ehcp:EHCP:info']);
    expect(findings('All of our pupils have an EHC plan.')).toEqual(['acronym-ehcp:EHC plan:info']);
    expect(findings('We talked about your care plan and what happens next.').map((f) => f.split(':')[0])).toContain(
      'care-plan',
    );
  });
});
