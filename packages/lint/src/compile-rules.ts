import { getBuiltinIndicators, getBuiltinLintRules, Matcher, type LintRule, type Severity } from '@casenote/rules';
import { normalisePhrase } from './normalise-phrase.ts';
import { effectiveSeverity } from './severity.ts';
import type { NoteContext } from './analyse/types.ts';
import type { AbbreviationCheck } from './abbreviations/find-abbreviations.ts';
import type { CompiledIndicators } from './context/note-facts.ts';
import type { LintOptions } from './types.ts';

/** A rule ready to run: its effective severity after options. */
export interface ActiveRule {
  rule: LintRule;
  severity: Severity;
}

/** Rules and matcher compiled once per linter. */
export interface CompiledRules {
  active: ActiveRule[];
  matcher: Matcher;
  allow: Set<string>;
  /** Whether any active rule has `when` conditions (the context layer runs only then). */
  conditioned: boolean;
  /** The harm indicators, compiled when an active rule asks about them. */
  indicators: CompiledIndicators | undefined;
  /** The host's child and household, which conditions about the child read. */
  context: NoteContext | undefined;
  /** The unexplained-abbreviation check, when its rule is on. */
  abbreviations: AbbreviationCheck | undefined;
  /** The host's names for the child and household (lower case), which the abbreviation check leaves alone. */
  names: ReadonlySet<string>;
}

/**
 * Applies severities and compiles every active rule, built-in and the host's, into one matcher.
 * The options and host rules come checked (`checkLinterOptions`): a linter with no options checks
 * nothing, so its bundle leaves the checking code out.
 *
 * @param options Checked options (`options.extraRules` is not read: pass the checked rules).
 * @param extra The host packs' rules, checked.
 */
export function compileRules(options: LintOptions = {}, extra: readonly LintRule[] = []): CompiledRules {
  // the rules without the catalogue's text (notes, sources' titles): a linter never shows it
  const all = [...getBuiltinLintRules(), ...extra];
  const active: ActiveRule[] = [];
  for (const rule of all) {
    const severity = effectiveSeverity(
      { ruleId: rule.id, category: rule.category, severity: rule.severity, optIn: rule.optIn },
      options,
    );
    if (severity !== 'off') active.push({ rule, severity });
  }
  const matcher = new Matcher(
    active.map(({ rule }, index) => ({
      rule: index,
      patterns: rule.patterns,
      exceptions: rule.exceptions,
      expansions: rule.acronym ? [rule.acronym.expansion] : undefined,
      caseSensitive: rule.caseSensitive,
    })),
  );
  const conditioned = active.some(({ rule }) => rule.when !== undefined);
  const people = [options.context?.child, ...(options.context?.household ?? [])];
  const names = people.flatMap((person) => (person ? [person.name, ...(person.aliases ?? [])] : []));
  const needsIndicators = active.some(({ rule }) => rule.when?.indicators !== undefined);
  return {
    active,
    matcher,
    allow: new Set((options.allow ?? []).map(normalisePhrase)),
    conditioned,
    indicators: needsIndicators ? compileIndicators() : undefined,
    context: options.context,
    abbreviations: active.find(({ rule }) => rule.check === 'unexplained-abbreviation'),
    names: new Set(names.map((name) => name.toLowerCase())),
  };
}

function compileIndicators(): CompiledIndicators {
  const indicators = getBuiltinIndicators();
  return {
    ids: indicators.map((indicator) => indicator.id),
    matcher: new Matcher(indicators.map((indicator, index) => ({ rule: index, patterns: indicator.phrases }))),
  };
}
