/** The finding categories. The strings are a public contract: hosts filter and theme by them. */
export const categories = ['victim-blaming', 'jargon', 'deficit', 'write-to-child', 'readability'] as const;
export type Category = (typeof categories)[number];

/** Severities, most serious first, as in @codemirror/lint. */
export const severities = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof severities)[number];

/** Sub-groups of rules, used in RULES.md and coverage counts. */
export const families = [
  'responsibility-shifting',
  'consent-implying',
  'labelling',
  'minimising',
  'adultifying',
  'deficit-label',
  'acronym',
  'service-term',
  'professional-self-reference',
  'other',
] as const;
export type Family = (typeof families)[number];

/** A published guide that rules cite. */
export interface SourceEntry {
  id: string;
  title: string;
  publisher: string;
  year?: number;
  url: string;
}

/** One rule as written in a pack (YAML or JSON), before compilation. */
export interface RuleEntry {
  /** Stable kebab-case id; hosts key ignores and settings by it. */
  id: string;
  category: Category;
  family?: Family;
  severity: Severity;
  /** Pattern strings; see DATA-FORMAT.md for the syntax. */
  patterns: string[];
  /** Replacement wording for the flagged words; each must lint clean. */
  suggestions: string[];
  /** Why it matters, in the project's own words. */
  explanation: string;
  /** Source ids (built-in packs) or URLs (host packs). */
  sources: string[];
  /** Optional short message overriding the category's template. `{actual}` is replaced. */
  message?: string;
  /** Where sources disagree, or other context a reviewer should know. */
  note?: string;
  /** Patterns inside which a match is not flagged. */
  exceptions?: string[];
  /** For acronym rules: the spelled-out form that, once used in a note, lowers the acronym to a hint. */
  acronym?: { expansion: string };
  /** Match letter case exactly (for acronyms that are also ordinary words). @default false */
  caseSensitive?: boolean;
}

/** A validated rule with its sources resolved to URLs. */
export interface Rule extends Omit<RuleEntry, 'sources'> {
  family: Family;
  sources: SourceEntry[];
  /** The pack (file) the rule came from, for error messages and RULES.md. */
  pack: string;
}

/** A built-in rule as stored in the generated module: sources by id. */
export interface BuiltinRuleEntry extends RuleEntry {
  pack: string;
}
