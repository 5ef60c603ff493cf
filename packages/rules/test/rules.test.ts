import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as rules from '@casenote/rules';
import {
  expandPattern,
  Matcher,
  nounForms,
  resolveHits,
  RulePackError,
  tokenize,
  validateRulePack,
  validateRuleSet,
  verbForms,
  irregularVerbForms,
  getBuiltinLintRules,
  type LintRule,
  type RuleEntry,
} from '@casenote/rules';
import { getBuiltinRules, getBuiltinSources } from '@casenote/rules/details';

const packageDir = join(import.meta.dirname, '..');

function entry(overrides: Partial<RuleEntry> = {}): RuleEntry {
  return {
    id: 'put-self-at-risk',
    category: 'victim-blaming',
    severity: 'warning',
    patterns: ['{put} <self> at risk'],
    suggestions: ['was at risk from'],
    explanation: 'This wording makes the child sound responsible for the danger an adult caused.',
    sources: ['https://example.org/guide'],
    ...overrides,
  };
}

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

describe('patterns', () => {
  it('expands verbs, pronoun classes and plurals', () => {
    expect(words('She is putting herself at risk. They put themselves at risk.', ['{put} <self> at risk'])).toEqual([
      'putting herself at risk',
      'put themselves at risk',
    ]);
    expect(words('Two child prostitutes were named.', ['child prostitute+'])).toEqual(['child prostitutes']);
  });

  it('treats hyphen and space variants alike', () => {
    const found = words('Mum is hard-to-reach. Dad is hard to reach. He is non compliant, she is noncompliant.', [
      'hard-to-reach',
      'non-compliant',
    ]);
    expect(found).toEqual(['hard-to-reach', 'hard to reach', 'non compliant', 'noncompliant']);
  });

  it('supports optional words, alternatives, wildcards and a flagged span', () => {
    expect(words('She was sexually active. She was active.', ['sexually active'])).toEqual(['sexually active']);
    expect(words('He has contact with his dad and contact with Mum.', ['[contact] with <poss>? <family>'])).toEqual([
      'contact',
      'contact',
    ]);
    expect(words('I will contact you.', ['[contact] with <poss>? <family>'])).toEqual([]);
    expect(words('made a poor choice, made poor choices', ['{make} a? poor choice+'])).toEqual([
      'made a poor choice',
      'made poor choices',
    ]);
    expect(words('gave him a lift', ['{give} * a lift'])).toEqual(['gave him a lift']);
  });

  it('finds a phrase whichever way its first words are read: skipped, one word or part of a hyphenated one', () => {
    // the matcher tries a pattern only when the word after the first can continue it: every reading counts
    expect(words('She is defensive. He is very defensive. Dad is not defensive.', ['is very? defensive'])).toEqual([
      'is defensive',
      'is very defensive',
    ]);
    expect(words('Mum and his parents argued. Dad was upset.', ['his|her? parents argued', 'upset'])).toEqual([
      'his parents argued',
      'upset',
    ]);
    expect(words('a drug-dealer, a known drug dealer, a known dealer', ['a known? drug-dealer'])).toEqual([
      'a drug-dealer',
      'a known drug dealer',
    ]);
    expect(words('A hard-to-reach family; a hardtoreach family; a hard family.', ['hard-to-reach family'])).toEqual([
      'hard-to-reach family',
      'hardtoreach family',
    ]);
    expect(words('He was seen. She was.', ['was seen?'])).toEqual(['was seen', 'was']);
    expect(words('The EP came. The team came.', ['the new? [EP]'], true)).toEqual(['EP']);
  });

  it('does not match across punctuation other than hyphens', () => {
    expect(words('She felt hard, to reach the shelf.', ['hard to reach'])).toEqual([]);
  });

  it('matches letter case exactly for case-sensitive rules', () => {
    expect(words('Jade is LAC. The lac was dry.', ['LAC'], true)).toEqual(['LAC']);
  });

  it('lets the lower-case context words of a case-sensitive rule match at the start of a sentence', () => {
    const found = words('The EP came. the EP came. The ep came.', ['the [EP]'], true);
    expect(found).toEqual(['EP', 'EP']);
  });

  it('ignores apostrophe style', () => {
    expect(words('Jade’s dad', ["jade's dad"])).toEqual(['Jade’s dad']);
  });

  it('rejects malformed patterns', () => {
    expect(() => expandPattern('<nope> word', false)).toThrow(/unknown word class <nope>/);
    expect(() => expandPattern('[open', false)).toThrow(/without "]"/);
    expect(() => expandPattern('*', false)).toThrow(/any word/);
    expect(() => expandPattern('a||b', false)).toThrow(/empty alternative/);
  });

  it('refuses alternatives of several words written with spaces, which would never match what was meant', () => {
    // "verbal duel|verbal spat" reads as the slots "verbal", "duel|verbal", "spat"
    expect(() => expandPattern('[verbal duel+|verbal spat+]', false)).toThrow(/names "verbal" again beside it/);
    expect(() => expandPattern('young person|young people', false)).toThrow(/names "young" again beside it/);
    expect(() => expandPattern('worker|carer|worker', false)).toThrow(/names "worker" twice/);
    // written with hyphens, or as one slot after another, the same words are fine
    expect(expandPattern('[verbal duel+|spat+]', false).length).toBeGreaterThan(0);
    expect(expandPattern('young-person|young-people', false).length).toBeGreaterThan(0);
    expect(expandPattern('a|an? sexual|intimate relationship', false).length).toBeGreaterThan(0);
  });
});

