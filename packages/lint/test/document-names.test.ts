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

// precision21 (dev-clean-15a, 21a, 21b): a service word that is part of the capitalised title of a strategy, a
// covenant, a report or a week is the title's, not the worker's wording; the same words said as the worker's own, and
// the names of boards, teams and posts (jargon to a family, as dev-jargon-7a and 12 label them), stay findings.
describe('the title of a strategy, a covenant or a report', () => {
  it('is not flagged for the service words it is named with', () => {
    for (const text of [
      'The Committee considered the draft Corporate Parenting Strategy for comment.',
      'The Cabinet does not agree the Care Leavers Covenant.',
      'That the Children in Care and Care Leaver Annual Virtual Headteacher Report 2020/21 be noted.',
    ])
      expect(findings(text)).toEqual([]);
  });

  it('still flags the same words as the worker’s own, and in the names of boards and posts', () => {
    expect(findings('Our corporate parenting strategy is to be agreed.').map((f) => f.split(':')[0])).toContain(
      'corporate-parent',
    );
    expect(findings('The Corporate Parenting Board met in July.').map((f) => f.split(':')[0])).toContain(
      'corporate-parent',
    );
    expect(findings('I told the Virtual School Head about the exclusion.').map((f) => f.split(':')[0])).toContain(
      'virtual-school',
    );
    expect(findings('Jade is a Care Leaver now.').map((f) => f.split(':')[0])).toContain('care-leaver');
  });
});
