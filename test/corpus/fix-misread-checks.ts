/**
 * Checks on a one-click fix for the kinds a reader found broken on fresh sentences in the fourteenth reading sample
 * (test/corpus/fix-reading/fix-reading-26.yml): a person put for a practice or a practice for a person ("inciting child
 * who is being sexually exploited", "engage with sexual exploitation of a child and offer them"), "presented as
 * homeless" made "seemed homeless", "high functioning" made its opposite, a past after a preposition where the words
 * were an "-ing" ("convicted of sexually abused a girl"), a noun after "began to" ("began to abusive incident"), a mass
 * noun after a word that counts ("many violent abuse"), "the" after "full" or "shared" ("retains full the legal
 * right"), two people before a singular verb ("the adult and the child was"), a noun left alone after a describing word
 * and "and" ("resistant and parents"), a plain name before a document's name in capitals ("the pre-court process
 * Letter"), and a term the sentence asks the meaning of ("…, what does this mean?"). Written apart from the engine's
 * fitting step (no code shared with packages/lint/src/fit), with word lists of its own; a fix that reads right must
 * pass every one.
 */
import type { AppliedFix } from './fix-shape-checks.ts';

/** What the replaced words are, against what the suggestion makes them. */
function kindOfWords({ text, from, to, suggestion }: AppliedFix): string[] {
  const replaced = text.slice(from, to);
  const after = text.slice(to, to + 40);
  const problems: string[] = [];
  if (/prostitution$/i.test(replaced) && /^(?:a |an )?(?:child|children) who\b/i.test(suggestion))
    problems.push('sense: a person for a practice');
  if (/prostitutes?$/i.test(replaced) && /^sexual exploitation\b/i.test(suggestion))
    problems.push('sense: a practice for a person');
  if (/^present/i.test(replaced) && /^(?: as)? homeless\b/i.test(after))
    problems.push('sense: "presented as homeless" is coming to the council as homeless');
  if (/^high[- ]functioning$/i.test(replaced) && /a lot of support/i.test(suggestion))
    problems.push('sense: the opposite of "high functioning"');
  return problems;
}

/** The slot just before and after the replaced words. */
function slotAround({ text, from, to, suggestion }: AppliedFix): string[] {
  const replaced = text.slice(from, to);
  const before = text.slice(Math.max(0, from - 40), from);
  const after = text.slice(to, to + 20);
  const problems: string[] = [];
  if (
    /^[a-z]+ing\b/i.test(replaced) &&
    /^[a-z]+ly [a-z]+ed\b/.test(suggestion) &&
    /\b(?:of|for|after|before|by|without|about|from|in|on|denied|denies|admitted|admits) $/i.test(before)
  )
    problems.push('verb: a past where the "-ing" stood');
  if (
    /\b(?:began|begin|begins|started|start|starts|continued|tried|wanted) to $/i.test(before) &&
    /^abus/i.test(suggestion)
  )
    problems.push('verb: a noun after "began to"');
  if (
    /^(?:abuse|harm|neglect|exploitation|violence)$/i.test(suggestion) &&
    /\b(?:many|several|few|numerous|multiple|two|three|four|\d+) (?:[a-z]+ )?$/i.test(before)
  )
    problems.push('number: a mass noun after a word that counts');
  if (/^the /i.test(suggestion) && /\b(?:full|shared|joint|sole|equal|enhanced) $/i.test(before))
    problems.push('determiner: "the" after "full" or "shared"');
  if (/^(?:the|a|an) [a-z-]+ and (?:the|a|an) [a-z-]+$/i.test(suggestion) && /^ (?:is|was|has|does)\b/i.test(after))
    problems.push('number: two people before a singular verb');
  const last = replaced.split(' ').at(-1) ?? '';
  if (
    replaced.includes(' ') &&
    suggestion.toLowerCase() === last.toLowerCase() &&
    /[a-z]+(?:ant|ent|ive|ous|ful|ic|al|ble|less|ed) (?:and|or) $/i.test(before)
  )
    problems.push('head: a describing word before "and" left without its noun');
  return problems;
}

/** A name or a term the sentence keeps. */
function keptName({ text, from, to, suggestion }: AppliedFix): string[] {
  const replaced = text.slice(from, to);
  const after = text.slice(to, to + 40);
  const problems: string[] = [];
  if (
    /^[A-Z]/.test(replaced) &&
    /^[a-z]/.test(suggestion) &&
    /^ (?:[A-Z][a-z-]+ ){0,2}(?:Letters?|Guides?|Tool|Toolkit|Reports?|Manager|Roles|Audit|Forms?|Template|Protocol|Procedures?|Checklist|Specialist)\b/.test(
      after,
    )
  )
    problems.push("name: a document's or a post's name in capitals");
  const rest = text.slice(to);
  if (/^[^.!?]*what does (?:this|that|it) mean\?/i.test(rest)) problems.push('term: the sentence asks what it means');
  return problems;
}

/** Every check above, on one applied fix. */
export function fixMisreadProblems(applied: AppliedFix): string[] {
  return [...kindOfWords(applied), ...slotAround(applied), ...keptName(applied)];
}
