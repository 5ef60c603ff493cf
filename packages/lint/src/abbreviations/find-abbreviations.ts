/**
 * The unexplained-abbreviation check: a word of 2 to 6 capital letters (digits and a plural "s" allowed:
 * "ICPC", "S47A", "EHCPs") that a reader may not know, used before it is spelled out. Left alone: the
 * abbreviations most readers know, words in capitals for emphasis, headings, postcodes and references, a
 * person's initials, words another rule matched (a specific rule's explanation and plain words win), and
 * every use after the first (the advice is to spell it out the first time).
 */
import { ruleMessageTemplate, formatMessage, type RuleToRun, type Severity, type Token } from '@casenote/rules';
import type { Diagnostic } from '../diagnostic.ts';
import { normalisePhrase } from '../normalise-phrase.ts';
import type { ParsedSentence } from '../note-sentences.ts';
import {
  determiners,
  emphasisWords,
  organisationCues,
  organisationNouns,
  placeBoard,
  publicBodies,
  reportingVerbs,
  romanNumeral,
  serviceNouns,
  wellKnown,
} from './abbreviation-words.ts';
import { readDefinitions, readPeople } from './note-abbreviations.ts';

/** The check's rule entry (`check: unexplained-abbreviation`) and its severity after the host's options. */
export interface AbbreviationCheck {
  rule: RuleToRun;
  severity: Severity;
}

/** What the check needs from the rest of the linter. */
export interface AbbreviationScope {
  /** Whether another rule's match (or exception, or spelled-out form) lies over these offsets. */
  covered: (from: number, to: number) => boolean;
  /** Phrases the team allows (normalised). */
  allow: ReadonlySet<string>;
  /** Names the host gave for the child and household (lower case): never abbreviations. */
  names: ReadonlySet<string>;
}

const shape = /^[A-Z]{2,6}[0-9]{0,2}s?$/;

interface Candidate {
  token: Token;
  key: string;
  sentence: ParsedSentence;
}

/** The abbreviation a token spells, without a plural "s" ("EHCPs" → "EHCP"), or undefined. */
function abbreviationKey(word: string): string | undefined {
  if (!shape.test(word)) return undefined;
  const key = word.endsWith('s') ? word.slice(0, -1) : word;
  if (!/^[A-Z]{2,6}[0-9]{0,2}$/.test(key)) return undefined;
  if (wellKnown.has(word) || wellKnown.has(key) || romanNumeral.test(key)) return undefined;
  if (publicBodies.has(key) || placeBoard.test(key)) return undefined;
  // an adverb in capitals is emphasis, not initials ("was FAIRLY dismissed", "STRICTLY no phones")
  if (emphasisWords.has(word.toLowerCase()) || /^(.)\1+$/.test(key) || /^[A-Z]{3,}LY$/.test(key)) return undefined;
  return key;
}

/** Part of an address, file name, code or reference ("nspcc.org.uk", "AB-1234", "ZW/22"), not a word. */
function inCode(text: string, from: number, to: number): boolean {
  const before = text[from - 1] ?? ' ';
  const after = text[to] ?? ' ';
  const afterNext = text[to + 1] ?? ' ';
  if ('.@/\\#_'.includes(before) || '@/\\_'.includes(after)) return true;
  if (after === '.' && /[A-Za-z0-9]/.test(afterNext)) return true;
  if (after === '-' && /\d/.test(afterNext)) return true;
  if (before === '-' && /\d/.test(text[from - 2] ?? '')) return true;
  // a postcode's outward code, followed by its inward code ("NW10 4AB")
  return /^[A-Z]{1,2}\d/.test(text.slice(from, to)) && /^\s+\d[A-Z]{2}\b/.test(text.slice(to, to + 6));
}

