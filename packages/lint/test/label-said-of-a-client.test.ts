import { createLinter } from '@casenote/lint';
import { describe, expect, it } from 'vitest';

const linter = createLinter({ analysis: false });
const found = (text: string, ruleId: string): string[] =>
  linter
    .lint(text)
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => finding.severity);

// deficit42b: "one of my clients", "a client of mine", "my client" is someone on the writer's caseload, not the writer,
// so a label said of them is asked about (packages/lint/src/context/clients.ts). Invented sentences only.
describe('a label said of "one of my clients" is asked about, not read as said of the writer', () => {
  it('gives the unknown-person hint after "one of my clients", "my client", "a client of mine", "one of my cases"', () => {
    expect(
      found('One of my clients is a habitual offender, and he keeps being caught.', 'habitual-label-unknown-person'),
    ).toEqual(['hint']);
    expect(found('I think a client of mine is a habitual thief.', 'habitual-label-unknown-person')).toEqual(['hint']);
    expect(found('One of my cases is a habitual shoplifter.', 'habitual-label-unknown-person')).toEqual(['hint']);
    expect(found('Our service users are a handful.', 'handful-label-unknown-person')).toEqual(['hint']);
  });

  it('reads "one of my young people" as a child, and a client with an adult age as an adult', () => {
    expect(found('One of my young people is a habitual offender.', 'habitual-label-unknown-person')).toEqual(['info']);
    expect(found('My client, 15, is a habitual offender.', 'habitual-label-unknown-person')).toEqual(['info']);
    expect(found('My client, 34, is a habitual offender.', 'habitual-label-unknown-person')).toEqual([]);
  });

  it('still reads the writer\'s own "my" as the writer', () => {
    expect(found('My neighbour says I am a habitual shoplifter.', 'habitual-label-unknown-person')).toEqual([]);
    expect(found('My case is a handful this week, my manager said.', 'handful-label-unknown-person')).toEqual([]);
  });
});
