import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';

const linter = createLinter({ analysis: false });
const ids = (text: string) => linter.lint(text).map((diagnostic) => diagnostic.ruleId);

describe('disability, addiction and mental-health wording from retext-equality', () => {
  it("flags 'suffers from psychosis' and suggests 'has psychosis'", () => {
    const [finding] = linter.lint('Dad suffers from psychosis and is under the community team.');
    expect(finding).toMatchObject({ ruleId: 'equality-psychosis-suffering', suggestions: ['has psychosis'] });
    expect(finding?.message).toContain('casts a mental health condition as suffering');
  });

  it("flags slurs such as 'psycho' and 'deaf and dumb', and 'addict' on its own", () => {
    expect(ids('Mum called him a psycho.')).toContain('equality-mental-health-slurs');
    expect(ids('His grandad was described as deaf and dumb.')).toContain('equality-deaf-and-dumb');
    expect(ids('She said her uncle is an addict.')).toContain('equality-addict');
  });

  it("gives 'heroin addict' one finding, from our own pack", () => {
    expect(ids('Dad is a heroin addict.')).toEqual(['addict-label']);
  });

  it('leaves clinical and everyday words alone', () => {
    for (const text of [
      'Jade is allergic to nuts.',
      'Dad has bipolar disorder and takes his medication.',
      'Mum had a panic attack at the school gate.',
      'Kai is autistic and his teacher gives him movement breaks.',
      'Dad is in a detox programme.',
      'The family are seeking asylum.',
      'Jade uses a wheelchair and her school has a lift.',
    ]) {
      expect(linter.lint(text), text).toEqual([]);
    }
  });
});