describe('validation', () => {
  const noSources = new Map();

  it('accepts a valid pack and resolves URL sources', () => {
    const [rule] = validateRulePack([entry()], 'team.yml', noSources);
    expect(rule?.sources[0]?.url).toBe('https://example.org/guide');
    expect(rule?.pack).toBe('team.yml');
  });

  it.each([
    [
      { sources: [] },
      'team.yml: entry 1 ("put-self-at-risk"): field "sources": must cite at least one source (a source id or URL)',
    ],
    [{ sources: ['made-up-guide'] }, 'field "sources": unknown source "made-up-guide"'],
    [{ category: 'rude' as never }, 'field "category": unknown category "rude"'],
    [{ severity: 'fatal' as never }, 'field "severity": unknown severity "fatal"'],
    [{ id: 'Not Kebab' }, 'field "id": must be a kebab-case id'],
    [{ patterns: [] }, 'field "patterns": must be a non-empty list'],
    [{ patterns: ['<who> at risk'] }, 'field "patterns": pattern "<who> at risk": unknown word class <who>'],
    [{ suggestions: [] }, 'field "suggestions"'],
    [{ explanation: 'Bad.' }, 'field "explanation"'],
    [{ colour: 'red' } as never, 'field "colour": unknown field'],
    [{ acronym: { expansion: 'no further action', plain: 'yes' } } as never, 'field "acronym": must be {'],
    [{ acronym: { expansion: 'no further action', plane: true } } as never, 'field "acronym": must be {'],
    [{ oneClickFix: true } as never, 'field "oneClickFix": must be false'],
    [{ oneClickFix: 'no' } as never, 'field "oneClickFix": must be false'],
  ])('names the entry and field: %j', (overrides, message) => {
    expect(() =>
      validateRulePack([entry(), entry({ id: 'second', ...overrides })].slice(1), 'team.yml', noSources),
    ).toThrow(RulePackError);
    expect(() => validateRulePack([entry({ ...overrides })], 'team.yml', noSources)).toThrow(message);
  });

  it('keeps a rule with no one-click fix, whose suggestions are wording to consider', () => {
    const [rule] = validateRulePack([entry({ oneClickFix: false })], 'team.yml', noSources);
    expect(rule?.oneClickFix).toBe(false);
    expect(rule?.suggestions.length).toBeGreaterThan(0);
  });

  it('rejects duplicate ids, duplicate phrases and suggestions that are flagged', () => {
    const one = validateRulePack([entry()], 'a.yml', noSources);
    expect(() =>
      validateRuleSet([...one, ...validateRulePack([entry({ patterns: ['other words'] })], 'b.yml', noSources)]),
    ).toThrow(
      'b.yml: entry 1 ("put-self-at-risk"): field "id": duplicate id; "put-self-at-risk" is already used in a.yml',
    );
    expect(() =>
      validateRuleSet([
        ...one,
        ...validateRulePack([entry({ id: 'again', patterns: ['putting herself at risk'] })], 'b.yml', noSources),
      ]),
    ).toThrow(
      'b.yml: entry 1 ("again"): field "patterns": the phrase "putting herself at risk" is already matched by rule "put-self-at-risk" (a.yml); merge the two rules',
    );
    expect(() =>
      validateRuleSet([
        ...one,
        ...validateRulePack(
          [entry({ id: 'risky', patterns: ['risky'], suggestions: ['put himself at risk'] })],
          'b.yml',
          noSources,
        ),
      ]),
    ).toThrow('field "suggestions": the suggestion "put himself at risk" is itself flagged by rule "put-self-at-risk"');
  });

  it('checks a host pack against rules checked before with the same errors, blaming the host pack', () => {
    const before = validateRulePack([entry()], 'a.yml', noSources);
    const pack = (fields: Partial<RuleEntry>) => validateRulePack([entry(fields)], 'b.yml', noSources);
    expect(() => validateRuleSet(pack({ patterns: ['other words'] }), before)).toThrow(
      'b.yml: entry 1 ("put-self-at-risk"): field "id": duplicate id; "put-self-at-risk" is already used in a.yml',
    );
    expect(() => validateRuleSet(pack({ id: 'again', patterns: ['putting herself at risk'] }), before)).toThrow(
      'b.yml: entry 1 ("again"): field "patterns": the phrase "putting herself at risk" is already matched by rule "put-self-at-risk" (a.yml); merge the two rules',
    );
    expect(() =>
      validateRuleSet(pack({ id: 'risky', patterns: ['risky'], suggestions: ['put himself at risk'] }), before),
    ).toThrow(
      'b.yml: entry 1 ("risky"): field "suggestions": the suggestion "put himself at risk" is itself flagged by rule "put-self-at-risk"',
    );
    const suggested = before[0]?.suggestions[0] as string;
    expect(() => validateRuleSet(pack({ id: 'strict', patterns: [suggested] }), before)).toThrow(
      `b.yml: entry 1 ("strict"): field "patterns": it flags the suggestion "${suggested}" of rule "put-self-at-risk"`,
    );
    expect(() => validateRuleSet(pack({ id: 'fine', patterns: ['other words'] }), before)).not.toThrow();
  });

  it("refuses a host rule that repeats any built-in rule's phrase, wildcards and all, naming the built-in rule", () => {
    const builtin = getBuiltinLintRules();
    // every 50th rule, and every rule with a slot for any word (the ones a quick look by word could miss)
    const sample = builtin.filter(
      (rule, index) =>
        index % 50 === 0 ||
        rule.patterns.some((pattern) =>
          pattern.split(/\s+/).some((slot) =>
            slot
              .replace(/[[\]?]/g, '')
              .split('|')
              .includes('*'),
          ),
        ),
    );
    expect(sample.length).toBeGreaterThan(30);
    for (const rule of sample) {
      if (rule.patterns.length === 0) continue;
      const copy = { ...rule, id: `team-${rule.id}`, pack: 'team.yml', suggestions: [] };
      expect(() => validateRuleSet([copy], builtin), rule.id).toThrow(/is already matched by rule "[^"]+"/);
    }
    // the same words in another order are another phrase
    const plain = { ...(builtin.find((rule) => rule.id === 'put-self-at-risk') as LintRule), id: 'team-risk' };
    expect(() =>
      validateRuleSet([{ ...plain, pack: 'team.yml', patterns: ['risk at putting'], suggestions: [] }], builtin),
    ).not.toThrow();
  }, 120_000);
});

