import { createLinter } from '@casenote/lint';
import { describe, expect, it } from 'vitest';

// precision41b: a plural spelled out with its initials ("Independent Reviewing Officers (IROs)") has been explained
// where it stands, as the singular has, and gets the singular's severity (a hint, not info). Invented sentences.

const linter = createLinter({ analysis: false });
const severityOf = (text: string, rule: string): string | undefined =>
  linter.lint(text).find((found) => found.ruleId === rule)?.severity;

describe('a plural service acronym spelled out beside it is shown as gently as the singular', () => {
  it('gives “Independent Reviewing Officers (IROs)” the hint “Independent Reviewing Officer (IRO)” gets', () => {
    const singular = severityOf('Jade met her Independent Reviewing Officer (IRO) today.', 'acronym-iro');
    expect(singular).toBe('hint');
    expect(severityOf('Independent Reviewing Officers (IROs) chair the reviews.', 'acronym-iro')).toBe(singular);
  });
  it('reads an irregular or -y plural too', () => {
    expect(severityOf('Looked After Children (LACs) have reviews twice a year.', 'acronym-lac')).toBe('hint');
    expect(severityOf('Local Child Safeguarding Practice Reviews (LCSPRs) are published.', 'acronym-case-review')).toBe(
      'hint',
    );
  });
  it('keeps the plural initials used alone as strong as before', () => {
    expect(severityOf('The IROs chair the reviews.', 'acronym-iro')).toBe('info');
  });
});
