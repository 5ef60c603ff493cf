import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import * as api from '@casenote/lint';
import {
  createLinter,
  createRuleLinter,
  explain,
  lint,
  lintRules,
  loadedRuleDetails,
  loadRuleDetails,
  RulePackError,
  type Diagnostic,
  type LintOptions,
  type RuleEntry,
} from '@casenote/lint';
import { getBuiltinRules, getRuleDetails } from '@casenote/rules/details';
import { retextCaseNote } from '../src/retext-case-note.ts';
import { checkLinterOptions } from '../src/check-options.ts';
import { compileRules } from '../src/compile-rules.ts';
import { generalChecks } from '../src/abbreviations/general-checks.ts';

const source = 'https://example.org/guide';
const teamPack: RuleEntry[] = [
  {
    id: 'team-risky-behaviour',
    category: 'victim-blaming',
    family: 'responsibility-shifting',
    severity: 'warning',
    patterns: ['{play} with fire'],
    suggestions: ['in danger'],
    explanation: 'This wording makes the child sound responsible for the danger an adult caused.',
    sources: [source],
  },
  {
    id: 'team-kept-away',
    category: 'jargon',
    family: 'service-term',
    severity: 'info',
    patterns: ['[family-time] slot+'],
    suggestions: ['time with your family'],
    explanation: 'A scheduling word from the diary that a child would not use about seeing their family.',
    sources: [source],
  },
  {
    id: 'team-acronym-wtt',
    category: 'jargon',
    family: 'acronym',
    severity: 'info',
    patterns: ['WTT'],
    caseSensitive: true,
    acronym: { expansion: 'weekly team talk' },
    suggestions: ['team meeting'],
    explanation: 'An acronym from our own team that a child or parent would not know.',
    sources: [source],
  },
];

const withTeam = (options: LintOptions = {}): LintOptions => ({
  ...options,
  extraRules: [{ name: 'team.yml', rules: teamPack }],
});
const compact = (text: string, diagnostics: Diagnostic[]): string[] =>
  diagnostics.map(
    (diagnostic) =>
      `${diagnostic.from}-${diagnostic.to}: ${diagnostic.severity} ${diagnostic.ruleId} “${text.slice(diagnostic.from, diagnostic.to)}”`,
  );

describe('@casenote/lint public API', () => {
  it('exports exactly its documented names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DataError',
        'RulePackError',
        'LintOptionsError',
        'describeValue',
        'validateLintOptions',
        'validateNoteContext',
        'validateAnalyseOptions',
        'analyseNote',
        'analyseNoteInSteps',
        'analysisRuleIds',
        'categories',
        'createLinter',
        'createRequestHandler',
        'createWorkerLinter',
        'countWords',
        'effectiveSeverity',
        'explain',
        'findWords',
        'lint',
        'loadRuleDetails',
        'loadedRuleDetails',
        'lintRules',
        'createRuleLinter',
        'normalisePhrase',
        'pointFinder',
        'retextCaseNote',
        'severities',
      ].sort(),
    );
  });

  it('returns one full diagnostic', () => {
    const text = 'Jade is playing with fire.';
    expect(
      createLinter(withTeam())
        .lint(text)
        .filter((diagnostic) => diagnostic.ruleId === 'team-risky-behaviour'),
    ).toEqual([
      {
        from: 8,
        to: 25,
        ruleId: 'team-risky-behaviour',
        category: 'victim-blaming',
        severity: 'warning',
        message: '‘playing with fire’ may make the child sound responsible for harm done to them',
        explanation: 'This wording makes the child sound responsible for the danger an adult caused.',
        actual: 'playing with fire',
        suggestions: ['in danger'],
        source,
      },
    ]);
  });
});

describe('offsets', () => {
  const linter = createLinter(withTeam());
  const only = (text: string) => linter.lint(text).filter((diagnostic) => diagnostic.ruleId.startsWith('team-'));

  it('are UTF-16 offsets that slice back to `actual`, with emoji, CRLF and non-ASCII names', () => {
    const text = 'Siobhán 👩‍👧‍👦 said hello.\r\nZoë is playing with fire 😟.\r\n\r\nThe WTT was cancelled.';
    const diagnostics = only(text);
    const putting = text.indexOf('playing');
    const wtt = text.indexOf('WTT');
    // the family emoji alone is 8 UTF-16 code units; CRLF is two
    expect(putting).toBe(37);
    expect(compact(text, diagnostics)).toEqual([
      `${putting}-${putting + 17}: warning team-risky-behaviour “playing with fire”`,
      `${wtt}-${wtt + 3}: info team-acronym-wtt “WTT”`,
    ]);
    for (const diagnostic of diagnostics) expect(text.slice(diagnostic.from, diagnostic.to)).toBe(diagnostic.actual);
  });
});