describe('built-in packs', () => {
  const builtin = getBuiltinRules();
  const count = (predicate: (rule: (typeof builtin)[number]) => boolean): number => builtin.filter(predicate).length;

  it('cover the required categories from at least 8 published sources', () => {
    const cited = new Set(builtin.flatMap((rule) => rule.sources.map((source) => source.url)));
    console.log(
      `rules: ${builtin.length} built-in; victim-blaming ${count((r) => r.category === 'victim-blaming')}, deficit ${count((r) => r.category === 'deficit')}, jargon ${count((r) => r.category === 'jargon')} (acronyms ${count((r) => r.family === 'acronym')}); ${cited.size} distinct sources cited of ${getBuiltinSources().size}`,
    );
    expect(count((r) => r.category === 'victim-blaming' || r.category === 'deficit')).toBeGreaterThanOrEqual(150);
    expect(count((r) => r.category === 'jargon')).toBeGreaterThanOrEqual(150);
    expect(cited.size).toBeGreaterThanOrEqual(8);
    for (const family of [
      'responsibility-shifting',
      'consent-implying',
      'labelling',
      'minimising',
      'adultifying',
      'deficit-label',
      'acronym',
    ]) {
      expect(
        count((r) => r.family === family),
        family,
      ).toBeGreaterThan(0);
    }
  });

  it('pass the whole-set validation (unique ids and phrases, clean suggestions)', () => {
    expect(() => validateRuleSet(builtin)).not.toThrow();
  });

  it('reach the linter whole but for the words a person reads: no explanations or reviewer notes, the source a finding links to as its URL (ids and other sources apart)', () => {
    const forLinting = rules.getBuiltinLintRules();
    expect(forLinting).toEqual(
      builtin.map(({ note: _note, explanation: _explanation, sources, ...rule }) => ({
        ...rule,
        sources: sources.slice(0, 1).map(({ url }) => ({ url })),
      })),
    );
    expect(builtin.some((rule) => rule.sources.length > 1)).toBe(true);
    expect(builtin.some((rule) => rule.note !== undefined)).toBe(true);
    expect([...rules.getBuiltinSourceLinks().values()]).toEqual(
      [...getBuiltinSources().values()].map(({ id, url }) => ({ id, url })),
    );
  });

  it('reach a linter without the packs they come from, and the harm indicators as their ids and phrases', () => {
    expect(rules.getBuiltinRulesToRun()).toEqual(rules.getBuiltinLintRules().map(({ pack: _pack, ...rule }) => rule));
    expect(rules.getBuiltinLintRules().every((rule) => rule.pack.startsWith('data/'))).toBe(true);
    expect(rules.getBuiltinIndicatorPhrases()).toEqual(
      rules.getBuiltinIndicators().map(({ id, phrases }) => ({ id, phrases })),
    );
    expect(
      rules.getBuiltinIndicators().every((indicator) => indicator.name !== '' && indicator.sources.length > 0),
    ).toBe(true);
  });

  it('have generated RULES.md and the compiled module up to date with data/', () => {
    const result = spawnSync(process.execPath, ['scripts/build-rules.ts', '--check'], {
      cwd: packageDir,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // a build of every pack in a child process: a few seconds on a quiet machine, over the default 30 s on a loaded one
  }, 120_000);

  it('fail the build loudly, naming file, entry and field, on a broken pack', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'casenote-rules-'));
    writeFileSync(
      join(dataDir, 'sources.yml'),
      '- id: guide\n  title: A guide\n  publisher: Someone\n  url: https://example.org/guide\n',
    );
    writeFileSync(
      join(dataDir, 'pack.yml'),
      '- id: ok-rule\n  category: jargon\n  severity: info\n  patterns: [respite]\n  suggestions: [short break]\n  explanation: A word from service paperwork that children do not use.\n  sources: [guide]\n- id: broken\n  category: jargon\n  severity: info\n  patterns: [abscond]\n  suggestions: [went missing]\n  explanation: A word from service paperwork that children do not use.\n  sources: [nowhere]\n',
    );
    const result = spawnSync(process.execPath, ['scripts/build-rules.ts', '--check'], {
      cwd: packageDir,
      encoding: 'utf8',
      env: { ...process.env, CASENOTE_RULES_DATA: dataDir },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'rules: data/pack.yml: entry 2 ("broken"): field "sources": unknown source "nowhere": cite a known source id or a URL',
    );
  }, 120_000);
});
