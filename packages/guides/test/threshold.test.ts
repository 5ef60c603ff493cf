import { describe, expect, it } from 'vitest';
import * as api from '@casenote/guides';
import {
  defaultContactRecord,
  exampleThresholdGuide,
  findRelatedIndicators,
  renderRecordTemplate,
  searchThresholdGuide,
  ThresholdGuideError,
  validateThresholdGuide,
} from '@casenote/guides';
import type { ThresholdGuide } from '@casenote/guides';

const guide: ThresholdGuide = {
  id: 'team-guide',
  title: 'Team threshold guide',
  levels: [
    {
      id: 'early-help',
      name: 'Early help',
      description: 'Extra help from one service.',
      indicators: [
        { id: 'missing-once', text: 'Missing from home once', keywords: ['missing from home', 'went missing'] },
        { id: 'no-gp', text: 'Not registered with a GP', keywords: ['no GP', 'not registered with a GP'] },
      ],
    },
    {
      id: 'protection',
      name: 'Protection',
      description: 'The child may be at risk of significant harm.',
      indicators: [
        { id: 'abuse-at-home', text: 'Domestic abuse at home now', keywords: ['domestic abuse', 'abuse'] },
        { id: 'injury', text: 'An injury nobody can explain', keywords: ['bruise', 'unexplained injury'] },
        { id: 'missing-at-risk', text: 'Missing and at risk of harm', keywords: ['missing from home'] },
      ],
    },
  ],
};

/** A copy of the team guide with one indicator replaced. */
function withIndicator(level: number, indicator: number, replacement: unknown): unknown {
  return {
    ...guide,
    levels: guide.levels.map((entry, at) =>
      at === level
        ? {
            ...entry,
            indicators: entry.indicators.map((existing, index) => (index === indicator ? replacement : existing)),
          }
        : entry,
    ),
  };
}

function withLevel(level: number, replacement: unknown): unknown {
  return { ...guide, levels: guide.levels.map((entry, at) => (at === level ? replacement : entry)) };
}

