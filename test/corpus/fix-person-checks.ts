/**
 * Checks on who a one-click fix makes the writer or the reader, and on the few senses a reader found broken on
 * fresh sentences (test/corpus/fix-reading/fix-reading-16.yml): "you" put in a text that speaks to no one ("The
 * Court appointed a Guardian to represent you" in a lawyer's blog), "I" put for a social worker in a text that
 * speaks to a parent or child about them, that has its own writer beside them, that sets the role duties, or that
 * reports them as a witness; abuse "with" someone; a foster home where the sentence names a children's home (or
 * the other way round); a pronoun as a verb's object in the subject's case; a word or determiner shared across "and"
 * ("a care and placement order"); a phrase opening with a preposition after another ("an episode of in care"). Written apart from the engine (no
 * code shared with packages/lint/src), with word lists of their own; a fix that reads right must pass every one.
 */
import type { AppliedFix } from './fix-shape-checks.ts';

const list = (words: string): ReadonlySet<string> => new Set(words.split(' '));
const addressing = /\b(you|your|yours|yourself|yourselves)\b/i;
const writerSelf = list('i me my myself mine we us our ours');

/** The text outside the replaced range, with quotations (someone's own words) left out. */
function ownWordsOutside({ text, from, to }: AppliedFix): string {
  const outside = `${text.slice(0, from)} \u0000 ${text.slice(to)}`;
  return outside.replace(/“[^”]*”|"[^"]*"/g, ' ');
}

/** "The Court appointed a Guardian to represent you": a reader the text never speaks to. */
function youForNoReader(fix: AppliedFix): string[] {
  if (!addressing.test(fix.suggestion)) return [];
  return addressing.test(ownWordsOutside(fix)) ? [] : ['person: "you" in a text that speaks to no one'];
}

const spelledOut = /^(the|this)\s+(allocated\s+)?(social\s+)?worker(['’]s)?$/i;
const duties = list('should must shall ought needs need will may can');
const reporting = list('said says stated states added noted confirmed claimed');
const proceedings = list('court judge judges evidence hearing proceedings tribunal magistrates cross-examination');

/** "If you feel unable to let the social worker in" → "let me in": a social worker who is not the writer. */
function selfForAnother(fix: AppliedFix): string[] {
  if (fix.ruleId !== 'professional-self-reference') return [];
  const outside = ownWordsOutside(fix);
  if (addressing.test(outside)) return ['person: "I" for a social worker in a text that speaks to a reader'];
  const words = outside.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  if (words.some((word) => writerSelf.has(word)))
    return ['person: "I" for a social worker beside the writer in the sentence'];
  const role = fix.text.slice(fix.from, fix.to).replace(/\s+(is|was|has|does)$/i, '');
  if (!spelledOut.test(role)) return [];
  const next = (fix.text.slice(fix.to).match(/^\s+([\p{L}'’-]+)/u)?.[1] ?? '').toLowerCase();
  if (duties.has(next)) return ['person: "I" for a role a procedure sets duties for'];
  if (reporting.has(next)) return ['person: "I" for a social worker whose words someone reports'];
  if (words.some((word) => proceedings.has(word))) return ['person: "I" for a social worker reported as a witness'];
  return [];
}

/** "a teacher who entered into abuse with a 17 year old". */
function abuseWith({ text, fixed }: AppliedFix): string[] {
  const pattern = /\babuse\s+with\b/i;
  return pattern.test(fixed) && !pattern.test(text) ? ['collocation: abuse "with" someone'] : [];
}

/** "the foster carers from the first children's home", "now in a children's home" beside "foster homes". */
function homeKindContradicted({ text, from, to, suggestion }: AppliedFix): string[] {
  if (/\b(foster|children['’]s|residential)\b/i.test(text.slice(from, to))) return [];
  const near = `${text.slice(Math.max(0, from - 60), from)} ${text.slice(to, to + 60)}`;
  const foster = /\bfoster(ing|ed| carers?| parents?| famil(y|ies)| mum| dad| care)\b/i.test(near);
  const residential = /\b(children['’]s homes?|residential)\b/i.test(near);
  if (foster && !residential && /\bchildren['’]s homes?\b/i.test(suggestion))
    return ["sense: a children's home where the sentence names fostering"];
  if (residential && !foster && /\bfoster\b/i.test(suggestion))
    return ["sense: a foster home where the sentence names a children's home"];
  return [];
}

const objectVerbs = list('give gave tell told send sent show showed let help helped contact contacted inform informed');

/** "give we another weapon". */
function subjectAsObject({ text, from, suggestion }: AppliedFix): string[] {
  if (!/^(we|they|I|he|she)\b/i.test(suggestion)) return [];
  const before = (text.slice(0, from).match(/([\p{L}'’]+)\s+$/u)?.[1] ?? '').toLowerCase();
  return objectVerbs.has(before) ? ["pronoun: a subject pronoun as a verb's object"] : [];
}

/** "a care and court order allowing …", "a court order placing … and placement order": a word or "a" shared across "and". */
function sharedAcrossAnd({ text, from, to, suggestion }: AppliedFix): string[] {
  const actual = text.slice(from, to);
  if (/^(a|an|the|this|that|my|your|his|her|its|our|their|should|would|could|will|can|may|must|is|was)\b/i.test(actual))
    return [];
  if (/\b(a|an|the)\s+[\p{L}-]+\s+(and|or)\s+$/iu.test(text.slice(Math.max(0, from - 30), from))) {
    // unless the flagged words describe a noun after them ("an OT and SALT assessment", "a PLO or Pre-Proceedings
    // Meeting")
    if (
      !/^\s+\p{L}/u.test(text.slice(to, to + 3)) ||
      /^\s+(and|or|to|for|of|in|on|at|by|with|from|was|were|is|are)\b/.test(text.slice(to, to + 8))
    )
      return ['coordination: a word before "and" shared the replaced words\' head'];
  }
  const head = (actual.match(/[\p{L}-]+$/u)?.[0] ?? '').toLowerCase();
  const after =
    /^\s+(and|or)\s+(?!(a|an|the|this|that|these|those|my|your|his|her|its|our|their|any|some|no|all|each|every)\b)[\p{L}-]+\s+([\p{L}-]+)/iu.exec(
      text.slice(to, to + 40),
    );
  if (
    after &&
    after[3]?.toLowerCase() === head &&
    /\b(a|an|the)\s+$/i.test(text.slice(Math.max(0, from - 5), from)) &&
    /\s(placing|allowing|letting|making|who|that|to|for|about|with)\s/.test(` ${suggestion} `)
  )
    return ['coordination: a determiner shared across "and" now goes with the suggestion alone'];
  return [];
}

/** "a new episode of in care", "help with at risk daughter". */
function prepositionAfterPreposition({ text, from, suggestion }: AppliedFix): string[] {
  const before = (text.slice(0, from).match(/([\p{L}]+)\s+$/u)?.[1] ?? '').toLowerCase();
  return /^(in|at|on|into)\s/i.test(suggestion) && /^(of|to|for|from|about|by|with|at|in|on|into)$/.test(before)
    ? ['two prepositions: a phrase opening with one after another']
    : [];
}

/** Who a fix makes the writer or reader, and the senses above. */
export function fixPersonProblems(fix: AppliedFix): string[] {
  return [
    ...youForNoReader(fix),
    ...selfForAnother(fix),
    ...abuseWith(fix),
    ...homeKindContradicted(fix),
    ...subjectAsObject(fix),
    ...sharedAcrossAnd(fix),
    ...prepositionAfterPreposition(fix),
  ];
}