describe('options', () => {
  const text = 'Jade is playing with fire. Two family-time slots a week. The WTT met.';

  it('sets severity per rule, and per rule wins over per category', () => {
    const diagnostics = createLinter(
      withTeam({ rules: { 'team-kept-away': 'warning' }, categories: { jargon: 'hint' } }),
    ).lint(text);
    const severities = Object.fromEntries(
      diagnostics.filter((d) => d.ruleId.startsWith('team-')).map((d) => [d.ruleId, d.severity]),
    );
    expect(severities).toEqual({
      'team-risky-behaviour': 'warning',
      'team-kept-away': 'warning',
      'team-acronym-wtt': 'hint',
    });
  });

  it('turns rules and categories off', () => {
    const offRule = createLinter(withTeam({ rules: { 'team-risky-behaviour': 'off' } })).lint(text);
    expect(offRule.map((d) => d.ruleId)).not.toContain('team-risky-behaviour');
    const offCategory = createLinter(withTeam({ categories: { jargon: 'off' } })).lint(text);
    expect(offCategory.filter((d) => d.category === 'jargon')).toEqual([]);
    expect(offCategory.map((d) => d.ruleId)).toContain('team-risky-behaviour');
  });

  it('drops phrases the team allows, whatever their case and spacing', () => {
    const diagnostics = createLinter(withTeam({ allow: ['Playing  WITH fire'] })).lint(text);
    expect(diagnostics.map((d) => d.ruleId)).not.toContain('team-risky-behaviour');
    expect(diagnostics.map((d) => d.ruleId)).toContain('team-kept-away');
  });

  it('validates host packs with an error naming the pack, entry and field', () => {
    const broken = [{ ...teamPack[0], id: 'bad-one', category: 'rudeness' }];
    expect(() => createLinter({ extraRules: [{ name: 'council-pack.yml', rules: broken as RuleEntry[] }] })).toThrow(
      RulePackError,
    );
    expect(() => createLinter({ extraRules: [{ name: 'council-pack.yml', rules: broken as RuleEntry[] }] })).toThrow(
      'council-pack.yml: entry 1 ("bad-one"): field "category": unknown category "rudeness"',
    );
    expect(() =>
      createLinter({
        extraRules: [{ name: 'council-pack.yml', rules: [{ ...teamPack[0], sources: [] }] as RuleEntry[] }],
      }),
    ).toThrow('council-pack.yml: entry 1 ("team-risky-behaviour"): field "sources"');
  });

  it('rejects a host pack whose suggestion is flagged by a built-in rule or that duplicates an id', () => {
    const builtinId = getBuiltinRules()[0]?.id as string;
    expect(() =>
      createLinter({ extraRules: [{ name: 'dup.yml', rules: [{ ...teamPack[1], id: builtinId }] as RuleEntry[] }] }),
    ).toThrow(`dup.yml: entry 1 ("${builtinId}"): field "id": duplicate id`);
    expect(() =>
      createLinter({
        extraRules: [
          {
            name: 'loop.yml',
            rules: [teamPack[0], { ...teamPack[1], suggestions: ['playing with fire'] }] as RuleEntry[],
          },
        ],
      }),
    ).toThrow(
      'loop.yml: entry 2 ("team-kept-away"): field "suggestions": the suggestion "playing with fire" is itself flagged by rule "team-risky-behaviour"',
    );
  });

  it('rejects unknown severities and locales', () => {
    expect(() => createLinter({ categories: { jargon: 'loud' as never } })).toThrow(
      'lint options: field "categories.jargon": unknown severity "loud"',
    );
    expect(() => createLinter({ locale: 'en-US' as never })).toThrow(/only en-GB/);
  });

  it('lint() with options equals a linter created with them', () => {
    expect(lint(text, withTeam())).toEqual(createLinter(withTeam()).lint(text));
  });

  it('lintRules() finds what lint() finds with the note analysis off', () => {
    const note = 'SW visited Jade at the placement. She is LAC and was not brought to her appointment.';
    const context = { child: { name: 'Jade', age: 9 } };
    expect(createRuleLinter({ context }).lint(note)).toEqual(lint(note, { context, analysis: false }));
    expect(lintRules(note)).toEqual(lint(note, { analysis: false }));
    expect(createRuleLinter(withTeam()).lint(text)).toEqual(createLinter(withTeam({ analysis: false })).lint(text));
    expect(lintRules(note).map((finding) => finding.ruleId)).toContain('acronym-lac');
    expect(lint(note).some((finding) => finding.category === 'write-to-child')).toBe(true);
    expect(lintRules(note).some((finding) => finding.category === 'write-to-child')).toBe(false);
  });

  it('lintRules() refuses options rather than ignore them, and points to createRuleLinter()', () => {
    const withOptions = lintRules as (text: string, options: unknown) => unknown;
    expect(() => withOptions('Jade is LAC.', { categories: { jargon: 'off' } })).toThrow(
      'lintRules: takes the text only: pass options to createRuleLinter(options)',
    );
  });
});