/** The message of the error `validateThresholdGuide` throws for `data`. */
function problem(data: unknown): string {
  try {
    validateThresholdGuide(data, 'guide.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ThresholdGuideError);
    return (error as Error).message;
  }
  throw new Error('expected a ThresholdGuideError');
}

/** `level/indicator: "actual"` for each match, checking every offset slices back to what was written. */
function related(text: string, against: ThresholdGuide = guide): string[] {
  return findRelatedIndicators(against, text).flatMap(({ levelId, indicatorId, matches }) =>
    matches.map((match) => {
      expect(text.slice(match.from, match.to)).toBe(match.actual);
      return `${levelId}/${indicatorId}: "${match.actual}" (${match.phrase})`;
    }),
  );
}

describe('threshold guide API', () => {
  it('exports the threshold functions', () => {
    for (const name of [
      'validateThresholdGuide',
      'ThresholdGuideError',
      'exampleThresholdGuide',
      'searchThresholdGuide',
      'findRelatedIndicators',
    ]) {
      expect(Object.keys(api), name).toContain(name);
    }
  });
});

describe('validateThresholdGuide', () => {
  it('accepts a good guide and returns it', () => {
    expect(validateThresholdGuide(guide, 'guide.json')).toBe(guide);
  });

  it('accepts the example guide: four Continuum of Need levels, marked as an example, with a source', () => {
    expect(validateThresholdGuide(exampleThresholdGuide, 'example')).toBe(exampleThresholdGuide);
    expect(exampleThresholdGuide.example).toBe(true);
    expect(exampleThresholdGuide.title).toMatch(/example/i);
    expect(exampleThresholdGuide.source).toBe(
      'http://southamptonlscb.co.uk/childrens-advice-and-duty-service-mash/support-guidance-for-referrers/',
    );
    expect(exampleThresholdGuide.levels.map((level) => level.name)).toEqual([
      'Universal',
      'Universal Partnership',
      'Universal Partnership Plus',
      'Safeguarding',
    ]);
    for (const level of exampleThresholdGuide.levels) {
      expect(level.indicators.length, level.id).toBeGreaterThanOrEqual(8);
      expect(level.indicators.length, level.id).toBeLessThanOrEqual(15);
      for (const indicator of level.indicators) expect(indicator.keywords.length, indicator.id).toBeGreaterThan(0);
    }
  });

  it('names the guide, level, indicator and field of each problem', () => {
    expect(problem([])).toBe('guide.json: a threshold guide must be a mapping with id, title and levels');
    expect(problem({ ...guide, id: 'Team guide' })).toBe(
      'guide.json: field "id": must be a kebab-case id such as "continuum-of-need"',
    );
    expect(problem({ ...guide, title: '' })).toBe('guide.json: field "title": must be a non-empty string');
    expect(problem({ ...guide, source: 'our intranet' })).toBe(
      'guide.json: field "source": must be the URL of the published threshold document',
    );
    expect(problem({ ...guide, example: 1 })).toBe('guide.json: field "example": must be true or false');
    expect(problem({ ...guide, levels: [] })).toBe('guide.json: field "levels": must be a non-empty list of levels');
    expect(problem({ ...guide, level: [] })).toMatch(/^guide\.json: field "level": unknown field/);
    expect(problem(withLevel(1, 'protection'))).toBe(
      'guide.json: level 2: each level must be a mapping with id, name, description and indicators',
    );
    expect(problem(withLevel(1, { ...guide.levels[1], name: ' ' }))).toBe(
      'guide.json: level 2 ("protection"): field "name": must be a non-empty string: the level’s name in your threshold document',
    );
    expect(problem(withLevel(1, { ...guide.levels[1], name: 'EARLY HELP' }))).toBe(
      'guide.json: level 2 ("protection"): field "name": the same name as level 1',
    );
    expect(problem(withLevel(1, { ...guide.levels[1], description: undefined }))).toBe(
      'guide.json: level 2 ("protection"): field "description": must be a non-empty string saying what the level means',
    );
    expect(problem(withLevel(1, { ...guide.levels[1], indicators: [] }))).toBe(
      'guide.json: level 2 ("protection"): field "indicators": must be a non-empty list of indicators',
    );
    expect(problem(withLevel(1, { ...guide.levels[1], id: 'early-help' }))).toBe(
      'guide.json: level 2 ("early-help"): field "id": duplicate id; level 1 already uses it',
    );
    expect(problem(withIndicator(1, 2, { id: 'missing-once', text: 'Missing', keywords: [] }))).toBe(
      'guide.json: level 2 ("protection"): indicator 3 ("missing-once"): field "id": duplicate id; indicator 1 of level 1 already uses it',
    );
    expect(problem(withIndicator(0, 1, { id: 'no-gp', text: '', keywords: [] }))).toBe(
      'guide.json: level 1 ("early-help"): indicator 2 ("no-gp"): field "text": must be a non-empty string describing the indicator',
    );
    expect(problem(withIndicator(0, 1, { id: 'no-gp', text: 'No GP' }))).toBe(
      'guide.json: level 1 ("early-help"): indicator 2 ("no-gp"): field "keywords": must be a list of words or phrases (it may be empty)',
    );
    expect(problem(withIndicator(0, 1, { id: 'no-gp', text: 'No GP', keywords: ['no GP', '--'] }))).toBe(
      'guide.json: level 1 ("early-help"): indicator 2 ("no-gp"): field "keywords": "--" has no words to match',
    );
    expect(problem(withIndicator(0, 1, { id: 'no-gp', text: 'No GP', keywords: ['no GP', 'No  gp'] }))).toBe(
      'guide.json: level 1 ("early-help"): indicator 2 ("no-gp"): field "keywords": "No  gp" is listed twice',
    );
    expect(problem(withIndicator(0, 1, { id: 'No GP', text: 'No GP', keywords: [] }))).toBe(
      'guide.json: level 1 ("early-help"): indicator 2 ("No GP"): field "id": must be a kebab-case id such as "missing-from-home"',
    );
    expect(problem(withIndicator(0, 1, { id: 'no-gp', text: 'No GP', keywords: [], level: 2 }))).toMatch(
      /^guide\.json: level 1 \("early-help"\): indicator 2 \("no-gp"\): field "level": unknown field/,
    );
    expect(problem(withIndicator(0, 1, 'no-gp'))).toBe(
      'guide.json: level 1 ("early-help"): indicator 2: each indicator must be a mapping with id, text and keywords',
    );
  });

  it('exposes the parts of the error', () => {
    try {
      validateThresholdGuide(withIndicator(1, 0, { id: 'abuse-at-home', text: 'x', keywords: 'abuse' }), 'team');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        name: 'ThresholdGuideError',
        guide: 'team',
        level: 1,
        levelId: 'protection',
        indicator: 0,
        indicatorId: 'abuse-at-home',
        field: 'keywords',
      });
    }
  });
});

