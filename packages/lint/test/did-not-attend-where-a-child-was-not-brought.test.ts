import { describe, expect, it } from 'vitest';
import { createLinter, type Diagnostic, type LintOptions } from '@casenote/lint';

const plain = createLinter({ analysis: false });
const withContext = (context: LintOptions['context']) => createLinter({ analysis: false, context });
const findings = (diagnostics: Diagnostic[], ruleId: string) =>
  diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);

describe("'did not attend' where a child was not brought", () => {
  it('is a warning when the child named by the host did not attend', () => {
    const [finding] = findings(
      withContext({ child: { name: 'Jade', age: 3 } }).lint('Jade did not attend nursery on Monday.'),
      'did-not-attend-child',
    );
    expect(finding).toMatchObject({
      severity: 'warning',
      actual: 'did not attend',
      suggestions: ['was not brought to'],
    });
    expect(finding?.message).toContain('has to be brought');
  });

  it('is a warning when the note states the child is young ("Zara (6)")', () => {
    expect(findings(plain.lint('Zara (6) did not attend her dental appointment.'), 'did-not-attend-child')).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
  });

  it('asks, as a hint, when nothing says who Zara is', () => {
    const [finding] = findings(plain.lint('Zara did not attend her dental appointment again.'), 'did-not-attend-child');
    expect(finding?.severity).toBe('hint');
    expect(finding?.message).toMatch(/^If a child relies on an adult/);
  });

  it('is not flagged for Mum, for me, or for a professional the host did not name as the child', () => {
    expect(findings(plain.lint('Mum did not attend the review meeting.'), 'did-not-attend-child')).toEqual([]);
    expect(findings(plain.lint('I did not attend the meeting.'), 'did-not-attend-child')).toEqual([]);
    expect(
      findings(
        withContext({ child: { name: 'Jade' } }).lint('Sarah did not attend the meeting.'),
        'did-not-attend-child',
      ),
    ).toEqual([]);
  });

  it('is not flagged for a 17-year-old, who may keep appointments alone', () => {
    expect(findings(plain.lint('Zara, who is 17, did not attend school on Monday.'), 'did-not-attend-child')).toEqual(
      [],
    );
  });

  it("is not flagged for a teenager's own school attendance", () => {
    const note = 'A 14-year-old who did not attend school regularly was referred to the team.';
    const linted = plain.lint(note);
    expect(findings(linted, 'did-not-attend-child')).toEqual([]);
    expect(findings(linted, 'did-not-attend-school-young-child')).toEqual([]);
  });

  it("is a warning when a child of primary school age did not attend school, and still for a 14-year-old's missed clinic", () => {
    expect(
      findings(plain.lint('Zara (6) did not attend school on Monday.'), 'did-not-attend-school-young-child'),
    ).toEqual([
      expect.objectContaining({ severity: 'warning', actual: 'did not attend', suggestions: ['was not brought to'] }),
    ]);
    expect(findings(plain.lint('Zara (14) did not attend the clinic.'), 'did-not-attend-child')).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
  });

  it('follows "she" back to the child', () => {
    const note = 'Jade is 4. She did not attend the clinic on Friday.';
    expect(findings(plain.lint(note), 'did-not-attend-child')).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
  });
});