describe('suggestions and acronyms', () => {
  const linter = createLinter(withTeam());
  const team = (text: string) => linter.lint(text).filter((diagnostic) => diagnostic.ruleId.startsWith('team-'));

  it('keep the capitalisation of the words they replace', () => {
    // (after "is", where "in danger" keeps a verb before it: fixes39 holds back a phrase with no verb for a verb with no
    // "be" before it, "Playing with fire was mentioned" → not "In danger was mentioned"; the capital opening a sentence
    // is pinned by the acronym below)
    expect(team('She is PLAYING WITH FIRE.')[0]?.suggestions).toEqual(['IN DANGER']);
    expect(team('The WTT met.')[0]?.suggestions).toEqual(['team meeting']);
    // a bare acronym opening the sentence takes "the", with the capital
    expect(team('WTT met.')[0]?.suggestions).toEqual(['The team meeting']);
  });

  it('say an acronym in longer flagged words is contained in them, not that the words are one', () => {
    const found = lint('The LAC review was moved. Jade is LAC.', { analysis: false });
    const messages = Object.fromEntries(found.map((finding) => [finding.actual, finding.message]));
    expect(messages['LAC review']).toBe('‘LAC review’ contains an acronym a child or family may not know');
    expect(messages.LAC).toBe('‘LAC’ is an acronym a child or family may not know');
  });

  it('lower an acronym spelled out earlier in the note to a hint, once explained', () => {
    const text = 'The WTT met. Our weekly team talk (WTT) is on Monday. After the WTT I rang you.';
    expect(team(text).map((d) => `${d.actual}:${d.severity}`)).toEqual(['WTT:info', 'WTT:hint', 'WTT:hint']);
    expect(team(text)[1]?.message).toBe('‘WTT’ was spelled out earlier; the plain words may still be clearer');
  });

  it('lower an acronym spelled out in brackets right after it to a hint, and say so', () => {
    const found = team('We met at the WTT (weekly team talk) on Monday. The WTT (see minutes) ran late.');
    expect(found.map((d) => `${d.actual}:${d.severity}`)).toEqual(['WTT:hint', 'WTT:hint']);
    expect(found[0]?.message).toBe('‘WTT’ is spelled out beside it; the plain words may still be clearer');
    // the second is explained by the first, not by the bracket after it
    expect(found[1]?.message).toBe('‘WTT’ was spelled out earlier; the plain words may still be clearer');
    expect(team('The WTT (see minutes) ran late.').map((d) => d.severity)).toEqual(['info']);
  });

  it('leave alone an acronym whose long form is a plain name, spelled out beside it', () => {
    const acronyms = (text: string) =>
      lint(text, { analysis: false })
        .filter((finding) => finding.ruleId.startsWith('acronym-'))
        .map((finding) => `${finding.actual}:${finding.severity}`);
    // a diagnosis, an ordinary phrase, a national body: in brackets after their words or with them after
    expect(acronyms('Paul has been diagnosed with Attention Deficit Hyperactivity Disorder (ADHD).')).toEqual([]);
    expect(acronyms('The police took NFA (no further action) after the interview.')).toEqual([]);
    expect(
      acronyms('The children’s guardian from Cafcass (Children and Family Court Advisory and Support Service) came.'),
    ).toEqual([]);
    // brought in that way, a later use in the same sentence is explained too
    expect(acronyms('She has a Learning Support Assistant (LSA), and the LSA sits with her.')).toEqual([]);
    // not beside it: still found
    expect(acronyms('The police took NFA after the interview.')).toEqual(['NFA:info']);
  });

  it('keep the hint on a service acronym spelled out beside it: the long form is jargon too', () => {
    const found = lint('The case went to the MARAC (Multi-Agency Risk Assessment Conference) in May.', {
      analysis: false,
    }).filter((finding) => finding.ruleId === 'acronym-marac');
    expect(found.map((finding) => `${finding.actual}:${finding.severity}`)).toEqual(['MARAC:hint']);
    expect(found[0]?.message).toBe('‘MARAC’ is spelled out beside it; the plain words may still be clearer');
    expect(
      lint('Mum signed the PLO (Public Law Outline) letter.', { analysis: false })
        .filter((finding) => finding.ruleId === 'acronym-plo')
        .map((finding) => finding.severity),
    ).toEqual(['hint']);
  });

  it('find an acronym in its possessive and leave the ’s for the plain words', () => {
    expect(team('The WTT’s notes were late.').map((d) => d.actual)).toEqual(['WTT']);
    expect(team("Kai's WTT's notes.").map((d) => d.actual)).toEqual(['WTT']);
    expect(team('Jade’s notes were late.')).toEqual([]);
  });
});

