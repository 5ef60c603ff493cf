import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import {
  bracketedAcronymMessage,
  explainedAcronymMessage,
  ruleMessageTemplate,
  formatMessage,
  resolveHits,
  severities,
  type Hit,
  type RuleDetails,
  type Severity,
  type Token,
  withInnerWord,
} from '@casenote/rules';
import { evaluateConditions, type Verdict } from './context/conditions.ts';
import { locate, readNoteFacts, type NoteFacts } from './context/note-facts.ts';
import { markChildReaders } from './context/child-wording.ts';
import type { CompiledRules } from './compile-rules.ts';
import { normalisePhrase } from './normalise-phrase.ts';
import { treeSentences, type ParsedSentence } from './note-sentences.ts';
import { fitAndCheck } from './fit/offer.ts';
import { conceptNamed } from './fit/concept-named.ts';
import { definedWhereUsed, quotedToCriticise } from './fit/quoted.ts';
import { labelReported } from './fit/reported-label.ts';
import { anotherTermsAcronym } from './fit/bracketed.ts';
import { definesCategory, namesPeople } from './fit/category.ts';
import { heldSuggestions } from './fit/held-fixes.ts';
import { RememberedFits, suggestsYou } from './fit/remembered.ts';
import { FindingFixes } from './finding-fixes.ts';
import type { Diagnostic } from './diagnostic.ts';
import { explain } from './explain.ts';
import { cipherReadAsName, initialsReadAsName } from './initials-as-name.ts';
import { exceptedAcrossSerialComma } from './serial-comma.ts';
import { bracketBetween, explainedBeside } from './spelled-out-beside.ts';
import { coverIndex, pointFinder } from './points.ts';
import { flaggedAcrossAside, readThroughNameAsides } from './name-asides.ts';

/** The fields a case-note message carries beyond vfile's own. */
export interface CaseNoteMessageData {
  diagnostic: Diagnostic;
}

interface Found {
  hit: Hit;
  from: number;
  to: number;
  /** The sentence's words, for fitting suggestions to it. */
  tokens: Token[];
  /** For a rule with conditions: what they decided here (set from the start, so every finding has one shape). */
  verdict: Verdict | undefined;
  /** For a rule with `childSuggestions`: whether the sentence is written to the child (undefined otherwise). */
  toChild?: boolean;
}

/**
 * The retext plugin that runs the compiled phrase rules: one pass over each sentence's words for all
 * rules, then one vfile message per finding (with `ruleId`, `source`, `actual`, `expected`, `note`,
 * `url`, and the full diagnostic in `data`). `note` is the finding's explanation (`explain`), from
 * `details` or the details the page has loaded.
 */
export function retextCaseNote(compiled: CompiledRules, details?: RuleDetails) {
  return function transformer(tree: Root, file: VFile): void {
    const text = String(file.value);
    const diagnostics = findDiagnostics(treeSentences(tree, text), text, compiled);
    if (diagnostics.length === 0) return;
    const toPoint = pointFinder(text);
    withoutStackTraces(() => {
      for (const diagnostic of diagnostics) {
        const message = file.message(diagnostic.message, {
          place: { start: toPoint(diagnostic.from), end: toPoint(diagnostic.to) },
          ruleId: diagnostic.ruleId,
          source: 'casenote',
        });
        message.actual = diagnostic.actual;
        message.expected = diagnostic.suggestions;
        message.url = diagnostic.source;
        message.note = explain(diagnostic, details);
        message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined;
        (message as unknown as { data: CaseNoteMessageData }).data = { diagnostic };
      }
    });
  };
}

/**
 * The compiled phrase rules' findings in a parsed note, in the order they were found: what the
 * retext plugin reports, without vfile (the linter calls this directly).
 */
