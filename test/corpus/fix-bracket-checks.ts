/**
 * Checks on a one-click fix for the kinds a reader found broken on fresh sentences in the seventeenth reading sample
 * (test/corpus/fix-reading/fix-reading-29.yml), by the lead's round-28 ruling: plain words put in place of a term that
 * its own acronym follows in brackets ("apply for a short emergency court order to keep the child safe (EPO)",
 * "retains the legal right to make decisions about the child (PR)"), and plain words for an acronym that keep its
 * apostrophe and "s" ("(court order making a relative or friend the child's long-term carer’s)"); and, from the
 * eighteenth (fix-reading-30.yml), plain words for an acronym that its own long form follows in brackets ("the child in
 * care (Looked After Child) Review"). Written apart from
 * the engine's fitting step (no code shared with packages/lint/src/fit); a fix that reads right must pass every one.
 */
import type { AppliedFix } from './fix-shape-checks.ts';

const skippable = '(?:(?:and|of|the|for|in|to|on|with|a|an|&)\\s+)*';

/** Whether the words before `end` in `text` spell `acronym` with their first letters (hyphenated parts count). */
function spells(text: string, end: number, acronym: string): boolean {
  const capitals = acronym.replace(/[^A-Z]/g, '');
  if (capitals.length < 2) return false;
  const words = [...capitals].map((letter) => `${letter}[\\p{L}'’]*`).join(`[\\s-]+${skippable}`);
  return new RegExp(`(?:^|[^\\p{L}])${words}\\s*$`, 'iu').test(text.slice(Math.max(0, end - 150), end));
}

/** Whether the whole of `words` is spelled by `acronym`'s capitals. */
function spelledWhole(words: string, acronym: string): boolean {
  const capitals = acronym.replace(/[^A-Z]/g, '');
  if (capitals.length < 2) return false;
  const pattern = [...capitals].map((letter) => `${letter}[\\p{L}'’]*`).join(`[\\s-]+${skippable}`);
  return new RegExp(`^${pattern}$`, 'iu').test(words.trim());
}

/** Problems of a fix beside an acronym in brackets. */
export function fixBracketProblems(applied: AppliedFix): string[] {
  const { text, from, to, suggestion } = applied;
  const problems: string[] = [];
  const bracket = /^\s*\(\s*([A-Z][A-Za-z&]{1,9}?)(?:['’]?s)?\s*\)/.exec(text.slice(to, to + 20));
  if (
    bracket &&
    spells(text, to, bracket[1] as string) &&
    !spells(`${text.slice(0, from)}${suggestion}`, from + suggestion.length, bracket[1] as string)
  )
    problems.push('bracket: plain words before the acronym of the words they replaced');
  if (
    /^[A-Z]{2,}$/.test(text.slice(from, to)) &&
    /^['’]s(?:\s*(?:$|[).,;:!?])|\s+(?:are|were|have)\b)/.test(text.slice(to, to + 9)) &&
    /\s/.test(suggestion)
  )
    // (a plural "’s": before a bracket's end, a stop or a plural verb; "the independent reviewing officer’s report" reads right)
    problems.push('number: an acronym\'s apostrophe and "s" left on plain words');
  const replaced = text.slice(from, to);
  const longForm = /^\s*\(\s*([^()]{3,80}?)\s*\)/.exec(text.slice(to, to + 90));
  if (
    /^[A-Z]{2,6}s?$/.test(replaced) &&
    longForm &&
    /^\s+[A-Z][a-z]+/.test(text.slice(to + longForm[0].length)) &&
    spelledWhole(longForm[1] as string, replaced)
  )
    problems.push("bracket: plain words before the acronym's own long form");
  return problems;
}
