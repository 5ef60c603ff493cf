import { keywordWords } from './keyword-words.ts';
import { ThresholdGuideError } from './threshold-guide-error.ts';
import type { ThresholdGuide } from './types.ts';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const urlPattern = /^https?:\/\/[^\s]+$/;
const guideFields = new Set(['id', 'title', 'example', 'source', 'levels']);
const levelFields = new Set(['id', 'name', 'description', 'indicators']);
const indicatorFields = new Set(['id', 'text', 'keywords']);

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a host's threshold guide (parsed from JSON or YAML) and returns it typed: kebab-case ids
 * unique across the guide, named and described levels, each with at least one indicator, and
 * keywords that contain words and are not repeated within an indicator.
 *
 * @param data The parsed guide.
 * @param name The guide's name or file path, used in errors.
 * @returns The guide, unchanged.
 * @throws ThresholdGuideError naming the guide, level, indicator and field of the first problem.
 * @example
 * const guide = validateThresholdGuide(JSON.parse(json), 'continuum-of-need.json');
 */
export function validateThresholdGuide(data: unknown, name: string): ThresholdGuide {
  type Where = ConstructorParameters<typeof ThresholdGuideError>[1];
  const fail = (where: Where, problem: string): never => {
    throw new ThresholdGuideError(name, where, problem);
  };
  const unknownFields = (record: Record<string, unknown>, known: ReadonlySet<string>, where: Where): void => {
    for (const field of Object.keys(record)) {
      if (!known.has(field)) fail({ ...where, field }, `unknown field; expected one of ${[...known].join(', ')}`);
    }
  };
  if (!isMapping(data)) return fail({}, 'a threshold guide must be a mapping with id, title and levels');
  unknownFields(data, guideFields, {});
  if (typeof data.id !== 'string' || !idPattern.test(data.id))
    fail({ field: 'id' }, 'must be a kebab-case id such as "continuum-of-need"');
  if (!isNonEmptyString(data.title)) fail({ field: 'title' }, 'must be a non-empty string');
  if (data.example !== undefined && typeof data.example !== 'boolean')
    fail({ field: 'example' }, 'must be true or false');
  if (data.source !== undefined && !(typeof data.source === 'string' && urlPattern.test(data.source)))
    fail({ field: 'source' }, 'must be the URL of the published threshold document');
  if (!Array.isArray(data.levels) || data.levels.length === 0)
    return fail({ field: 'levels' }, 'must be a non-empty list of levels');

  const ids = new Map<string, string>();
  const claimId = (id: string, what: string, where: Where): void => {
    const earlier = ids.get(id);
    if (earlier !== undefined) fail({ ...where, field: 'id' }, `duplicate id; ${earlier} already uses it`);
    ids.set(id, what);
  };
  const levelNames = new Map<string, number>();
  for (const [level, levelData] of (data.levels as unknown[]).entries()) {
    if (!isMapping(levelData))
      return fail({ level }, 'each level must be a mapping with id, name, description and indicators');
    const levelId = typeof levelData.id === 'string' ? levelData.id : undefined;
    const at: Where = { level, levelId };
    unknownFields(levelData, levelFields, at);
    if (levelId === undefined || !idPattern.test(levelId))
      fail({ ...at, field: 'id' }, 'must be a kebab-case id such as "universal-partnership"');
    claimId(levelId as string, `level ${level + 1}`, at);
    if (!isNonEmptyString(levelData.name))
      return fail({ ...at, field: 'name' }, 'must be a non-empty string: the level’s name in your threshold document');
    const nameKey = levelData.name.trim().toLowerCase();
    const sameName = levelNames.get(nameKey);
    if (sameName !== undefined) fail({ ...at, field: 'name' }, `the same name as level ${sameName + 1}`);
    levelNames.set(nameKey, level);
    if (!isNonEmptyString(levelData.description))
      fail({ ...at, field: 'description' }, 'must be a non-empty string saying what the level means');
    if (!Array.isArray(levelData.indicators) || levelData.indicators.length === 0)
      return fail({ ...at, field: 'indicators' }, 'must be a non-empty list of indicators');

    for (const [indicator, indicatorData] of (levelData.indicators as unknown[]).entries()) {
      if (!isMapping(indicatorData))
        return fail({ ...at, indicator }, 'each indicator must be a mapping with id, text and keywords');
      const indicatorId = typeof indicatorData.id === 'string' ? indicatorData.id : undefined;
      const here: Where = { ...at, indicator, indicatorId };
      unknownFields(indicatorData, indicatorFields, here);
      if (indicatorId === undefined || !idPattern.test(indicatorId))
        fail({ ...here, field: 'id' }, 'must be a kebab-case id such as "missing-from-home"');
      claimId(indicatorId as string, `indicator ${indicator + 1} of level ${level + 1}`, here);
      if (!isNonEmptyString(indicatorData.text))
        fail({ ...here, field: 'text' }, 'must be a non-empty string describing the indicator');
      const keywords = indicatorData.keywords;
      if (!Array.isArray(keywords) || !keywords.every((keyword) => typeof keyword === 'string'))
        return fail({ ...here, field: 'keywords' }, 'must be a list of words or phrases (it may be empty)');
      const seen = new Set<string>();
      for (const keyword of keywords as string[]) {
        if (keywordWords(keyword).length === 0)
          fail({ ...here, field: 'keywords' }, `${JSON.stringify(keyword)} has no words to match`);
        const key = keyword.trim().replace(/\s+/g, ' ').toLowerCase();
        if (seen.has(key)) fail({ ...here, field: 'keywords' }, `${JSON.stringify(keyword)} is listed twice`);
        seen.add(key);
      }
    }
  }
  return data as unknown as ThresholdGuide;
}