describe('findRelatedIndicators', () => {
  it('relates a note to indicators at every level whose keywords it uses, with offsets', () => {
    const text = 'Jade went missing from home on Friday.';
    const found = findRelatedIndicators(guide, text);
    expect(found).toEqual([
      {
        levelId: 'early-help',
        indicatorId: 'missing-once',
        matches: [{ phrase: 'went missing', from: 5, to: 17, actual: 'went missing' }],
      },
      {
        levelId: 'protection',
        indicatorId: 'missing-at-risk',
        matches: [{ phrase: 'missing from home', from: 10, to: 27, actual: 'missing from home' }],
      },
    ]);
    // related indicators only: nothing that ranks, scores or picks a level
    for (const indicator of found) expect(Object.keys(indicator).sort()).toEqual(['indicatorId', 'levelId', 'matches']);
  });

  it('ignores case and simple endings, and keeps capitals for acronyms', () => {
    expect(related('MISSING FROM HOMES. Bruising on her arm, and two bruises on his leg; he was bruised.')).toEqual([
      'early-help/missing-once: "MISSING FROM HOMES" (missing from home)',
      'protection/injury: "Bruising" (bruise)',
      'protection/injury: "bruises" (bruise)',
      'protection/injury: "bruised" (bruise)',
      'protection/missing-at-risk: "MISSING FROM HOMES" (missing from home)',
    ]);
    expect(related('Jade has no GP.')).toEqual(['early-help/no-gp: "no GP" (no GP)']);
    expect(related('Jade has no gp.')).toEqual([]);
  });

  it('matches whole words only, and not across a full stop or comma', () => {
    expect(related('She was abused.')).toEqual(['protection/abuse-at-home: "abused" (abuse)']);
    expect(related('The bruiser and the abuser.')).toEqual([]);
    expect(related('Nothing was missing. From home, Mum rang.')).toEqual([]);
    expect(related('Domestic-abuse services called.')).toEqual([
      'protection/abuse-at-home: "Domestic-abuse" (domestic abuse)',
    ]);
  });

  it('prefers the longer keyword of one indicator at the same place', () => {
    expect(related('Mum spoke about domestic abuse, and later about abuse by her uncle.')).toEqual([
      'protection/abuse-at-home: "domestic abuse" (domestic abuse)',
      'protection/abuse-at-home: "abuse" (abuse)',
    ]);
  });

  it('leaves out a keyword just after “not”, “no” or “never”, unless the keyword says it', () => {
    expect(related('Mum said there was no domestic abuse and Jade has never been missing from home.')).toEqual([]);
    expect(related('Jade is not registered with a GP.')).toEqual([
      'early-help/no-gp: "not registered with a GP" (not registered with a GP)',
    ]);
    // the negation reaches two words, and not past a comma
    expect(related('Mum was not at home and Jade went missing.')).toEqual([
      'early-help/missing-once: "went missing" (went missing)',
    ]);
    expect(related('Not at school, missing from home.')).toEqual([
      'early-help/missing-once: "missing from home" (missing from home)',
      'protection/missing-at-risk: "missing from home" (missing from home)',
    ]);
  });

  it('finds nothing in a clean note or an empty one', () => {
    expect(findRelatedIndicators(guide, '')).toEqual([]);
    expect(findRelatedIndicators(guide, 'I visited you at home. You showed me your drawings.')).toEqual([]);
  });

  it('relates a realistic note to the example guide', () => {
    const note =
      'Ms Patel rang because Leo, 6, came to school with a bruise on his cheek and said Dad hit me. His attendance has been poor attendance all term. Leo is registered with a GP. The family are in temporary accommodation.';
    expect(related(note, exampleThresholdGuide)).toEqual([
      'universal/universal-health: "registered with a GP" (registered with a GP)',
      'universal-partnership/partnership-attendance: "poor attendance" (poor attendance)',
      'universal-partnership-plus/plus-housing-crisis: "temporary accommodation" (temporary accommodation)',
      'safeguarding/safeguarding-injury: "bruise" (bruise)',
      'safeguarding/safeguarding-disclosure: "hit me" (hit me)',
    ]);
  });

  it('gives the README’s example result', () => {
    expect(findRelatedIndicators(exampleThresholdGuide, 'Jade went missing from home on Friday.')).toEqual([
      {
        levelId: 'universal-partnership',
        indicatorId: 'partnership-missing-once',
        matches: [{ phrase: 'went missing', from: 5, to: 17, actual: 'went missing' }],
      },
      {
        levelId: 'universal-partnership-plus',
        indicatorId: 'plus-missing-repeated',
        matches: [{ phrase: 'missing from home', from: 10, to: 27, actual: 'missing from home' }],
      },
      {
        levelId: 'safeguarding',
        indicatorId: 'safeguarding-missing',
        matches: [{ phrase: 'missing from home', from: 10, to: 27, actual: 'missing from home' }],
      },
    ]);
  });

  it('finds nothing in the example contact record’s own headings and prompts', () => {
    expect(findRelatedIndicators(exampleThresholdGuide, renderRecordTemplate(defaultContactRecord))).toEqual([]);
  });
});

