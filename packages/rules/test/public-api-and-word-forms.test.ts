import { describe, expect, it } from 'vitest';
import * as rules from '@casenote/rules';
import { Matcher, nounForms, resolveHits, tokenize, verbForms, irregularVerbForms } from '@casenote/rules';

function words(text: string, patterns: string[], caseSensitive = false): string[] {
  const matcher = new Matcher([{ rule: 0, patterns, caseSensitive }]);
  const tokens = tokenize(text);
  return resolveHits(matcher.match(tokens)).map((hit) =>
    text.slice(tokens[hit.start]!.start, tokens[hit.end - 1]!.end),
  );
}

describe('@casenote/rules public API', () => {
  it('exports exactly its documented names', () => {
    expect(Object.keys(rules).sort()).toEqual([
      'DataError',
      'Matcher',
      'PatternSyntaxError',
      'RulePackError',
      'acronymPhraseMessage',
      'ampersandReadAs',
      'bracketedAcronymMessage',
      'categories',
      'categoryMessages',
      'changedWordsInto',
      'countWords',
      'expandPattern',
      'explainedAcronymMessage',
      'families',
      'familyMessages',
      'findPhraseClashes',
      'findWords',
      'formatMessage',
      'getBuiltinIndicatorPhrases',
      'getBuiltinIndicators',
      'getBuiltinLintRules',
      'getBuiltinRulesToRun',
      'getBuiltinSourceLinks',
      'hyphenParts',
      'initialismLetters',
      'irregularVerbForms',
      'isCapitalsAcronym',
      'isInnerWord',
      'isLoneAmpersand',
      'loadRuleDetails',
      'loadedRuleDetails',
      'normaliseWord',
      'nounForms',
      'regularVerbForms',
      'resolveHits',
      'ruleMessageTemplate',
      'severities',
      'tokenLength',
      'tokenize',
      'tokenizeReplaced',
      'validateRulePack',
      'validateRuleSet',
      'validateSources',
      'verbForms',
      'withInnerWord',
      'wordsAroundChange',
    ]);
    expect(rules.categories).toEqual(['victim-blaming', 'jargon', 'deficit', 'write-to-child', 'readability']);
  });
});

describe('inflection', () => {
  it('inflects regular and irregular verbs', () => {
    expect(verbForms('put')).toEqual(expect.arrayContaining(['put', 'puts', 'putting']));
    expect(verbForms('engage')).toEqual(expect.arrayContaining(['engage', 'engages', 'engaged', 'engaging']));
    expect(verbForms('place')).toEqual(expect.arrayContaining(['places', 'placed', 'placing']));
    expect(verbForms('choose')).toEqual(expect.arrayContaining(['chose', 'chosen', 'choosing']));
    expect(verbForms('carry')).toEqual(expect.arrayContaining(['carries', 'carried', 'carrying']));
    expect(verbForms('travel')).toEqual(expect.arrayContaining(['travelled', 'traveled', 'travelling']));
    // the one table of irregular verbs, which the fit step reads too; a regular verb is not in it
    expect(irregularVerbForms('choose')).toEqual(['chooses', 'chose', 'chosen', 'choosing']);
    expect(irregularVerbForms('engage')).toBeUndefined();
    expect(irregularVerbForms('constructor')).toBeUndefined();
    // the table spells most "-s" and "-ing" forms by the regular rules; the others it lists whole
    expect(irregularVerbForms('be')).toEqual(['is', 'am', 'are', 'was', 'were', 'been', 'being']);
    expect(irregularVerbForms('have')).toEqual(['has', 'had', 'having']);
    expect(irregularVerbForms('begin')).toEqual(['begins', 'began', 'begun', 'beginning']);
    expect(irregularVerbForms('get')).toEqual(['gets', 'got', 'gotten', 'getting']);
    expect(irregularVerbForms('go')).toEqual(['goes', 'went', 'gone', 'going']);
    expect(irregularVerbForms('lie')).toEqual(['lies', 'lied', 'lay', 'lain', 'lying']);
    expect(irregularVerbForms('fly')).toEqual(['flies', 'flew', 'flown', 'flying']);
    expect(irregularVerbForms('catch')).toEqual(['catches', 'caught', 'catching']);
    expect(irregularVerbForms('see')).toEqual(['sees', 'saw', 'seen', 'seeing']);
    expect(verbForms('stop')).toEqual(expect.arrayContaining(['stopped', 'stopping']));
  });

  it('matches a verb stressed on its last syllable when it doubles its final consonant', () => {
    // "admitted", "submitting", "referred": one vowel and one consonant closing the stressed syllable
    expect(words('He admitted it and is submitting the form.', ['{admit} it', '{submit} the form'])).toEqual([
      'admitted it',
      'submitting the form',
    ]);
    expect(verbForms('admit').slice(0, 4)).toEqual(['admit', 'admits', 'admitted', 'admitting']);
    expect(verbForms('occur').slice(0, 4)).toEqual(['occur', 'occurs', 'occurred', 'occurring']);
    // stressed earlier, no doubling; British English doubles a final "l" all the same
    expect(verbForms('visit')).toEqual(['visit', 'visits', 'visited', 'visiting']);
    expect(verbForms('offer').slice(0, 4)).toEqual(['offer', 'offers', 'offered', 'offering']);
    expect(verbForms('travel').slice(0, 4)).toEqual(['travel', 'travels', 'travelled', 'travelling']);
    expect(verbForms('quit').slice(0, 4)).toEqual(['quit', 'quits', 'quitted', 'quitting']);
  });

  it('does not read another word as the undoubled form of a short verb', () => {
    // "hoped" is "hope", not "hop"; "planed" is not "plan"
    expect(verbForms('hop')).toEqual(['hop', 'hops', 'hopped', 'hopping']);
    expect(words('She hoped to plan it.', ['{hop} to'])).toEqual([]);
  });

  it('makes plurals', () => {
    expect(nounForms('prostitute')).toEqual(['prostitute', 'prostitutes']);
    expect(nounForms('party')).toEqual(['party', 'parties']);
    expect(nounForms('match')).toEqual(['match', 'matches']);
    expect(nounForms('child')).toEqual(['child', 'children']);
  });
});
