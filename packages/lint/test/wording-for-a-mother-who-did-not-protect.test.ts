import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.ts';

// fixes37b (issue 9, item 4; the lead's ruling on vbdef37's question 1): the wording offered where a mother is said to have
// failed to protect her child names the man who did the harm (fixes38: only him and the harm, where the sentence does not
// say she was abused), never her inability ("was unable to protect", "could not protect", "could not stop", "did not stop"
// say the same as "failed"), and is wording to consider, never a one-click fix. Invented sentences throughout.

const linter = createLinter();
const inability = /unable|could not|couldn't|did not stop|not able/i;

function offered(text: string, ruleId: string) {
  const found = linter.lint(text).find((diagnostic) => diagnostic.ruleId === ruleId);
  expect(found, `${ruleId} on "${text}"`).toBeDefined();
  return found!;
}

describe('what the card offers for a mother said to have failed to protect her child', () => {
  const cases: Array<[string, string]> = [
    ['The report said mother failed to protect the boys.', 'mother-failed-to-protect'],
    [
      'A mum who failed to protect her daughter from her partner was given a community order.',
      'mother-unable-to-protect-from-abuser',
    ],
    ['Mum did nothing to protect her son from her partner.', 'mother-did-nothing-to-protect'],
    ['She was charged with failing to prevent sexual abuse of her daughter.', 'mother-failed-to-stop-abuser'],
    ['The mother knew about the beatings but did nothing.', 'mother-knew-but-did-nothing'],
    ['She allowed her son to be beaten by her partner.', 'mother-allowed-child-harmed'],
    ['She had allowed her boyfriend to hurt the baby.', 'mother-let-abuser-harm-child'],
    ['The mother turned a blind eye to her daughter being hurt by her partner.', 'mother-turned-blind-eye'],
  ];
  it.each(cases)('names the man who did the harm, not her inability: "%s"', (text, ruleId) => {
    const found = offered(text, ruleId);
    const wording = [...found.suggestions, ...(found.consider ?? [])];
    expect(wording.length).toBeGreaterThan(0);
    for (const words of wording) expect(words).not.toMatch(inability);
    expect(wording.some((words) => /\bthe man\b/.test(words))).toBe(true);
  });

  it('shows the wording to consider and offers no one-click fix', () => {
    const found = offered('The report said mother failed to protect the boys.', 'mother-failed-to-protect');
    expect(found.suggestions).toEqual([]);
    expect(found.consider?.[0]).toBe('the man who harmed');
  });

  // fixes38 (the lead's ruling on fixes37b's question 1): where the sentence does not say she was abused, the wording
  // names only the man and the harm he did, not her own abuse or risk
  it.each(cases)('says nothing of her own abuse where the sentence does not: "%s"', (text, ruleId) => {
    const found = offered(text, ruleId);
    for (const words of [...found.suggestions, ...(found.consider ?? [])]) {
      expect(words).not.toMatch(/herself|her own|own risk|at risk|abused by|victim/i);
      expect(words).toMatch(/\bthe man\b/);
    }
  });
});