describe('searchThresholdGuide', () => {
  it('finds levels by name or description and indicators by text or keyword, ignoring case', () => {
    expect(searchThresholdGuide(guide, 'PROTECTION')).toEqual([
      { levelId: 'protection', levelMatches: true, indicatorIds: [] },
    ]);
    expect(searchThresholdGuide(guide, 'gp')).toEqual([
      { levelId: 'early-help', levelMatches: false, indicatorIds: ['no-gp'] },
    ]);
    expect(searchThresholdGuide(guide, 'missing')).toEqual([
      { levelId: 'early-help', levelMatches: false, indicatorIds: ['missing-once'] },
      { levelId: 'protection', levelMatches: false, indicatorIds: ['missing-at-risk'] },
    ]);
    // keywords count: "unexplained injury" is only a keyword
    expect(searchThresholdGuide(guide, 'unexplained')).toEqual([
      { levelId: 'protection', levelMatches: false, indicatorIds: ['injury'] },
    ]);
  });

  it('needs every word of the query', () => {
    expect(searchThresholdGuide(guide, 'missing harm')).toEqual([
      { levelId: 'protection', levelMatches: false, indicatorIds: ['missing-at-risk'] },
    ]);
    expect(searchThresholdGuide(guide, 'missing dentist')).toEqual([]);
  });

  it('shows everything for an empty query', () => {
    expect(searchThresholdGuide(guide, '  ')).toEqual([
      { levelId: 'early-help', levelMatches: true, indicatorIds: ['missing-once', 'no-gp'] },
      { levelId: 'protection', levelMatches: true, indicatorIds: ['abuse-at-home', 'injury', 'missing-at-risk'] },
    ]);
  });

  it('searches the example guide', () => {
    const school = searchThresholdGuide(exampleThresholdGuide, 'school');
    expect(school.map((result) => result.levelId)).toEqual([
      'universal',
      'universal-partnership',
      'universal-partnership-plus',
    ]);
    expect(school[2]?.indicatorIds).toEqual(['plus-education']);
  });
});