describe('the retext plugin', () => {
  it('emits vfile messages with ruleId, source, actual, expected, note and url', () => {
    const { options, extra } = checkLinterOptions(withTeam());
    const compiled = compileRules(options, extra);
    const processor = unified().use(retextEnglish).use(retextCaseNote, compiled);
    const file = new VFile('Line one.\nJade is playing with fire.');
    processor.runSync(processor.parse(file), file);
    const message = file.messages.find((m) => m.ruleId === 'team-risky-behaviour');
    expect(message).toMatchObject({
      ruleId: 'team-risky-behaviour',
      source: 'casenote',
      actual: 'playing with fire',
      expected: ['in danger'],
      url: source,
      note: 'This wording makes the child sound responsible for the danger an adult caused.',
      place: { start: { line: 2, column: 9, offset: 18 }, end: { line: 2, column: 26, offset: 35 } },
    });
    expect(String(message)).toBe(
      '2:9-2:26: ‘playing with fire’ may make the child sound responsible for harm done to them',
    );
  });

  it('refuses to run the unexplained-abbreviation check when compiled without its code (rather than silently finding nothing)', () => {
    const options = { rules: { 'unexplained-abbreviation': 'info' as const } };
    expect(() => compileRules(options)).toThrow(/"unexplained-abbreviation" is on but .* without its check's code/);
    expect(compileRules(options, [], generalChecks).abbreviations?.rule.id).toBe('unexplained-abbreviation');
    expect(compileRules().abbreviations).toBeUndefined();
  });

  it('gives a built-in rule’s message its explanation from the rule details', () => {
    const processor = unified().use(retextEnglish).use(retextCaseNote, compileRules(), getRuleDetails());
    const file = new VFile('Jade is LAC.');
    processor.runSync(processor.parse(file), file);
    const message = file.messages.find((m) => m.ruleId === 'acronym-lac');
    expect(message?.note).toBe(getRuleDetails().explanation('acronym-lac'));
    expect(message?.note?.length).toBeGreaterThan(20);
  });
});

describe('a finding’s explanation', () => {
  it('is left off a built-in rule’s finding and read from the rule details by its rule id', async () => {
    const [finding] = lintRules('Jade is LAC.');
    expect(finding?.ruleId).toBe('acronym-lac');
    expect(finding).not.toHaveProperty('explanation');
    const rule = getBuiltinRules().find((candidate) => candidate.id === 'acronym-lac');
    expect(explain(finding as Diagnostic, getRuleDetails())).toBe(rule?.explanation);
    // on a page: the details loaded on their own, then every finding explained from them
    expect(await loadRuleDetails()).toBe(loadedRuleDetails());
    expect(explain(finding as Diagnostic)).toBe(rule?.explanation);
  });

  it('rides on the finding of a host pack’s rule and of the note analysis', () => {
    const finding = createLinter(withTeam())
      .lint('Jade is playing with fire.')
      .find((candidate) => candidate.ruleId === 'team-risky-behaviour') as Diagnostic;
    expect(finding.explanation).toBe(teamPack[0]?.explanation);
    expect(explain(finding, undefined)).toBe(teamPack[0]?.explanation);
    const prompt = lint('I visited the family. Mum said the school had called.').find((d) => d.scope === 'note');
    expect(prompt?.explanation).toBeTruthy();
    expect(explain(prompt as Diagnostic, undefined)).toBe(prompt?.explanation);
  });
});

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