/** Whether the line holding these offsets is written all in capitals (a heading), or the sentence shouts. */
function inCapitals(text: string, from: number, sentence: ParsedSentence): boolean {
  const lineStart = text.lastIndexOf('\n', from) + 1;
  const lineEndAt = text.indexOf('\n', from);
  const line = text.slice(lineStart, lineEndAt === -1 ? text.length : lineEndAt);
  if (!/[a-z]/.test(line) && /[A-Z]{2,}[^A-Z]+[A-Z]{2,}/.test(line)) return true;
  let shouted = 0;
  for (const token of sentence.tokens)
    if (token.exact.length > 1 && token.exact === token.lower.toUpperCase() && emphasisWords.has(token.lower))
      shouted += 1;
  return shouted >= 3;
}

const auxiliaries = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'can',
  'could',
  'should',
  'did',
  'does',
]);

const isCapitals = (word: string): boolean => word.length > 1 && /^[A-Z]+$/.test(word);

/** Words before a service's initials, seldom before a person's ("via LCS", "under PLO", "within MASH"). */
const serviceRoutes = new Set(['via', 'under', 'within', 'through']);

/** Determiners that also open a clause ("that JMK suffered"), so not a sign of a thing. */
const clauseWords = new Set(['that', 'which']);

/** The words just before and after a token, as written ("" across punctuation or at the sentence's edge). */
function neighbours(sentence: ParsedSentence, token: Token): { before: string; after: string } {
  const tokens: readonly Token[] = sentence.tokens;
  const index = tokens.indexOf(token);
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  return {
    before: previous && !token.breakBefore ? previous.exact : '',
    after: next && !next.breakBefore ? next.exact : '',
  };
}

/** Whether the word `pattern` finds next to the letters (its first group, or the whole match) is a public body's initials. */
function besideBody(text: string, pattern: RegExp): boolean {
  const found = pattern.exec(text);
  const word = found?.[1] ?? found?.[0];
  return word !== undefined && /[A-Z]/.test(word.slice(1)) && publicBodies.has(word.toUpperCase());
}

/**
 * A newspaper's opening words in capitals ("A HIGH schoolteacher…", "A POOLE pre-school…"): the first word of a
 * paragraph is "A" and the letters run on into lower case, not into a service noun ("A CAMHS worker" stays).
 */
function pressOpening(text: string, token: Token, after: string): boolean {
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
  return (
    /^\s*(?:A|AN|An)\s+$/.test(text.slice(lineStart, token.start)) && /^[a-z]/.test(after) && !serviceNouns.has(after)
  );
}