export function findDiagnostics(
  sentences: readonly ParsedSentence[],
  text: string,
  compiled: CompiledRules,
): Diagnostic[] {
  const found: Found[] = [];
  // where each acronym rule's spelled-out form stands in the note: before the acronym, or just after it
  const expansions: Expansion[] = [];
  const allTokens: Token[][] = [];
  // every rule's matches, exceptions and spelled-out forms, which the abbreviation check leaves to them
  const matched: Array<{ from: number; to: number }> = [];
  matchSentences(sentences, compiled, { found, expansions, matched, allTokens, text });
  const abbreviations = compiled.abbreviations
    ? compiled.abbreviations.find(sentences, text, compiled.abbreviations, {
        covered: coverIndex(matched),
        allow: compiled.allow,
        names: compiled.names,
      })
    : [];
  if (found.length === 0) return abbreviations;
  // the note's facts, read once and only when a finding needs them
  let facts: NoteFacts | undefined;
  const readFacts = (): NoteFacts =>
    (facts ??= readNoteFacts(
      text,
      sentences,
      compiled.context,
      allTokens,
      compiled.indicators,
      compiled.readers,
      (from, to) => found.some((finding) => finding.from < to && from < finding.to),
    ));
  if (compiled.conditioned) {
    judgeConditioned(found, compiled, readFacts);
    markChildReaders(found, compiled, readFacts);
  }
  const diagnostics = toDiagnostics(found, compiled, text, expansions);
  for (const abbreviation of abbreviations) diagnostics.push(abbreviation);
  return diagnostics;
}

/** What matching a note's sentences gathers. */
interface Gathered {
  found: Found[];
  /** The note, for reading the marks between words. */
  text: string;
  expansions: Expansion[];
  matched: Array<{ from: number; to: number }>;
  allTokens: Token[][];
}

/**
 * Each sentence's matches: the loops of a lint are small functions of their own, so the engine
 * optimises them within the first lints instead of compiling a long once-a-lint function (with
 * everything it inlines) during later ones.
 */
function matchSentences(sentences: readonly ParsedSentence[], compiled: CompiledRules, gathered: Gathered): void {
  for (let index = 0; index < sentences.length; index += 1) {
    const { tokens } = sentences[index] as ParsedSentence;
    if (tokens.length === 0) continue;
    if (compiled.conditioned) gathered.allTokens.push(tokens);
    matchSentence(tokens, compiled, gathered);
  }
}

