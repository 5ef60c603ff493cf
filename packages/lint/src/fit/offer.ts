/**
 * What a phrase rule's finding offers: each of the rule's suggestions fitted to its sentence, in the
 * capitals of the words it replaces, kept if it reads cleanly and the rule would not flag it again.
 * Reading the place and checking how each fix reads are most of a finding's cost, and only the
 * fixes need them: where every suggestion's fit covers just the flagged words, the finding's range
 * is theirs whichever fixes are kept, and the rest waits until its suggestions are first read
 * (`OfferedFixes`).
 */
import type { CompiledRules } from '../compile-rules.ts';
import { matchCase } from '../match-case.ts';
import type { Fitted } from './fit-suggestion.ts';
import { cleanFixes, fitEach, rangeOf, ruleLemmas, stillFlagged, suitedFits, type FitContext } from './index.ts';

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
  const context = { ...where, ruleLemmas: ruleLemmas(rule), category: rule.category };
  const first = context.tokens[context.start];
  const last = context.tokens[context.end - 1];
  const from0 = first?.start ?? 0;
  const to0 = last?.end ?? 0;
  const fitted = fitEach(context, rule.suggestions);
  const applyCase = (suggestion: string, replaced: string, startsSentence: boolean): string =>
    matchCase(suggestion, replaced, startsSentence, isAcronym);
  const check = (fits: Fitted[], range: { from: number; to: number }): string[] =>
    cleanFixes(context.text, fits, range, applyCase).filter(
      (fix) => !stillFlagged(compiled.matcher, ruleNumber, context, range.from, range.to, fix),
    );
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
  const fits = suitedFits(context, rule.suggestions, fitted);
  const range = fits.length === 0 ? undefined : rangeOf(context.text, fits, from0, to0);
  const suggestions = range === undefined ? [] : check(fits, range);
  return suggestions.length > 0
    ? { from: (range as { from: number }).from, to: (range as { to: number }).to, fixes: new OfferedFixes(suggestions) }
    : { from: from0, to: to0, fixes: noFixes };
}
