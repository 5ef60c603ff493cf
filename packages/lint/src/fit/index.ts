/**
 * The fitting step: before a finding's suggestions are offered as one-click fixes, each is fitted to
 * its sentence (see fit-suggestion.ts). A suggestion with no correct fit is dropped; the finding
 * keeps its explanation. When fits take in neighbouring words ("is" before "putting herself at
 * risk"), the finding's range grows to cover every fit and each fix carries the words it keeps.
 */
import {
  changedWordsInto,
  resolveHits,
  tokenize,
  wordsAroundChange,
  type Matcher,
  type RuleToRun,
  type Token,
} from '@casenote/rules';
import {
  apostropheSAfter,
  bareApostropheAfter,
  ownAcronymAfter,
  acronymAfterName,
  ownAcronymBefore,
  ownLongFormBeside,
  quotedAcronymInBrackets,
} from './bracketed.ts';
import { fitSuggestion, type Fitted } from './fit-suggestion.ts';
import { mended } from './mend.ts';
import { balanceQuotes, fixReadsCleanly } from './guard.ts';
import { readPlace, suitsPlace, type Place } from './place.ts';
import { repeatsBeside } from './repeats-beside.ts';
import { misfits } from './misfits.ts';
import { pastForPresent } from './around-words.ts';
import { slipsBefore, speaksForNoOne } from './misreads.ts';
import { putsWordsBeside, saysAgainBeside } from './repeats.ts';
import type { FitContext } from './slot.ts';

export type { FitContext } from './slot.ts';
export { fitSuggestion } from './fit-suggestion.ts';
export { fixReadsCleanly } from './guard.ts';

/**
 * Each of a finding's suggestions fitted to its sentence (undefined where none fits), before its
 * place is read: the range a finding shows can be known from these alone (see offer.ts). A term
 * followed by its own acronym in brackets, or by an apostrophe and "s" the plain words would carry, and an acronym
 * beside its own long form ("LAC (Looked After Child)", "the Education, Health & Care Plan or EHCP") have no fit
 * (bracketed.ts).
 */
export function fitEach(context: FitContext, suggestions: readonly string[]): Array<Fitted | undefined> {
  const fitted: Array<Fitted | undefined> = [];
  const { text, tokens, start, end } = context;
  const from = (tokens[start] as Token).start;
  const to = (tokens[end - 1] as Token).end;
  for (const suggestion of suggestions) {
    if (
      ownLongFormBeside(text, from, to, suggestion) ||
      ownAcronymBefore(text, from, to) ||
      quotedAcronymInBrackets(text, from, to)
    ) {
      fitted.push(undefined);
      continue;
    }
    const fit = fitSuggestion(context, suggestion);
    fitted.push(
      fit === undefined ||
        ownAcronymAfter(context.text, fit.to) ||
        acronymAfterName(context.text, fit.to) ||
        apostropheSAfter(context.text, fit.to) ||
        bareApostropheAfter(context.text, fit.to, fit.text)
        ? undefined
        : mended(context, fit),
    );
  }
  return fitted;
}

/** The fits (from `fitEach`) of the suggestions that suit the finding's place, in order. */
export function suitedFits(
  context: FitContext,
  suggestions: readonly string[],
  fitted: ReadonlyArray<Fitted | undefined>,
): Fitted[] {
  const fits: Fitted[] = [];
  const place = readPlace(context);
  for (let index = 0; index < suggestions.length; index += 1) {
    const fit = fitted[index];
    if (fit !== undefined && suitsItsPlace(context, place, suggestions, index, fit)) fits.push(fit);
  }
  return fits;
}

/** Whether the fit of `suggestions[index]` suits the finding's place (`place`, from `readPlace`). */
export function suitsItsPlace(
  context: FitContext,
  place: Place,
  suggestions: readonly string[],
  index: number,
  fit: Fitted,
): boolean {
  const suggestion = suggestions[index] as string;
  return (
    suitsPlace(context, place, suggestion, suggestions) &&
    !misfits(context, place, suggestion) &&
    !speaksForNoOne(context, fit.text) &&
    !slipsBefore(context, suggestion, fit) &&
    !pastForPresent(context, place, fit.text)
  );
}

