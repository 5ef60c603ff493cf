/**
 * Checks on the sense a one-click fix gives the words it replaces, for the kinds a reader found broken on
 * fresh sentences (test/corpus/fix-reading/fix-reading-17.yml): a placement that is an event, an offer or a
 * carer's made a home, a name's own words made plain words, a word for one parent after "members of", "the
 * child" before "for" and the person meant, a clause put among nouns, "decides" taking the words after it as
 * what is decided, "sleepover" as a kind of care or standing bare, one sibling made several, a second determiner
 * after "whose", "former" before "care-experienced", a passive made active, a clause with its own comma in a
 * noun's place, and a foster home with a staff team. Written apart from the engine's fitting
 * step (no code shared with packages/lint/src/fit), with word lists of its own; a fix that reads right must
 * pass every one.
 */
import type { AppliedFix } from './fix-shape-checks.ts';

/** Whether `pattern` matches the fixed sentence but not the sentence before the fix. */
const newIn = (pattern: RegExp, { text, fixed }: AppliedFix): boolean => pattern.test(fixed) && !pattern.test(text);

const homeOrFamily = "(?:foster |children['’]s )?(?:home|homes|family|families)";
const timeBefore = new RegExp(
  String.raw`\b(?:during|throughout|prior to|end of|start of|beginning of|days of)\s+(?:\S+\s+){0,3}?${homeOrFamily}\b`,
  'i',
);
const eventAfter = new RegExp(
  String.raw`\b${homeOrFamily}\s+(?:should |will |would |to )?(?:go ahead|goes ahead|took place|takes place|being made|date|arrives|was eight weeks long)\b`,
  'i',
);
const takenOrGot = new RegExp(
  String.raw`\b(?:take|took|get|got|accept|accepted|refuse|refused)\s+(?:the|a|her|his|their|our|your)\s+(?:first\s+|new\s+)?${homeOrFamily}\b`,
  'i',
);

/** "during her foster home", "the home should go ahead", "to take the home", "get her first foster family". */
function placementMadeAHome(fix: AppliedFix): string[] {
  if (!/placement/i.test(fix.text.slice(fix.from, fix.to))) return [];
  return newIn(timeBefore, fix) || newIn(eventAfter, fix) || newIn(takenOrGot, fix)
    ? ['sense: a placement in time, going ahead or taken made a home']
    : [];
}

const bodies = new Set(['Panel', 'Board', 'Council', 'Committee', 'Team', 'Services', 'Strategy', 'Plan', 'Guidance']);

/** "the council Panel", "the child being criminally exploited Team", "a settled home Plan". */
function nameMadePlain({ text, from, to, suggestion }: AppliedFix): string[] {
  // (an acronym spelled out inside a name is read right: "the Hull special educational needs Team")
  if (!/[a-z]/.test(text.slice(from, to))) return [];
  const next = /^(?:['’]s?)?\s+([A-Z][a-z]+)\b/.exec(text.slice(to, to + 20));
  if (!next || !bodies.has(next[1] as string)) return [];
  return /^[a-z]/.test(suggestion) ? [`name: plain words inside a name ("… ${next[1]}")`] : [];
}

/** "members of his Mum", "about the child for him", "complex emotional and what the child did". */
function phraseOutOfPlace(fix: AppliedFix): string[] {
  const found: string[] = [];
  if (newIn(/\bmembers? of (?:his |her |their |the )?(?:mum|dad|parents|mother|father)\b/i, fix))
    found.push('sense: "members of" one parent');
  if (newIn(/\bthe child(?: safe)? for (?:him|her|them|you|[A-Z])/, fix))
    found.push('"the child" before "for" someone');
  const before = fix.text.slice(Math.max(0, fix.from - 20), fix.from);
  const after = fix.text.slice(fix.to, fix.to + 6);
  if (
    /^(?:what|how|where|why) /.test(fix.suggestion) &&
    (/\b(?:and|or|as|unspecified|standing)\s+$/.test(before) || /^\s+(?:and|or)\b/.test(after))
  )
    found.push('shape: a clause among nouns');
  if (/\bdecides?$/.test(fix.suggestion) && /^\s+[a-z]/i.test(after))
    found.push('shape: "decides" takes the words after it');
  return found;
}

/** "weekend sleepover care", "SEN provision, sleepover and …". */
function sleepoverAsCare(fix: AppliedFix): string[] {
  const found: string[] = [];
  if (newIn(/\bsleepover (?:care|foster|provision|services?|units?)\b/i, fix))
    found.push('sense: "sleepover" as a kind of care');
  if (newIn(/(?:,|\bof|\band)\s+(?:short break|sleepover)\s+(?:and|for|affected|,)/i, fix))
    found.push('number: "short break" or "sleepover" standing bare');
  return found;
}

/**
 * "only brothers and sisters, who was 7" for one sibling, "whose my plan", "a former care-experienced adult", "had
 * been experienced domestic violence", "Parents and living with …, arranged by the parents", "a foster home with a
 * staff team".
 */
function numberAndVoice(fix: AppliedFix): string[] {
  const found: string[] = [];
  const actual = fix.text.slice(fix.from, fix.to);
  if (/\bsibling$/i.test(actual) && /\band\b.*s$/.test(fix.suggestion)) found.push('number: one sibling made several');
  if (newIn(/\bwhose (?:my|your|our|their)\b/i, fix)) found.push('determiner: "whose" and another');
  if (newIn(/\b(?:former|ex-) ?care-experienced\b/i, fix)) found.push('sense: "former" before "care-experienced"');
  if (/ to$/i.test(actual) && newIn(/\b(?:been|was|were|is|are|being) (?:experienced|lived with)\b/i, fix))
    found.push('voice: a passive made active');
  const before = fix.text.slice(Math.max(0, fix.from - 12), fix.from);
  if (/, [a-z]+ed\b/.test(fix.suggestion) && /\b(?:of|to|in|and|or|is|the|with)\s+$/i.test(before))
    found.push('shape: a clause with its own comma in a noun place');
  if (newIn(/\bfoster homes?\b[^.]{0,50}\bstaff team\b/i, fix)) found.push('sense: a foster home with a staff team');
  return found;
}

/** The senses a fix gives its words that the sentence rules out. */
export function fixSenseProblems(fix: AppliedFix): string[] {
  return [
    ...placementMadeAHome(fix),
    ...nameMadePlain(fix),
    ...phraseOutOfPlace(fix),
    ...sleepoverAsCare(fix),
    ...numberAndVoice(fix),
  ];
}
