/**
 * A threshold guide that failed validation. The message names the guide, the level, the indicator and
 * the field, in the style of `RulePackError`:
 * `guide.json: level 2 ("universal-partnership"): indicator 3 ("no-gp"): field "keywords": …`.
 */
export class ThresholdGuideError extends Error {
  override name = 'ThresholdGuideError';
  /** The guide's name as given to the validator (file path or a name). */
  readonly guide: string;
  /** The 0-based level index, if the problem is in one level. */
  readonly level: number | undefined;
  readonly levelId: string | undefined;
  /** The 0-based indicator index within the level, if the problem is in one indicator. */
  readonly indicator: number | undefined;
  readonly indicatorId: string | undefined;
  readonly field: string | undefined;
  readonly problem: string;
  constructor(
    guide: string,
    where: { level?: number; levelId?: string; indicator?: number; indicatorId?: string; field?: string },
    problem: string,
  ) {
    const named = (kind: string, index: number | undefined, id: string | undefined): string | undefined =>
      index === undefined ? undefined : `${kind} ${index + 1}${id ? ` ("${id}")` : ''}`;
    const parts = [
      guide,
      named('level', where.level, where.levelId),
      named('indicator', where.indicator, where.indicatorId),
      where.field === undefined ? undefined : `field "${where.field}"`,
    ].filter(Boolean);
    super(`${parts.join(': ')}: ${problem}`);
    this.guide = guide;
    this.level = where.level;
    this.levelId = where.levelId;
    this.indicator = where.indicator;
    this.indicatorId = where.indicatorId;
    this.field = where.field;
    this.problem = problem;
  }
}