/** The diagnostics of the findings the conditions kept, in the order they were found. */
function toDiagnostics(
  found: readonly Found[],
  compiled: CompiledRules,
  text: string,
  expansions: readonly Expansion[],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const fits = new RememberedFits(compiled.matcher, text);
  // each finding's fixes are checked when its suggestions are first read (a nested finding's withheld then)
  const fixes = new FindingFixes();
  for (let index = 0; index < found.length; index += 1) {
    const finding = found[index] as Found;
    if (finding.verdict?.kind === 'skip') continue;
    const diagnostic = toDiagnostic(finding, compiled, text, expansions, fits, fixes);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/**
 * The matches in one sentence's words, added to the note's: a function of its own, called for each
 * sentence, so the engine optimises it early instead of compiling the once-a-lint loop around it
 * again with everything it calls.
 */
function matchSentence(written: Token[], compiled: CompiledRules, gathered: Gathered): void {
  const { found, expansions, matched, text } = gathered;
  let hits = compiled.matcher.match(written);
  // rules read past a bracketed name ("Child A (Jane Smith) was …"); the analysis keeps every word
  const tokens = readThroughNameAsides(written, text, hits);
  if (tokens !== written) hits = compiled.matcher.match(tokens);
  if (compiled.abbreviations)
    for (const hit of hits)
      matched.push({
        from: (tokens[hit.fullStart] as Token).start,
        to: (tokens[hit.fullEnd - 1] as Token).end,
      });
  for (const hit of hits) {
    if (hit.kind !== 'expansion') continue;
    expansions.push({
      rule: hit.rule,
      start: (tokens[hit.start] as Token).start,
      end: (tokens[hit.end - 1] as Token).end,
    });
  }
  for (const hit of resolveHits(hits)) {
    const first = tokens[hit.start];
    const last = tokens[hit.end - 1];
    if (!first || !last || exceptedAcrossSerialComma(hit, tokens, text, compiled)) continue;
    if (initialsReadAsName(hit, tokens, text) || cipherReadAsName(hit, tokens, text)) continue;
    // a term read with a possessive ending ("a looked after child's care") ends before the "'s"
    found.push({ hit, from: first.start, to: hit.possessive ? last.end - 2 : last.end, tokens, verdict: undefined });
  }
}

/**
 * Decides each match of a conditioned rule from what the note says (the facts are read once, and
 * only when such a rule matched). A conditioned match inside another rule's finding is left to that
 * rule ("older boyfriend" says more than "boyfriend").
 */
function judgeConditioned(found: Found[], compiled: CompiledRules, readFacts: () => NoteFacts): void {
  const conditioned: Found[] = [];
  const others: Found[] = [];
  splitConditioned(found, compiled, conditioned, others);
  if (conditioned.length === 0) return;
  judgeEach(conditioned, compiled, coverIndex(others), readFacts);
  // two conditioned rules on overlapping words ("working as an escort", "an escort"): the longer says more
  const kept = conditioned
    .filter((finding) => finding.verdict?.kind !== 'skip')
    .sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const taken: Found[] = [];
  for (const finding of kept) {
    if (taken.some((other) => other.from < finding.to && finding.from < other.to)) finding.verdict = { kind: 'skip' };
    else taken.push(finding);
  }
}

/** The findings of rules with conditions, and the others, each in the order found. */
function splitConditioned(
  found: readonly Found[],
  compiled: CompiledRules,
  conditioned: Found[],
  others: Found[],
): void {
  for (let index = 0; index < found.length; index += 1) {
    const finding = found[index] as Found;
    if ((compiled.active[finding.hit.rule] as CompiledRules['active'][number]).rule.when === undefined)
      others.push(finding);
    else conditioned.push(finding);
  }
}

/** Each conditioned finding's verdict from the note's facts (read once, when the first is judged). */
function judgeEach(
  conditioned: readonly Found[],
  compiled: CompiledRules,
  covers: (from: number, to: number) => boolean,
  readFacts: () => NoteFacts,
): void {
  let facts: NoteFacts | undefined;
  for (let index = 0; index < conditioned.length; index += 1) {
    const finding = conditioned[index] as Found;
    if (covers(finding.from, finding.to)) {
      finding.verdict = { kind: 'skip' };
      continue;
    }
    const { rule } = compiled.active[finding.hit.rule] as CompiledRules['active'][number];
    facts ??= readFacts();
    const site = locate(facts, finding.from, finding.to);
    finding.verdict = site ? evaluateConditions(rule, facts, site) : { kind: 'skip' };
  }
}

/** Where an acronym rule's spelled-out form stands in the note. */
interface Expansion {
  rule: number;
  start: number;
  end: number;
}

/** The less serious of two severities. */
function gentler(a: Severity, b: Severity): Severity {
  return severities.indexOf(a) > severities.indexOf(b) ? a : b;
}

/** The diagnostic for one match, or undefined when the team allows the phrase. */
function toDiagnostic(
  { hit, from, to, tokens, verdict, toChild }: Found,
  compiled: CompiledRules,
  text: string,
  expansions: readonly Expansion[],
  fits: RememberedFits,
  fixes: FindingFixes,
): Diagnostic | undefined {
  const { rule, severity: configured } = compiled.active[hit.rule] as CompiledRules['active'][number];
  const actual = text.slice(from, to);
  if (compiled.allow.size > 0 && compiled.allow.has(normalisePhrase(actual))) return undefined;
  const own = rule.acronym === undefined ? [] : expansions.filter((expansion) => expansion.rule === hit.rule);
  // an acronym whose long form is a plain name, spelled out beside it, has been explained where it stands
  if (rule.acronym?.plain === true && explainedBeside(own, text, from, to, (tokens[0] as Token).start))
    return undefined;
  // a term the sentence defines where it stands, or a word quoted to be criticised: the writer has answered it (quoted.ts)
  const sentenceStart = (tokens[0] as Token).start;
  if (
    rule.category === 'jargon' &&
    (definedWhereUsed(text, sentenceStart, from, to) || conceptNamed(text, sentenceStart, from))
  )
    return undefined;
  const sentenceEnd = (tokens.at(-1) as Token).end;
  if (quotedToCriticise(text, sentenceStart, sentenceEnd, from, to)) return undefined;
  // or a label the sentence reports, criticises or denies (reported-label.ts)
  if (rule.category !== 'jargon' && labelReported(text, sentenceStart, sentenceEnd, from, to)) return undefined;
  // an acronym brought in for another term ("The Learning Agreement (LA)"): not this rule's acronym at all
  if (rule.acronym !== undefined && anotherTermsAcronym(text, from, to, rule.acronym.expansion)) return undefined;
  const earlier = own.some((expansion) => expansion.end <= from);
  // a plain name that is only ever a hint, spelled out earlier in the note: the reader has been told what it is
  if (rule.acronym?.plain === true && rule.severity === 'hint' && earlier) return undefined;
  const beside = !earlier && own.some((expansion) => bracketBetween.test(text.slice(to, expansion.start)));
  const explained = earlier || beside;
  const soft = verdict?.kind === 'soft' ? verdict : undefined;
  const template = explained
    ? beside
      ? bracketedAcronymMessage
      : explainedAcronymMessage
    : (soft?.message ?? ruleMessageTemplate(rule, actual));
  // acronyms and case-sensitive names (Tier 3, Form F): their capitals are the name's, not a sign the
  // plain-words suggestion should start with one
  const isAcronym = rule.family === 'acronym' || rule.acronym !== undefined || rule.caseSensitive === true;
  // each suggestion fitted to the sentence; the range may take in an auxiliary or an article
  // (remembered: an editor lints the note again after each pause, and most sentences are as they were)
  // a rule whose suggestions mostly read wrong in their sentence shows them as wording to consider only: no fix to
  // fit or attach, and the finding keeps the words the rule matched
  // so does a term read with a possessive ending ("a looked after child's care"): a fix would have to say the "'s" too
  // and so does a category the sentence defines ("Relevant Young People are aged 16 or 17 and …"; fit/category.ts)
  const noFix =
    rule.oneClickFix === false ||
    hit.possessive === true ||
    // a fix over words that run across a bracketed name would drop the name
    flaggedAcrossAside(tokens, hit.start, hit.end) ||
    (rule.category === 'jargon' && definesCategory(text, sentenceStart, from, to) && namesPeople(rule.suggestions));
  // in a sentence written to the child, a rule's wording for the child (`childSuggestions`) in place of its own
  const toChildWording = toChild === true && rule.childSuggestions !== undefined ? rule.childSuggestions : undefined;
  // a suggestion the rule's data holds back beside certain words (`fixUnless`; fit/held-fixes.ts)
  const held = heldSuggestions(rule.fixUnless, rule.suggestions, tokens, hit.start, hit.end);
  const ownWording =
    held.size === 0 ? toChildWording : (toChildWording ?? rule.suggestions).filter((s) => !held.has(s));
  const noOneClick = noFix || ownWording?.length === 0;
  // a term read with an inner word ("significant emotional harm") keeps that word in its fixes
  const suggestions =
    hit.inner === undefined
      ? ownWording
      : withInnerWord(
          ownWording ?? rule.suggestions,
          (tokens[hit.end - 1] as Token).lower,
          text.slice((tokens[hit.inner] as Token).start, (tokens[hit.inner] as Token).end),
        );
  const offered = noOneClick
    ? undefined
    : fits.fits(
        toChildWording === undefined ? hit.rule : `${hit.rule} child`,
        hit.start,
        hit.end,
        (tokens[0] as Token).start,
        (tokens.at(-1) as Token).end,
        suggestsYou(suggestions ?? rule.suggestions),
        () => fitAndCheck(compiled, hit.rule, { text, tokens, start: hit.start, end: hit.end }, isAcronym, suggestions),
      );
  // (with no fix left, the finding keeps the words the rule matched)
  const range = offered ?? { from, to };
  const diagnostic: Diagnostic = {
    from: range.from,
    to: range.to,
    ruleId: rule.id,
    category: rule.category,
    severity: explained ? 'hint' : soft ? gentler(configured, soft.severity) : configured,
    message: formatMessage(template, actual),
    // a host pack's rule carries its explanation; a built-in rule's is in the rule details (`explain`)
    ...(rule.explanation !== undefined && { explanation: rule.explanation }),
    actual: text.slice(range.from, range.to),
    suggestions: offered ? noSuggestions : [],
    ...(noOneClick && { consider: [...(toChildWording ?? rule.suggestions)] }),
    source: rule.sources[0]?.url,
  };
  if (offered) fixes.attach(diagnostic, offered.fixes);
  return diagnostic;
}

/** The placeholder each finding's `suggestions` has until `FindingFixes.attach` replaces it (never read). */
const noSuggestions: string[] = [];

/**
 * vfile messages are Errors: capturing a stack for each of thousands of findings costs more than
 * finding them, and a lint message's stack says nothing useful.
 */
function withoutStackTraces(work: () => void): void {
  const v8Error = Error as { stackTraceLimit?: number };
  const limit = v8Error.stackTraceLimit;
  v8Error.stackTraceLimit = 0;
  try {
    work();
  } finally {
    v8Error.stackTraceLimit = limit;
  }
}
