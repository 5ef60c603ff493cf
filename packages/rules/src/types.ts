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

/**
 * General checks: a rule whose finding is decided by code in the engine rather than by phrase
 * patterns (DATA-FORMAT.md, "General checks"). The rule entry carries everything else a rule has.
 */
export const checks = ['unexplained-abbreviation'] as const;
export type Check = (typeof checks)[number];

/** One of a rule's `fixUnless` conditions (DATA-FORMAT.md). */
export interface FixCondition {
  /** Words or phrases (lower case, whole words) any one of which, in the sentence outside the flagged words, meets it. */
  words: string[];
  /** Only within this many words before or after the flagged words. @default the whole sentence */
  within?: number;
  /** The suggestions held back; all of the rule's when left out. */
  suggestions?: string[];
}

/** A published guide that rules cite. */
export interface SourceEntry {
  id: string;
  title: string;
  publisher: string;
  year?: number;
  url: string;
}

/** Who a conditioned rule's sentence must be about. */
export const subjects = ['child', 'any-child', 'adult-in-trust'] as const;
export type Subject = (typeof subjects)[number];

/** The condition names a rule's `when` may hold (and `otherwise.unknown` may list). */
export const conditionNames = [
  'subject',
  'age',
  'indicators',
  'near',
  'adult',
  'child',
  'pair',
  'about',
  'reference',
  'possessor',
  'reader',
  'speaker',
  'described',
  'gloss',
] as const;
export type ConditionName = (typeof conditionNames)[number];

/**
 * Conditions under which a rule fires at full severity; all must hold. See DATA-FORMAT.md.
 */
export interface RuleConditions {
  /** The person the flagged words are about (the clause's subject, or the possessor: "her boyfriend") is the child, or any child. */
  subject?: Subject;
  /** That person's age, from the host's context or stated in the note ("Jade (15)", "aged 15"). */
  age?: { below?: number; atLeast?: number };
  /** Harm indicators (ids in data/indicators.yml) found anywhere in the note; any one is enough. */
  indicators?: string[];
  /**
   * Indicators (ids in data/indicators.yml) that must each have a phrase in the same sentence as the flagged words; an
   * entry "a|b" is met by either.
   */
  near?: string[];
  /**
   * An adult is described near the flagged words (`described`: by age, "24-year-old", "aged 19", "in his twenties", or
   * as a man, woman or adult), or anywhere in the sentence (`in-sentence`: the same, or a teacher, coach or tutor).
   */
  adult?: 'described' | 'in-sentence';
  /**
   * A child is described in the sentence near the flagged words: by an age under 18 ("a 15-year-old", "aged 12") or a
   * word for a child ("girls", "the pupil", "under-age"). `in-note`: that, or the note names a child and an adult from
   * outside the home before the words, as `pair: child-and-adult` reads them (the sentence may say only "the girl").
   */
  child?: 'described' | 'in-note';
  /**
   * `child-and-adult`: the people the words tell together ("the pair", "the relationship", "the affair") are a child
   * and an adult from outside the child's home, read from the note up to the words: it names a child (a word for a
   * child, an age under 18, "Year 9", the host's child) and such an adult (an age of 18 or over, a man or woman, a
   * teacher or coach). Not met when the sentence names a parent, carer or partner before the words.
   */
  pair?: 'child-and-adult';
  /**
   * `children`: the words are about children's care, not met when the sentence speaks only of adults ("adults
   * receiving residential care", "an elderly man in respite", "prisoners who abscond"). `people`: the words are
   * told of a person, not met when they are told of an organisation ("the Council failed to respond"). Never unknown.
   */
  about?: 'children' | 'people';
  /**
   * `particular`: the words are said of particular people, not met when they are a plural said of a group in general
   * ("keeping siblings together", "the progress of care leavers"); a singular or "her/the/Jacob's siblings" is met.
   * Never unknown.
   */
  reference?: 'particular';
  /**
   * `not-adult`: the people the words name are not an adult's own, not met when the possessive before them is an
   * adult's ("the father's siblings", "the mother said she was estranged from her siblings"). Never unknown.
   */
  possessor?: 'not-adult';
  /**
   * `child`: the sentence is written to the child, as the analysis reads whom the note speaks to (its section speaks
   * to the child, or it speaks to nobody in a note written to the child). Not met otherwise; never unknown. For service
   * words that are jargon to a child reading what is written to them and plain to the adults a record is written for.
   * `family`: the same, or the sentence is written to the child's family: said to an adult the note shows to be a
   * parent or carer ("your child", "as a parent") and never a professional ("your caseload"). For service words that
   * are jargon to children and families alike and plain to professionals ("personal budget", "short breaks").
   */
  reader?: 'child' | 'family';
  /**
   * `not-defence`: the words are not a defence advocate's, quoted: not met when they stand in quotation marks in a
   * sentence that reports the defence ("Nick Dearing, defending, said the teenager was ‘naive’", "counsel for the
   * defendant described him as “naive”"). Never unknown. For a victim-blaming hint a court report or judgment quotes
   * from a plea in mitigation, said of the defendant, not of a child the writer describes.
   */
  speaker?: 'not-defence';
  /**
   * `family`: the person the words describe is in the child's family (a parent, carer, step-parent, Mum or Dad, a
   * relative, the child, or a name the host gave for the child or household), read after the words (the noun they
   * describe: "hostile parents", "the hostile attitude of parents") or before them (the subject: "Mum was hostile").
   * Not met when that person is known to be someone else (a witness, a worker, an inspector, the writer's "I");
   * unknown when the sentence names nobody.
   */
  described?: 'family';
  /**
   * `none`: the flagged words carry no bracketed gloss: not met when a bracket holding words follows them ("Section F
   * (provision)") or they alone fill a bracket after what they name ("the help your child will get (section F)").
   * Never unknown. For a label that is jargon only where nothing beside it says what it names (an EHC plan's section
   * letter).
   */
  gloss?: 'none';
}

