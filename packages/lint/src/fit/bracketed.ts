/**
 * A term followed by its own acronym in brackets ("an Emergency Protection Order (EPO)", "parental responsibility
 * (PR)", "Special Guardianship Orders (SGO’s)"): plain words put in place of the term alone leave the acronym of
 * words no longer there ("apply for a short emergency court order to keep the child safe (EPO)"). The lead's ruling of
 * round 28 (test/corpus/real/README.md, "twenty-fourth session"): replace the term and its bracket together, or offer
 * no fix. No fix is offered: the acronym's own rule, where there is one, offers its plain words in the bracket ("an
 * Emergency Protection Order (short emergency court order to keep the child safe)"), which readers read right, and a
 * fix over both would take that one away (a finding inside another's words offers none; finding-fixes.ts).
 */

/**
 * "(EPO)", "(SGO’s)", "(SGOs)", "(SENCo)", "(C&FA)", "(PP+)", "[LAC]", "(“SGO”)" right after the term, or the acronym opening a
 * bracket that goes on after a semicolon or comma ("Looked After Children (LAC; children … in Foster Care)"): the
 * letters in it.
 */
const bracketAfter = /^\s*[([]\s*[“"‘']?(\p{Lu}[\p{Lu}\p{Ll}&]{1,9}?)\+?(?:['’]?s)?[”"’']?\s*[)\];,]/u;
/** Small words an acronym leaves out ("Education, Health and Care Plan (EHCP)"; "Child in Need (CIN)" keeps "in"). */
const leftOut = new Set(['and', 'of', 'the', 'for', 'in', 'to', 'a', 'an', 'on', 'with', '&']);

/**
 * Whether a bracket with the term's own acronym follows `to` (the end of the words replaced) in `text`. The acronym's capitals must be the initials, in order, of the words that end at `to`
 * (a word joined by a hyphen counts its parts: "Multi-Agency"), the last capital the last word's, small words the
 * acronym leaves out skipped.
 */
export function ownAcronymAfter(text: string, to: number): boolean {
  const bracket = bracketAfter.exec(text.slice(to, to + 24));
  if (bracket === null) return false;
  const letters = [...(bracket[1] as string)].filter((char) => /\p{Lu}/u.test(char)).map((char) => char.toLowerCase());
  if (letters.length < 2) return false;
  const words = text
    .slice(Math.max(0, to - 120), to)
    .split(/[^\p{L}\p{N}&'’]+/u)
    .filter((word) => word !== '');
  if (words.length === 0) return false;
  let letter = letters.length - 1;
  for (let at = words.length - 1; at >= 0 && letter >= 0; at -= 1) {
    const word = (words[at] as string).toLowerCase();
    if (word.charAt(0) === letters[letter]) letter -= 1;
    else if (at === words.length - 1 || !leftOut.has(word)) return false;
  }
  return letter < 0;
}

// the rest of a name after the flagged words: capitalised words and the small words a name keeps ("and Support Team")
const restOfName = /^(?:\s+(?:and|of|for|&|\p{Lu}[\p{L}'’-]*))+/u;
// the name's own initials given as another name for it: "A Family Group Conference - or FGC - is …"
const orInitials = /^\s*[-–—,(]?\s*(?:or|also\s+known\s+as|aka)\s+[“"‘']?(\p{Lu}{2,6})s?\b/u;

/**
 * Whether the flagged words are part of a name whose initials follow it (fixes38): the name goes on after them and its
 * initials stand in brackets ("The Kinship Assessment and Support Team (KAST)" → not "The assessment of a relative or
 * friend as a carer and Support Team (KAST)"), or the name's initials follow as another name for it ("A Family Group
 * Conference - or FGC - is" → not "A family meeting to make a plan - or FGC -").
 */
export function acronymAfterName(text: string, to: number): boolean {
  const rest = restOfName.exec(text.slice(to, to + 80));
  if (rest !== null && /\p{Lu}/u.test(rest[0])) {
    const end = to + rest[0].length;
    const bracket = bracketAfter.exec(text.slice(end, end + 24));
    // the initials must reach back into the flagged words ("… Review Advisory Group (RAG)" names only the words after)
    const restWords = wordsOf(rest[0]).filter((word) => !leftOut.has(word.toLowerCase())).length;
    const letters = bracket === null ? 0 : [...(bracket[1] as string)].filter((char) => /\p{Lu}/u.test(char)).length;
    if (bracket !== null && letters > restWords && initialsOf(bracket[1] as string, text, end)) return true;
  }
  const initials = orInitials.exec(text.slice(to, to + 40));
  return initials !== null && initialsOf(initials[1] as string, text, to);
}

/** Whether `acronym`'s capitals are the initials of the words ending at `to`, small words skipped ("and Support"). */
function initialsOf(acronym: string, text: string, to: number): boolean {
  const letters = [...acronym].filter((char) => /\p{Lu}/u.test(char)).map((char) => char.toLowerCase());
  if (letters.length < 2) return false;
  const words = wordsOf(text.slice(Math.max(0, to - 120), to));
  let letter = letters.length - 1;
  for (let at = words.length - 1; at >= 0 && letter >= 0; at -= 1) {
    const word = (words[at] as string).toLowerCase();
    if (at < words.length - 1 && leftOut.has(word)) continue;
    if (word.charAt(0) !== letters[letter]) return false;
    letter -= 1;
  }
  return letter < 0;
}

/** An acronym's own capitals, in small letters: "LAC", "EHCP", "SGOs" (a plural "s" left out); undefined for other words. */
function acronymLetters(word: string): string[] | undefined {
  const capitals = /^(\p{Lu}[\p{Lu}&]{1,6})(?:['’]?s)?$/u.exec(word);
  if (capitals === null) return undefined;
  return [...(capitals[1] as string)].filter((char) => /\p{Lu}/u.test(char)).map((char) => char.toLowerCase());
}

/** Whether `words`, in order, are spelled by `letters` (small words the acronym leaves out skipped, not first). */
function spelledBy(letters: readonly string[], words: readonly string[]): boolean {
  let letter = 0;
  for (let at = 0; at < words.length; at += 1) {
    const word = (words[at] as string).toLowerCase();
    if (letter < letters.length && word.charAt(0) === letters[letter]) letter += 1;
    else if (at === 0 || !leftOut.has(word)) return false;
  }
  return letter === letters.length && letters.length >= 2;
}

const wordsOf = (text: string): string[] => text.split(/[^\p{L}\p{N}&'’]+/u).filter((word) => word !== '');
/** "(Looked After Child)" or "[Looked After Child]" right after the acronym: the words in the bracket. */
const longFormBracketAfter = /^\s*[([]\s*([^()[\]]{3,80}?)\s*[)\]]/u;
/** "The Education, Health & Care Plan or EHCP": the words before "or" (up to a sentence's opening or a bracket). */
const longFormOrBefore = /(?:^|[.;:(])\s*(?:(?:the|an?)\s+)?([^.;:()]{3,80}?)\s+or\s*$/iu;

/**
 * Whether the flagged words `[from, to)` are an acronym beside its own long form: the long form in brackets right after
 * it ("the LAC (Looked After Child) Review"), or before it with "or" where the suggestion is that long form again ("The
 * Education, Health & Care Plan or EHCP is a document" → not "… Plan or the Education, Health and Care Plan"). Plain
 * words put in place of the acronym then stand before the very words they explain ("the child in care (Looked After
 * Child) Review"; the mirror of the round-28 ruling, fix-reading-30.yml), or repeat them: no fix. The long
 * form's own fix in the bracket ("the LAC (child in care) Review") is another rule's and reads as a gloss.
 */
export function ownLongFormBeside(text: string, from: number, to: number, suggestion: string): boolean {
  const letters = acronymLetters(text.slice(from, to));
  if (letters === undefined) return false;
  const bracket = longFormBracketAfter.exec(text.slice(to, to + 90));
  // a capitalised noun after the bracket goes on with the name ("Review"); acronym-spelled-beside.ts `spelledOutAfter` reads a small
  // one ("review"), and an acronym that ends its phrase takes a gloss ("the PLO (Public Law Outline) today", fixes20)
  const nameGoesOn = bracket !== null && /^\s+\p{Lu}\p{Ll}+/u.test(text.slice(to + bracket[0].length));
  if (bracket !== null && nameGoesOn && spelledBy(letters, wordsOf(bracket[1] as string))) return true;
  // the long form right after it with no bracket at all ("the SGO Special Guardianship Order")
  if (longFormRightAfter(letters, text.slice(to, to + 90))) return true;
  // before "or", only the long form itself again: "A Family Group Conference - or the family meeting -" reads as a gloss
  const own = wordsOf(suggestion.replace(/^the\s+/i, ''));
  if (!spelledBy(letters, own)) return false;
  const before = longFormOrBefore.exec(text.slice(Math.max(0, from - 90), from));
  if (before === null) return false;
  const words = wordsOf(before[1] as string);
  // the last words before "or" spell it ("a meeting, the Child Protection Conference or CPC")
  for (let first = 0; first < words.length; first += 1) if (spelledBy(letters, words.slice(first))) return true;
  return false;
}

/** Whether `after` opens, past a space, on capitalised words that `letters` spell ("SGO| Special Guardianship Order"). */
function longFormRightAfter(letters: readonly string[], after: string): boolean {
  const opening = /^ ((?:(?:\p{Lu}[\p{L}'’-]*|and|of|the|for|in|to|&)(?: |$)){2,9})/u.exec(`${after} `);
  if (opening === null) return false;
  const words = wordsOf(opening[1] as string);
  for (let count = letters.length; count <= words.length; count += 1)
    if (/^\p{Lu}/u.test(words[count - 1] as string) && spelledBy(letters, words.slice(0, count))) return true;
  return false;
}

/**
 * Whether the words `[from, to)` are the long form of the acronym right before them, with no bracket ("the SGO Special
 * Guardianship Order"): plain words put in place of the long form would stand beside the acronym they explain ("the SGO
 * court order making a relative … carer"; the round-30 ruling reads plain words beside the same term's other form as
 * broken, fix-reading-31.yml).
 */
export function ownAcronymBefore(text: string, from: number, to: number): boolean {
  const before = /(?:^|\s)(\p{Lu}[\p{Lu}&]{1,6})(?:['’]?s)? $/u.exec(text.slice(Math.max(0, from - 12), from));
  if (before === null) return false;
  const letters = acronymLetters(before[1] as string);
  return letters !== undefined && spelledBy(letters, wordsOf(text.slice(from, to)));
}

/**
 * "’s" or "'s" right after the words replaced that ends a bracket, a clause or the sentence, or goes before a plural verb:
 * a plural written "SGO’s" ("Orders (SGO’s)", "SGO's were made"), not a possessive ("the LA’s application" → "the
 * council’s application" reads right).
 */
const apostropheS = /^['’]s(?:\s*(?:$|[).,;:!?])|\s+(?:are|were|have)\b)/u;

/** Whether the words replaced are followed by an apostrophe and "s" that the plain words would carry as a plural. */
export function apostropheSAfter(text: string, to: number): boolean {
  return apostropheS.test(text.slice(to, to + 9));
}

/**
 * A possessive written with the apostrophe alone after a name ending in "s" ("CAFCASS' bureaucratic approach",
 * "Cafcass' website"): plain words that do not end in "s" would keep the bare apostrophe ("… Support Service'
 * website"), and the "s" it needs lies outside the words replaced (fixes39, fix-reading-38.yml).
 */
export function bareApostropheAfter(text: string, to: number, words: string): boolean {
  return (
    /s$/i.test(text.slice(Math.max(0, to - 1), to)) &&
    /^['’](?![\p{L}\p{N}])/u.test(text.slice(to, to + 2)) &&
    !/s$/i.test(words)
  );
}

/**
 * Whether the acronym `[from, to)` stands in quotation marks inside brackets ("a special guardianship order (‘SGO’)"):
 * the writer names the short form the document goes on to use, and plain words in its place would be quoted as that
 * name ("(‘the court order making …’)"; fix-reading-33.yml).
 */
export function quotedAcronymInBrackets(text: string, from: number, to: number): boolean {
  return (
    acronymLetters(text.slice(from, to)) !== undefined &&
    /[([]\s*[‘'“"]$/u.test(text.slice(Math.max(0, from - 3), from)) &&
    /^[’'”"]\s*[)\]]/u.test(text.slice(to, to + 3))
  );
}

const capitalisedBefore =
  /((?:\p{Lu}[\p{L}'’-]*|and|of|the|for|in|to|&)(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|of|the|for|in|to|&)){1,6})\s*[([]\s*$/u;

/**
 * Whether the acronym `[from, to)` stands in brackets right after capitalised words that spell it and are not its
 * own long form `expansion` and share none of its words ("The Learning Agreement (LA)" for the council's "LA"): the
 * sentence brings in another term's acronym, and the rule's plain words would name something else (fix-reading-33.yml).
 */
export function anotherTermsAcronym(text: string, from: number, to: number, expansion: string): boolean {
  const letters = acronymLetters(text.slice(from, to));
  if (letters === undefined || !/^\s*[)\]]/.test(text.slice(to, to + 3))) return false;
  const before = capitalisedBefore.exec(text.slice(Math.max(0, from - 90), from));
  if (before === null) return false;
  const words = wordsOf(before[1] as string);
  const stem = (word: string): string => word.toLowerCase().replace(/s$/, '');
  const own = wordsOf(expansion).map(stem);
  for (let first = 0; first < words.length; first += 1) {
    const run = words.slice(first);
    // another term shares no word with the long form ("Learning Agreement", "Local Authority"); "Looked After Children"
    // and "Serious Case Review" are the acronym's own, however its rule spells the long form
    if (/^\p{Lu}/u.test(run[0] as string) && spelledBy(letters, run))
      return !run.some((word) => !leftOut.has(word.toLowerCase()) && own.includes(stem(word)));
  }
  return false;
}
