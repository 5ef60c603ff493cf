/** A period length from `--compare-periods`: a count of days, weeks, months or years. */
export interface PeriodLength {
  count: number;
  unit: 'd' | 'w' | 'm' | 'y';
}

/** One period of the comparison: dates after `after` up to and including `through`. */
export interface Period {
  label: string;
  /** The day before the period starts (exclusive bound), `yyyy-mm-dd`. */
  after: string;
  /** The period's last day, `yyyy-mm-dd`. */
  through: string;
}

/** At most this many periods are compared (the most recent); older notes are counted as earlier. */
export const maxPeriods = 24;

/** Parses `6m`, `3m`, `1y`, `2w`, `90d`; undefined when the value is not one of these forms. */
export function parsePeriodLength(value: string): PeriodLength | undefined {
  const match = /^\s*(\d{1,3})\s*([dwmy])\s*$/i.exec(value);
  if (!match) return undefined;
  const count = Number(match[1]);
  if (count < 1) return undefined;
  return { count, unit: (match[2] as string).toLowerCase() as PeriodLength['unit'] };
}

/** Moves a `yyyy-mm-dd` date back by `times` period lengths; month ends are kept (31 Aug − 6m = 28/29 Feb). */
export function stepBack(date: string, length: PeriodLength, times: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const amount = length.count * times;
  if (length.unit === 'd' || length.unit === 'w') {
    const days = length.unit === 'w' ? amount * 7 : amount;
    return new Date(Date.UTC(year, month - 1, day - days)).toISOString().slice(0, 10);
  }
  const months = length.unit === 'y' ? amount * 12 : amount;
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Consecutive periods of one length ending on `latest` and reaching back to `earliest`, most recent
 * last (so tables read in time order), at most `maxPeriods`.
 */
export function makePeriods(earliest: string, latest: string, length: PeriodLength): Period[] {
  const periods: Period[] = [];
  for (let step = 0; step < maxPeriods; step += 1) {
    const through = stepBack(latest, length, step);
    const after = stepBack(latest, length, step + 1);
    periods.unshift({ label: `${nextDay(after)} to ${through}`, after, through });
    if (after < earliest) break;
  }
  return periods;
}

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** The label of the period a date falls in, or undefined when it is before them all. */
export function periodOf(date: string, periods: Period[]): string | undefined {
  for (const period of periods) if (date > period.after && date <= period.through) return period.label;
  return undefined;
}
