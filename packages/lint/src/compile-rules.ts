import {
  getBuiltinIndicatorPhrases,
  getBuiltinRulesToRun,
  Matcher,
  type LintRule,
  type RuleToRun,
  type Severity,
} from '@casenote/rules';
import { isPluralNoun, pluralOf } from './fit/noun-number.ts';
import { normalisePhrase } from './normalise-phrase.ts';
import { effectiveSeverity } from './severity.ts';
import type { NoteContext } from './analyse/types.ts';
import type { AbbreviationCheck, findUnexplainedAbbreviations } from './abbreviations/find-abbreviations.ts';
import type { CompiledIndicators, ReaderReading } from './context/note-facts.ts';
import type { Check } from '@casenote/rules';
import type { LintOptions } from './types.ts';

/**
 * The code of each general check (`check:` in the rule data), passed to `compileRules` by the
 * linters that may turn one on (see `abbreviations/general-checks.ts`); a linter that never can
 * (no options, every check opt-in) passes none, so its bundle leaves the code out.
 */
export type GeneralChecks = Record<Check, typeof findUnexplainedAbbreviations>;

/** The unexplained-abbreviation check when its rule is on: the rule, its severity and the check's code. */
export interface ActiveAbbreviationCheck extends AbbreviationCheck {
  find: GeneralChecks['unexplained-abbreviation'];
}

/** A rule ready to run: its effective severity after options. */
export interface ActiveRule {
  rule: RuleToRun;
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
  abbreviations: ActiveAbbreviationCheck | undefined;
  /** The host's names for the child and household (lower case), which the abbreviation check leaves alone. */
  names: ReadonlySet<string>;
  /**
   * The analysis's reading of which sentences are written to the child (`reader: child`), passed by the linter that
   * ships the analysis (`createLinter`); without it (`lintRules`, `createRuleLinter`) no sentence is read as written
   * to the child, so the bundle of the rule packs alone leaves the analysis out.
   */
  readers: ReaderReading | undefined;
}

/**
 * Applies severities and compiles every active rule, built-in and the host's, into one matcher.
 * The options and host rules come checked (`checkLinterOptions`): a linter with no options checks
 * nothing, so its bundle leaves the checking code out.
 *
 * @param options Checked options (`options.extraRules` is not read: pass the checked rules).
 * @param extra The host packs' rules, checked.
 * @param checks The general checks' code; required when an active rule names a check.
 * @throws Error when an active rule names a check whose code was not passed.
 */
export function compileRules(
  options: LintOptions = {},
  extra: readonly LintRule[] = [],
  checks?: GeneralChecks,
  readers?: ReaderReading,
): CompiledRules {
  // the rules without the catalogue's text (notes, sources' titles) or their packs: a linter never shows them
  const all: RuleToRun[] = [...getBuiltinRulesToRun(), ...extra];
  const active: ActiveRule[] = [];
  for (const rule of all) {
    const severity = effectiveSeverity(
      { ruleId: rule.id, category: rule.category, severity: rule.severity, optIn: rule.optIn },
      options,
    );
    if (severity !== 'off') active.push({ rule, severity });
  }
  const matcher = matcherFor(active, extra.length === 0);
  // the note's facts are read for conditions and for a rule's wording for the child
  const conditioned = active.some(({ rule }) => rule.when !== undefined || rule.childSuggestions !== undefined);
  const people = [options.context?.child, ...(options.context?.household ?? [])];
  const names = people.flatMap((person) => (person ? [person.name, ...(person.aliases ?? [])] : []));
  const needsIndicators = active.some(
    ({ rule }) => rule.when?.indicators !== undefined || rule.when?.near !== undefined,
  );
  const abbreviations = active.find(({ rule }) => rule.check === 'unexplained-abbreviation');
  const findAbbreviations = checks?.['unexplained-abbreviation'];
  if (abbreviations && !findAbbreviations)
    throw new Error(
      `the rule "${abbreviations.rule.id}" is on but the linter was compiled without its check's code (pass generalChecks)`,
    );
  return {
    active,
    matcher,
    allow: new Set((options.allow ?? []).map(normalisePhrase)),
    conditioned,
    indicators: needsIndicators ? compileIndicators() : undefined,
    context: options.context,
    abbreviations: abbreviations && findAbbreviations ? { ...abbreviations, find: findAbbreviations } : undefined,
    names: new Set(names.map((name) => name.toLowerCase())),
    readers,
  };
}

/**
 * Matchers already compiled for sets of built-in rules, by the active rules' ids: a host that gives the
 * linter a new child or household (or severities that turn no rule on or off) gets a linter at once,
 * not after compiling a thousand rules again. A matcher only reads its rules after it is built (its
 * one memo is filled the same way whoever asks), so linters can share it. Host packs' rules are new
 * objects each time and are compiled each time. The few newest sets are kept.
 */
const builtinMatchers = new Map<string, Matcher>();
const keptMatchers = 4;

function matcherFor(active: readonly ActiveRule[], builtinOnly: boolean): Matcher {
  const key = builtinOnly ? active.map(({ rule }) => rule.id).join('\n') : undefined;
  const kept = key === undefined ? undefined : builtinMatchers.get(key);
  if (kept) return kept;
  const matcher = new Matcher(
    active.map(({ rule }, index) => ({
      rule: index,
      patterns: rule.patterns,
      exceptions: rule.exceptions,
      // the spelled-out form read with its last word plural too, so "Independent Reviewing Officers (IROs)" is
      // explained as "Independent Reviewing Officer (IRO)" is (precision41b)
      expansions: rule.acronym ? withPlural(rule.acronym.expansion) : undefined,
      caseSensitive: rule.caseSensitive,
      // service terms are read with an inner word before their last ("significant emotional harm")
      innerWords: rule.category === 'jargon',
      // and with a possessive ending on their last word ("a looked after child's care")
      possessives: rule.category === 'jargon',
    })),
  );
  if (key !== undefined) {
    if (builtinMatchers.size >= keptMatchers) builtinMatchers.delete(builtinMatchers.keys().next().value as string);
    builtinMatchers.set(key, matcher);
  }
  return matcher;
}

/** A spelled-out form and, when its last word is a singular noun, the form with that word plural. */
function withPlural(expansion: string): string[] {
  const words = expansion.split(' ');
  const last = words.at(-1) as string;
  if (!/^\p{L}+$/u.test(last) || isPluralNoun(last.toLowerCase()) || /s$/i.test(last)) return [expansion];
  return [expansion, [...words.slice(0, -1), pluralOf(last)].join(' ')];
}

let indicators: CompiledIndicators | undefined;

/** The harm indicators' matcher: built-in data only, so compiled once. */
function compileIndicators(): CompiledIndicators {
  if (indicators) return indicators;
  const phrases = getBuiltinIndicatorPhrases();
  indicators = {
    ids: phrases.map((indicator) => indicator.id),
    matcher: new Matcher(phrases.map((indicator, index) => ({ rule: index, patterns: indicator.phrases }))),
  };
  return indicators;
}
