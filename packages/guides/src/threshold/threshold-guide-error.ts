import { DataError, type DataLocation } from '@casenote/rules';

/**
 * A threshold guide that failed validation. Like every `DataError`, the message names the guide, the
 * level, the indicator and the field:
 * `guide.json: level 2 ("universal-partnership"): indicator 3 ("no-gp"): field "keywords": …`.
 */
export class ThresholdGuideError extends DataError {
  override name = 'ThresholdGuideError';
  /** The guide's name as given to the validator (file path or a name). */
  readonly guide: string;
  /** The 0-based level index, if the problem is in one level. */
  readonly level: number | undefined;
  readonly levelId: string | undefined;
  /** The 0-based indicator index within the level, if the problem is in one indicator. */
  readonly indicator: number | undefined;
  readonly indicatorId: string | undefined;
  constructor(
    guide: string,
    where: { level?: number; levelId?: string; indicator?: number; indicatorId?: string; field?: string },
    problem: string,
  ) {
    const path: DataLocation[] = [];
    if (where.level !== undefined) path.push({ kind: 'level', index: where.level, id: where.levelId });
    if (where.indicator !== undefined) path.push({ kind: 'indicator', index: where.indicator, id: where.indicatorId });
    super(guide, path, where.field, problem);
    this.guide = guide;
    this.level = where.level;
    this.levelId = where.levelId;
    this.indicator = where.indicator;
    this.indicatorId = where.indicatorId;
  }
}
