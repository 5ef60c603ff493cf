/**
 * What a phrase rule's finding offers: each of the rule's suggestions fitted to its sentence, in the
 * capitals of the words it replaces, kept if it reads cleanly and the rule would not flag it again.
 * Reading the place and checking how each fix reads are most of a finding's cost, and only the
 * fixes need them: where every suggestion's fit covers just the flagged words, the finding's range
 * is theirs whichever fixes are kept, and the rest waits until its suggestions are first read
 * (`OfferedFixes`). Where a fit takes in a word beside them, the range needs only the fits reaching out and one
 * fix that reads cleanly (`widerOffer`).
 */
import type { CompiledRules } from '../compile-rules.ts';
import { matchCase } from '../match-case.ts';
import { fitsStayInside, type Fitted } from './fit-suggestion.ts';
import {
  cleanFixes,
  fitEach,
  fixOver,
  rangeOf,
  readsCleanlyOver,
  ruleLemmas,
  stillFlagged,
  suitedFits,
  suitsItsPlace,
  type FitContext,
} from './index.ts';
import { balanceQuotes } from './guard.ts';
import { readPlace } from './place.ts';

/** A finding's fixes: known, or worked out (once) when first asked for. */
export class OfferedFixes {
  #work: (() => string[]) | undefined;
  #fixes: readonly string[] | undefined;

  constructor(fixes: readonly string[] | undefined, work?: () => string[]) {
    this.#fixes = fixes;
    this.#work = work;
  }

  /** The fixes (never changed: each finding takes a copy). */
  get(): readonly string[] {
    if (this.#fixes === undefined) {
      this.#fixes = (this.#work as () => string[])();
      // the sentence's words and the note are no longer held
      this.#work = undefined;
    }
    return this.#fixes;
  }
}

/** A finding's range and its fixes; with no fix, the range is the flagged words'. */
export interface Offered {
  from: number;
  to: number;
  fixes: OfferedFixes;
}

const noFixes = new OfferedFixes([]);

/**
 * Each of a rule's suggestions fitted to the sentence, kept if it reads cleanly and the rule would
 * not flag it again; the range may take in an auxiliary or an article (only when some fix is kept).
 */
export function fitAndCheck(
  compiled: CompiledRules,
  ruleNumber: number,
  where: Omit<FitContext, 'ruleLemmas'>,
  isAcronym: boolean,
  /** The suggestions to fit, when not the rule's own (a term read with an inner word: `withInnerWord`). */
  readWith?: readonly string[],
): Offered {
  const { rule: builtIn } = compiled.active[ruleNumber] as CompiledRules['active'][number];
  const rule = readWith === undefined ? builtIn : { ...builtIn, suggestions: [...readWith] };
  const context = { ...where, ruleLemmas: ruleLemmas(rule), category: rule.category, family: rule.family };
  const first = context.tokens[context.start];
  const last = context.tokens[context.end - 1];
  const from0 = first?.start ?? 0;
  const to0 = last?.end ?? 0;
  const applyCase = (suggestion: string, replaced: string, startsSentence: boolean): string =>
    matchCase(suggestion, replaced, startsSentence, isAcronym);
  const check = (fits: Fitted[], range: { from: number; to: number }): string[] =>
    cleanFixes(context.text, fits, range, applyCase).filter(
      (fix) => !stillFlagged(compiled.matcher, ruleNumber, context, range.from, range.to, fix),
    );
  // no fit can take in a word beside the flagged words: the range is known before any is fitted
  if (fitsStayInside(context, rule.suggestions)) {
    const own = balanceQuotes(context.text, from0, to0);
    if (own !== undefined && own.from === from0 && own.to === to0)
      return {
        from: from0,
        to: to0,
        fixes: new OfferedFixes(undefined, () => {
          const fits = suitedFits(context, rule.suggestions, fitEach(context, rule.suggestions));
          return fits.length === 0 ? [] : check(fits, own);
        }),
      };
  }
  const fitted = fitEach(context, rule.suggestions);
  // every fit covers the flagged words alone: the range is theirs whichever fixes are kept
  const own = rangeOf(context.text, fitted, from0, to0);
  if (own !== undefined && own.from === from0 && own.to === to0)
    return {
      from: from0,
      to: to0,
      fixes: new OfferedFixes(undefined, () => {
        const fits = suitedFits(context, rule.suggestions, fitted);
        return fits.length === 0 ? [] : check(fits, own);
      }),
    };
  return widerOffer(compiled, ruleNumber, context, rule.suggestions, fitted, applyCase);
}

/**
 * A finding some of whose fits take in a word beside the flagged ones: its range covers every fit that suits
 * its place, when some fix is kept. Only what the range needs is read at once: whether each fit reaching
 * beyond the range so far suits its place, and the fixes in order up to the first that reads cleanly; the
 * rest wait until the suggestions are first read, and give what reading them all at once gives.
 */
function widerOffer(
  compiled: CompiledRules,
  ruleNumber: number,
  context: FitContext,
  suggestions: readonly string[],
  fitted: ReadonlyArray<Fitted | undefined>,
  applyCase: (suggestion: string, replaced: string, startsSentence: boolean) => string,
): Offered {
  const { text, tokens, start, end } = context;
  const from0 = tokens[start]?.start ?? 0;
  const to0 = tokens[end - 1]?.end ?? 0;
  const place = readPlace(context);
  const suited: Array<boolean | undefined> = [];
  const suits = (index: number): boolean => {
    const fit = fitted[index];
    if (fit === undefined) return false;
    suited[index] ??= suitsItsPlace(context, place, suggestions, index, fit);
    return suited[index];
  };
  // the flagged words and every suited fit beyond them (a fit inside the reach so far cannot widen it)
  let low = from0;
  let high = to0;
  for (let index = 0; index < fitted.length; index += 1) {
    const fit = fitted[index];
    if (fit === undefined || (fit.from >= low && fit.to <= high) || !suits(index)) continue;
    if (fit.from < low) low = fit.from;
    if (fit.to > high) high = fit.to;
  }
  const range = balanceQuotes(text, low, high);
  if (range === undefined) return { from: from0, to: to0, fixes: noFixes };
  // each suited fit as the fix over the range, once, in order, while none reads cleanly (see `cleanFixes`)
  const seen: string[] = [];
  let next = 0;
  const nextClean = (): string | undefined => {
    while (next < fitted.length) {
      const index = next;
      next += 1;
      if (!suits(index)) continue;
      const fix = fixOver(text, fitted[index] as Fitted, range, applyCase);
      if (seen.includes(fix)) continue;
      seen.push(fix);
      if (
        readsCleanlyOver(text, range, fix) &&
        !stillFlagged(compiled.matcher, ruleNumber, context, range.from, range.to, fix)
      )
        return fix;
    }
    return undefined;
  };
  const first = nextClean();
  if (first === undefined) return { from: from0, to: to0, fixes: noFixes };
  return {
    from: range.from,
    to: range.to,
    fixes: new OfferedFixes(undefined, () => {
      const fixes = [first];
      for (let fix = nextClean(); fix !== undefined; fix = nextClean()) fixes.push(fix);
      return fixes;
    }),
  };
}