/** What a conditioned rule does when a condition cannot be known from the note. */
export interface RuleOtherwise {
  /** The severity of the softer finding (never more severe than the rule's own). */
  severity: Severity;
  /** The softer finding's message, usually a question. `{actual}` is replaced. */
  message?: string;
  /** The conditions that may be unknown for the softer finding; the others must hold. @default all */
  unknown?: ConditionName[];
}

/** A harm indicator: phrases whose presence anywhere in a note tells a conditioned rule what the note is about. */
export interface IndicatorEntry {
  /** Kebab-case id that rules name in `when.indicators`. */
  id: string;
  /** A short human name ("domestic abuse"). */
  name: string;
  /** Pattern strings in the rule pattern syntax. */
  phrases: string[];
  /** Source ids: guidance that names these phrases as signs of this harm. */
  sources: string[];
  note?: string;
}

/** One rule as written in a pack (YAML or JSON), before compilation. */
export interface RuleEntry {
  /** Stable kebab-case id; hosts key ignores and settings by it. */
  id: string;
  category: Category;
  family?: Family;
  severity: Severity;
  /** Pattern strings; see DATA-FORMAT.md for the syntax. Empty for a general check (`check`). */
  patterns: string[];
  /** Replacement wording for the flagged words; each must lint clean. May be empty for a general check. */
  suggestions: string[];
  /**
   * Wording offered instead of `suggestions` where the sentence is written to the child (the `reader: child`
   * reading): "the person who chairs your reviews" for "IRO", where a note for adults says "independent reviewing
   * officer". Each must lint clean. Not read by a linter without the note analysis (`lintRules`).
   */
  childSuggestions?: string[];
  /** A general check run by the engine in place of patterns (`patterns: []`). */
  check?: Check;
  /** Off unless the host turns it on by id (`rules: { [id]: severity }`); a category setting does not. @default false */
  optIn?: boolean;
  /**
   * `false` where the rule's suggestions mostly read wrong in place of the flagged words (whose words they are, or
   * what they mean, is not in the sentence): the finding and its card stay, and the suggestions are shown as wording
   * to consider (`Diagnostic.consider`), never as a one-click fix. @default true
   */
  oneClickFix?: false;
  /**
   * Conditions on the suggestions, not on the finding: where one is met in the sentence, the suggestions it names
   * (all of them when it names none) are not offered as a one-click fix; the finding and its card stay. For a
   * suggestion that reads in another sense beside certain words ("sentences" beside "fines").
   */
  fixUnless?: FixCondition[];
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
  /**
   * For acronym rules: the spelled-out form that, once used in a note, lowers the acronym to a hint; `plain`
   * where that long form is a plain name a family understands or can look up (a diagnosis, a national
   * organisation, an ordinary phrase), so the acronym spelled out beside it gets no finding at all.
   */
  acronym?: { expansion: string; plain?: boolean };
  /** Match letter case exactly (for acronyms that are also ordinary words). @default false */
  caseSensitive?: boolean;
  /** Conditions for the rule to fire at full severity (see DATA-FORMAT.md). */
  when?: RuleConditions;
  /** When a condition is unknown: `skip` (the default) or a softer finding. A condition that is known not to hold always skips. */
  otherwise?: 'skip' | RuleOtherwise;
}

/** A validated rule with its sources resolved to URLs. */
export interface Rule extends Omit<RuleEntry, 'sources'> {
  family: Family;
  sources: SourceEntry[];
  /** The pack (file) the rule came from, for error messages and RULES.md. */
  pack: string;
}

/** What the linter needs of a source: its id and address (titles and publishers are for catalogues). */
export type SourceLink = Pick<SourceEntry, 'id' | 'url'>;

/**
 * A rule as the linter runs it: without the reviewer's note, its sources as links. Every `Rule` is
 * one; the built-in rules in this form (`getBuiltinLintRules`) ship without the words a person reads
 * (their explanations are in the rule details, `loadRuleDetails`), while a host pack's rules keep
 * their own explanation.
 */
export interface LintRule extends Omit<Rule, 'note' | 'sources' | 'explanation'> {
  /**
   * Where the rule comes from: a finding links to the first. A built-in rule's is that first alone,
   * as its URL (`getBuiltinSourceLinks` has the ids; `getBuiltinRules` every source a rule cites).
   */
  sources: Array<Pick<SourceLink, 'url'> & Partial<Pick<SourceLink, 'id'>>>;
  /** Why it matters: a host pack's rules carry it; the built-in rules' explanations are in the rule details. */
  explanation?: string;
}

/**
 * A rule as the linter runs it: a `LintRule` without the pack it comes from (the built-in rules a
 * linter runs, `getBuiltinRulesToRun`, leave it out; `getBuiltinLintRules` has it).
 */
export type RuleToRun = Omit<LintRule, 'pack'>;

/** A built-in rule as stored in the generated module: sources by id. */
export interface BuiltinRuleEntry extends RuleEntry {
  pack: string;
}
