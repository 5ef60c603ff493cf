import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// A kind a reader found broken on fresh sentences (test/corpus/fix-reading/fix-reading-30.yml, with seeds 24 and 29):
// "was sexually abused by her" where "her" is the child the sentence named, the abuser turned into the abused.
const linter = createLinter();
const fixed = fixedWith(linter);

describe('a fix never makes the child the abuser', () => {
  it('offers no "sexually abused by" a pronoun that stands for the child named before', () => {
    // not "… took the girl, 14, home and being sexually abused by her."
    expect(
      fixed('The court heard the man, 35, took the girl, 14, home and was having sex with her.', 'child-had-sex-with'),
    ).toEqual([]);
    expect(
      fixed(
        'The man, 40, groomed the boy, 13, online and then had sex with him twice.',
        'had-sex-with-him-in-abuse-note',
      ),
    ).toEqual([]);
  });

  it('still offers it where the pronoun is the adult, or "her" is a possessive', () => {
    expect(fixed('The girl, 13, told police she had sex with him at his flat.', 'child-had-sex-with')).toEqual([
      'The girl, 13, told police she was sexually abused by him at his flat.',
    ]);
  });
});
