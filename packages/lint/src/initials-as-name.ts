import type { Hit, Token } from '@casenote/rules';
import { determiners } from './fit/word-classes.ts';

// words before initials that make them a thing, not a person: "the L.A.", "her I.R.O.", "a C.P. plan" (the fit's
// determiners, and these)
const alsoBefore = new Set(['whose', 'each', 'every', 'any', 'no', 'another']);

/**
 * Whether a match starts with initials written with full stops ("E.H.", "L.A.") that are more likely a
 * person's: judgments and reviews name people by initials ("the mother of E.H.", "G.H.'s right"), so
 * dotted initials are read as the acronym only after a determiner ("the L.A.", "her I.R.O.", "a C.P.
 * plan"). Initials written without full stops ("LA", "IRO") are the acronym wherever they stand.
 */
export function initialsReadAsName(hit: Hit, tokens: readonly Token[], text: string): boolean {
  const first = tokens[hit.start] as Token;
  // dotted initials are read as their letters: the text has a full stop where the token has a letter
  if (first.end - first.start <= first.exact.length || text.charCodeAt(first.start + 1) !== 46 /* . */) return false;
  const before = tokens[hit.start - 1];
  return before === undefined || first.breakBefore || !(determiners.has(before.lower) || alsoBefore.has(before.lower));
}

// a cipher: capital letters then digits ("A61", "B2"), standing alone after the hyphen
const cipherAfter = /^-[A-Z]{1,3}[0-9]{1,4}(?![A-Za-z0-9])/;
const cipherBefore = /(?<![A-Za-z0-9])[A-Z]{1,3}[0-9]{1,4}-$/;

/**
 * Whether a match is joined by a hyphen to a cipher ("LA-A61", "CS-A1", "A61-LA"): inquiries and reviews label the
 * people they must not name with such codes (the Independent Inquiry into Child Sexual Abuse's "LA-A61" is a witness,
 * not a local authority), so letters joined to a cipher are a label for a person, not the acronym (the lead's ruling,
 * thirtieth session).
 */
export function cipherReadAsName(hit: Hit, tokens: readonly Token[], text: string): boolean {
  const first = tokens[hit.start] as Token;
  const last = tokens[hit.end - 1] as Token;
  return (
    cipherAfter.test(text.slice(last.end, last.end + 10)) ||
    cipherBefore.test(text.slice(Math.max(0, first.start - 10), first.start))
  );
}