/**
 * The range the fits cover with the flagged words `[from, to)`, a quotation mark replaced with its
 * partner or the quoted words keeping both; undefined when that cannot be done.
 */
export function rangeOf(
  text: string,
  fits: ReadonlyArray<Fitted | undefined>,
  from: number,
  to: number,
): { from: number; to: number } | undefined {
  // loops, not spread arrays: this runs for every finding
  let low = from;
  let high = to;
  for (const fit of fits) {
    if (fit === undefined) continue;
    if (fit.from < low) low = fit.from;
    if (fit.to > high) high = fit.to;
  }
  return balanceQuotes(text, low, high);
}

/**
 * The second half: each fit as the fix over the whole range, once, in order, if it reads cleanly.
 *
 * @param applyCase gives a fitted suggestion the capitalisation of the words it replaces.
 */
export function cleanFixes(
  text: string,
  fits: readonly Fitted[],
  range: { from: number; to: number },
  applyCase: (suggestion: string, replaced: string, startsSentence: boolean) => string,
): string[] {
  const seen: string[] = [];
  const clean: string[] = [];
  for (const fit of fits) {
    const fix = fixOver(text, fit, range, applyCase);
    if (seen.includes(fix)) continue;
    seen.push(fix);
    if (readsCleanlyOver(text, range, fix)) clean.push(fix);
  }
  return clean;
}

/** A fit as the fix over the whole range: the range's other words kept, in the capitals of the words it replaces. */
export function fixOver(
  text: string,
  fit: Fitted,
  range: { from: number; to: number },
  applyCase: (suggestion: string, replaced: string, startsSentence: boolean) => string,
): string {
  const { from, to } = range;
  return keepSentenceStop(
    text,
    to,
    text.slice(from, fit.from) +
      applyCase(fit.text, text.slice(fit.from, fit.to), fit.fromToken === 0 || opensSentence(text, fit.from)) +
      text.slice(fit.to, to),
  );
}

/** Whether a fix over the range reads cleanly in its sentence and says nothing twice with the words beside it. */
export function readsCleanlyOver(text: string, range: { from: number; to: number }, fix: string): boolean {
  const { from, to } = range;
  return (
    fixReadsCleanly(text, from, to, fix) &&
    !repeatsBeside(text, from, to, fix) &&
    !putsWordsBeside(text, from, to, fix) &&
    !saysAgainBeside(text, from, to, fix)
  );
}

/**
 * Whether a capitalised word at `from` opens a sentence the sentence reader ran on into ("… when she was 14. Their
 * relationship went on …" → "The abuse went on", not "the abuse").
 */
