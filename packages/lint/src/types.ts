import type { Category, RuleEntry, Severity } from '@casenote/rules';
import type { AnalyseOptions, NoteContext } from './analyse/types.ts';
import type { Diagnostic } from './diagnostic.ts';

export type { Category, Severity, RuleEntry, Diagnostic };

/** A severity, or `'off'` to turn a rule or category off. */
export type SeverityOrOff = Severity | 'off';

/** A host rule pack: the entries plus a name used in validation errors. */
export interface RulePack {
  /** Where the pack came from (file path or a name); named in validation errors. */
  name: string;
  rules: RuleEntry[];
}

export interface LintOptions {
  /** Severity overrides, or `'off'`, by rule id. Wins over `categories`. */
  rules?: Record<string, SeverityOrOff>;
  /** Severity overrides, or `'off'`, by category. */
  categories?: Partial<Record<Category, SeverityOrOff>>;
  /** Phrases a team accepts: a finding whose text equals one of these (ignoring case) is dropped. */
  allow?: string[];
  /** Host rule packs in the same data format as the built-in packs; validated when the linter is created. */
  extraRules?: RulePack[];
  /** The child the note is written to and the household, for the whole-note analysis. */
  context?: NoteContext;
  /**
   * Options for the whole-note analysis (written to the child, child's voice, household, reading
   * age), or `false` to leave it out (an editor linting block by block runs `analyseNote` on the
   * whole note separately). @default {}
   */
  analysis?: AnalyseOptions | false;
  /** Only `'en-GB'` is supported. @default 'en-GB' */
  locale?: 'en-GB';
}
