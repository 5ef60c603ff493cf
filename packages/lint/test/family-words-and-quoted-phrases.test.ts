import { describe, expect, it } from 'vitest';
import { createLinter, type Diagnostic } from '@casenote/lint';
import { getBuiltinRules } from '@casenote/rules/details';

describe('built-in packs on ordinary family words', () => {
  const phrasesOnly = createLinter({ analysis: false });
  it('never flag names, Mum, Dad or pronouns', () => {
    const text =
      'Jade told me that Mum and dad were kind. He, she and they went to Nan’s. Hope, Faith, Summer and Grace played. Mum said Jade was happy.';
    expect(phrasesOnly.lint(text)).toEqual([]);
  });

  it('flag family time called “contact” but not the word in other senses', () => {
    const familyTime = phrasesOnly.lint('Jade has contact with her dad on Saturdays.');
    expect(familyTime.some((diagnostic) => diagnostic.actual.toLowerCase() === 'contact')).toBe(true);
    expect(phrasesOnly.lint('I will contact you next week. Mum gave me her contact details.')).toEqual([]);
  });

  it('offer suggestions that lint clean', () => {
    for (const rule of getBuiltinRules()) {
      for (const suggestion of rule.suggestions) {
        expect(phrasesOnly.lint(suggestion), `${rule.id}: ${suggestion}`).toEqual([]);
      }
    }
  });
});

describe('quotation marks inside a phrase', () => {
  const phrasesOnly = createLinter({ analysis: false });
  const flaggedBy = (text: string, ruleId: string): Diagnostic | undefined =>
    phrasesOnly.lint(text).find((diagnostic) => diagnostic.ruleId === ruleId);

  it('still match the phrase, with curly or straight quotes around one of its words', () => {
    for (const text of [
      'Records say she had an older ‘boyfriend’ at 15.',
      "Records say she had an older 'boyfriend' at 15.",
      'Records say she had an older “boyfriend” at 15.',
      'Records say she had an older "boyfriend" at 15.',
    ]) {
      const finding = flaggedBy(text, 'older-boyfriend');
      expect(finding, text).toBeDefined();
      expect(finding?.actual.replace(/[‘’“”'"]/g, ''), text).toBe('older boyfriend');
    }
    expect(flaggedBy("Staff wrote that she had 'consented' to sexual activity.", 'consented-to')).toBeDefined();
  });

  it('still keep other punctuation as a break between words', () => {
    expect(flaggedBy('She is older. Boyfriend is not the word to use.', 'older-boyfriend')).toBeUndefined();
    expect(flaggedBy('She is older, boyfriend or not.', 'older-boyfriend')).toBeUndefined();
  });
});