function opensSentence(text: string, from: number): boolean {
  // (a word of three letters or a number before the stop: not "Mr." nor "e.g.")
  const before = text.slice(Math.max(0, from - 8), from);
  return /(?:\b[a-z]{3,}|\d)[.!?]["'”’)]?\s+$/.test(before) && /^\p{Lu}\p{Ll}/u.test(text.slice(from, from + 2));
}

// initials with full stops at the end of a range ("the I.R.O.", "the L.A")
const closingInitials = /(?:^|[^\p{L}\p{N}.])\p{Lu}(?:\.\p{Lu})+\.$/u;

/**
 * A fix over `[…, to)` that replaces initials whose closing full stop also ends the sentence ("We met
 * the I.R.O. She said…", "Ask the L.A.") keeps the full stop: the sentence still ends.
 */
function keepSentenceStop(text: string, to: number, fix: string): string {
  if (text.charCodeAt(to - 1) !== 46 /* . */ || fix.endsWith('.')) return fix;
  if (!closingInitials.test(text.slice(Math.max(0, to - 40), to))) return fix;
  let next = to;
  while (next < text.length && /\s/.test(text.charAt(next))) next += 1;
  // what follows is the note's end or a new sentence (a capital, a figure or a quotation mark after a space)
  const endsSentence = next === text.length || (next > to && /[\p{Lu}\p{N}"'\u2018\u201c(]/u.test(text.charAt(next)));
  return endsSentence ? `${fix}.` : fix;
}

const verbInPattern = /\{([\p{L}']+)\}/gu;
const lemmaCache = new WeakMap<RuleToRun, string[]>();

/** The verbs a rule's patterns inflect (`{put} <self> at risk` → ["put"]). */
export function ruleLemmas(rule: RuleToRun): string[] {
  let lemmas = lemmaCache.get(rule);
  if (!lemmas) {
    lemmas = [
      ...new Set(rule.patterns.flatMap((pattern) => [...pattern.matchAll(verbInPattern)].map((m) => m[1] as string))),
    ];
    lemmaCache.set(rule, lemmas);
  }
  return lemmas;
}

/**
 * The last sentence read with `tokenize`, for every fix checked in it (findings come sentence by
 * sentence; one entry, so the words are garbage as soon as the linter moves on).
 */
let sentenceWords: { of: readonly Token[]; start: number; end: number; tokens: Token[] } | undefined;

/**
 * Whether the rule would still flag the words a fix puts in (a suggestion that itself matches the
 * rule's patterns, as a new rule's data may). Re-reads only the one sentence, and of it only the
 * words around the fix.
 */
export function stillFlagged(
  matcher: Matcher,
  rule: number,
  context: FitContext,
  from: number,
  to: number,
  fix: string,
): boolean {
  const { text, tokens } = context;
  const start = tokens[0]?.start ?? from;
  const end = Math.max(tokens.at(-1)?.end ?? to, to);
  const fixFrom = from - start;
  const fixTo = fixFrom + fix.length;
  // a fix reaching before the sentence's first word (an opening quotation mark): the whole fixed
  // sentence is read, with the fix's offsets as they always were
  if (fixFrom < 0) {
    const sentence = text.slice(start, from) + fix + text.slice(to, end);
    if (cannotBeFlagged(matcher, rule, wordsAround(sentence, fixFrom, fixTo), fixFrom, fixTo)) return false;
    return flaggedIn(matcher, rule, tokenize(sentence), fixFrom, fixTo);
  }
  // most fixes stand between spaces or marks no word runs through: their window is their own words
  if (alone(text, from, to, start, end) && fixOwnWordsClear(matcher, rule, fix)) return false;
  const sentence = text.slice(start, end);
  const window = wordsAroundChange(sentence, fixFrom, to - start, fix);
  if (cannotBeFlagged(matcher, rule, window.around, fixFrom, fixTo)) return false;
  if (sentenceWords?.of !== tokens || sentenceWords.start !== start || sentenceWords.end !== end)
    sentenceWords = { of: tokens, start, end, tokens: tokenize(sentence) };
  const fixed = sentence.slice(0, fixFrom) + fix + sentence.slice(to - start);
  const aroundAt = changedWordsInto(sentenceWords.tokens, fixed, window, fixedWords);
  return flaggedAround(matcher, rule, aroundAt, window.around, fixFrom, fixTo);
}

/**
 * Whether no word of the note can run from `text[start, end)` (the sentence) into `[from, to)` or
 * out of it: each edge is the sentence's own edge or a plain ASCII character that is never part of
 * a word (`findWords`: letters, digits and marks, joined by apostrophes, hyphens, full stops and
 * ampersands). Anything else is read the long way.
 */
function alone(text: string, from: number, to: number, start: number, end: number): boolean {
  return (from === start || neverInWord(text.charCodeAt(from - 1))) && (to >= end || neverInWord(text.charCodeAt(to)));
}

/** Whether a UTF-16 unit is ASCII and can be no part of a word (conservative: anything else may be). */
function neverInWord(code: number): boolean {
  if (code >= 128) return false;
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return false;
  // ' - . & join words
  return code !== 39 && code !== 45 && code !== 46 && code !== 38;
}

/** A fix's own words (`tokenize(fix)`), kept for the fixes met again; emptied when it grows large. */
const fixWordsCache = new Map<string, Token[]>();

/**
 * `cannotBeFlagged` over a fix whose window is its own words (`alone`): each of them overlaps the
 * fix, so the answer is whether it has words and none is one of the rule's.
 */
function fixOwnWordsClear(matcher: Matcher, rule: number, fix: string): boolean {
  let words = fixWordsCache.get(fix);
  if (words === undefined) {
    if (fixWordsCache.size >= 2000) fixWordsCache.clear();
    words = tokenize(fix);
    fixWordsCache.set(fix, words);
  }
  return cannotBeFlagged(matcher, rule, words, 0, fix.length);
}

/** The words of the fixed sentence being checked: one array for every fix (the matcher reads it at once). */
const fixedWords: Token[] = [];

/**
 * Whether a finding of `rule` in `fixedWords` overlaps `[fixFrom, fixTo)`, where the words from
 * `aroundAt` are `around` (in the fixed sentence's offsets): a word before them ends before the fix,
 * a word after them starts after it, whatever its offsets say (`changedWordsInto` leaves them as
 * they were).
 */
function flaggedAround(
  matcher: Matcher,
  rule: number,
  aroundAt: number,
  around: readonly Token[],
  fixFrom: number,
  fixTo: number,
): boolean {
  const aroundEnd = aroundAt + around.length;
  for (const hit of resolveHits(matcher.matchRule(fixedWords, rule))) {
    if (hit.rule !== rule) continue;
    const first = hit.start;
    const last = hit.end - 1;
    const startsBeforeFixEnds =
      first < aroundAt || (first < aroundEnd && (around[first - aroundAt] as Token).start < fixTo);
    const endsAfterFixStarts =
      last >= aroundEnd || (last >= aroundAt && (around[last - aroundAt] as Token).end > fixFrom);
    if (startsBeforeFixEnds && endsAfterFixStarts) return true;
  }
  return false;
}

const space = /\s/;

/** The words between the spaces around `[fixFrom, fixTo)` of `sentence`, in its offsets. */
function wordsAround(sentence: string, fixFrom: number, fixTo: number): Token[] {
  let windowStart = fixFrom;
  while (windowStart > 0 && !space.test(sentence.charAt(windowStart - 1))) windowStart -= 1;
  let windowEnd = fixTo;
  while (windowEnd < sentence.length && !space.test(sentence.charAt(windowEnd))) windowEnd += 1;
  return tokenize(sentence.slice(windowStart, windowEnd)).map((token) => ({
    ...token,
    start: token.start + windowStart,
    end: token.end + windowStart,
  }));
}

/** Whether a finding of `rule` in `fixedTokens` overlaps `[fixFrom, fixTo)`. */
function flaggedIn(matcher: Matcher, rule: number, fixedTokens: Token[], fixFrom: number, fixTo: number): boolean {
  // only this rule's patterns: exceptions and overlaps are resolved rule by rule
  return resolveHits(matcher.matchRule(fixedTokens, rule)).some((hit) => {
    const first = fixedTokens[hit.start];
    const last = fixedTokens[hit.end - 1];
    return hit.rule === rule && first !== undefined && last !== undefined && first.start < fixTo && last.end > fixFrom;
  });
}

const exactCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string> | null>();

/** The case-sensitive words (`=Word` keys) of a rule's word set without their `=`, or null when it has none. */
function exactWords(words: ReadonlySet<string>): ReadonlySet<string> | null {
  let exact = exactCache.get(words);
  if (exact === undefined) {
    const found = [...words].filter((key) => key.charCodeAt(0) === 61 /* = */).map((key) => key.slice(1));
    exact = found.length > 0 ? new Set(found) : null;
    exactCache.set(words, exact);
  }
  return exact;
}

/**
 * A quick, exact "no": every word of a finding is one of its rule's words, so when the words the
 * fix puts in (and any word it joins at its edges) include none of them, no finding of the rule can
 * overlap the fix.
 */
function cannotBeFlagged(
  matcher: Matcher,
  rule: number,
  tokens: readonly Token[],
  fixFrom: number,
  fixTo: number,
): boolean {
  const words = matcher.ruleWords(rule);
  if (words === null) return false;
  const exact = exactWords(words);
  let overlapping = 0;
  for (const token of tokens) {
    if (token.start >= fixTo || token.end <= fixFrom) continue;
    overlapping += 1;
    if (words.has(token.lower) || exact?.has(token.exact)) return false;
  }
  // a fix with no words of its own could sit between two words of a finding
  return overlapping > 0;
}