/** An organisation described in apposition right after its initials: "ADDISS, the British charity". */
const namedBody =
  /^,\s+(?:the|a|an)\s+(?:[A-Za-z'’-]+\s+){0,3}(?:charity|organisation|organization|company|firm|agency|newspaper|union|trust)\b/;

/**
 * Whether the words around say the letters are not a service's abbreviation: part of a name ("HHJ
 * Chaudhuri", "HMP Wandsworth"), a title or year ("KCSIE 2020"), an organisation ("PRCA members"), or words
 * in capitals ("YOUR FUTURE", "16-YEAR-OLD").
 */
function notAService(text: string, token: Token, before: string, after: string): boolean {
  if (/^[A-Z][a-z]/.test(after) || organisationNouns.has(after.toLowerCase())) return true;
  // after a name ("Liverpool ECHO", "Hyde FC", "Clare Dowse QC"), not after the first word of a sentence
  const lead = text.slice(Math.max(0, token.start - 40), token.start);
  if (
    /^[A-Z][a-z]+$/.test(before) &&
    !determiners.has(before.toLowerCase()) &&
    !/(?:^|[.!?:]\s+|\n\s*)\S+\s+$/.test(lead)
  )
    return true;
  // an organisation's or person's doing or having ("the HSE said", "The GSCE's report", "led by TACT"), or
  // one described on the spot ("the HSE, which was acting…", "ADDISS, the British charity")
  const rest = text.slice(token.end, token.end + 24);
  if (
    reportingVerbs.has(after.toLowerCase()) ||
    /^['’]s\s+(?!(?:as|and|or|are|were|is|was|to|in|on|at|for|which|that)\b)[a-z]/.test(rest)
  )
    return true;
  if (
    organisationCues.test(lead) ||
    /^,\s+(?:which|who)\b/.test(rest) ||
    namedBody.test(text.slice(token.end, token.end + 60))
  )
    return true;
  // listed with a public body's initials ("the DfE, DCLG and HMT"): one of a list of organisations
  if (
    besideBody(lead, /[A-Za-z]+(?=(?:,\s*|\s+(?:and|or|&)\s+)$)/) ||
    besideBody(rest, /^(?:,\s*|\s+(?:and|or|&)\s+)([A-Za-z]+)/)
  )
    return true;
  // a bare name doing something at the start of a sentence ("DSS has worked with my family", "JMK was taken…")
  if (before === '' && /(?:^|[.!?:]\s+|\n\s*)$/.test(lead) && auxiliaries.has(after.toLowerCase())) return true;
  // a year after it: a title or a reference ("KCSIE 2020", "(Children's NSF, 2004)")
  if (/^\s*\d|^,\s*(?:19|20)\d\d\b/.test(text.slice(token.end, token.end + 8))) return true;
  // beside a word in capitals too long to be initials ("BROKERAGE TEAM"), or one written for emphasis
  const shouted = (word: string): boolean =>
    isCapitals(word) && (emphasisWords.has(word.toLowerCase()) || word.length > 6);
  if (shouted(before) || shouted(after)) return true;
  const joined = (at: number, word: string): boolean => text[at] === '-' && isCapitals(word) && word.length > 2;
  return joined(token.start - 1, before) || joined(token.end, after);
}

/**
 * The check's findings in a parsed note: the first unexplained use of each abbreviation.
 *
 * @param sentences The note's sentences and words.
 * @param text The note.
 * @param check The check's rule and severity.
 * @param scope Other rules' matches, allowed phrases and the host's names.
 * @returns Findings with no suggested wording (the engine cannot know what the letters stand for).
 */
export function findUnexplainedAbbreviations(
  sentences: readonly ParsedSentence[],
  text: string,
  check: AbbreviationCheck,
  scope: AbbreviationScope,
): Diagnostic[] {
  const candidates: Candidate[] = [];
  for (const sentence of sentences)
    for (const token of sentence.tokens) {
      const key = abbreviationKey(token.exact);
      if (key !== undefined) candidates.push({ token, key, sentence });
    }
  if (candidates.length === 0) return [];
  const keys = new Set(candidates.map((candidate) => candidate.key));
  const defined = readDefinitions(text, keys);
  const people = readPeople(text, keys, scope.names);
  const done = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const { rule, severity } = check;
  for (const { token, key, sentence } of candidates) {
    if (done.has(key) || people.has(key)) continue;
    if ((defined.get(key) ?? Infinity) <= token.start) continue;
    if (scope.covered(token.start, token.end) || inCode(text, token.start, token.end)) continue;
    if (inCapitals(text, token.start, sentence)) continue;
    const { before, after } = neighbours(sentence, token);
    if (notAService(text, token, before, after) || pressOpening(text, token, after)) continue;
    // two or three letters are as often a person's initials ("JMK suffered", "against TMB", records and judgments
    // name people so), and letters with digits a reference: only a thing ("the OT", "CP plan", "via LCS") counts
    const thing =
      (determiners.has(before.toLowerCase()) && !clauseWords.has(before.toLowerCase())) ||
      serviceNouns.has(after.toLowerCase()) ||
      serviceRoutes.has(before.toLowerCase());
    if ((/^[A-Z]{2,3}$/.test(key) || /\d/.test(key)) && !thing) continue;
    const actual = text.slice(token.start, token.end);
    if (scope.allow.size > 0 && scope.allow.has(normalisePhrase(actual))) continue;
    done.add(key);
    diagnostics.push({
      from: token.start,
      to: token.end,
      ruleId: rule.id,
      category: rule.category,
      severity,
      message: formatMessage(ruleMessageTemplate(rule, actual), actual),
      ...(rule.explanation !== undefined && { explanation: rule.explanation }),
      actual,
      suggestions: [],
      source: rule.sources[0]?.url,
    });
  }
  return diagnostics;
}
