/*
 * More findings the writer has already answered (criticised36, beside quoted.ts's words quoted to be criticised): the
 * flagged words are a label the sentence reports, criticises or denies, not the writer's own verdict on someone. The
 * engine drops such a finding (`retext-case-note.ts`). Each shape is narrow; a label said of particular people stays
 * flagged ("Richard was branded a lout", "the girls were labelled as “promiscuous”", "Pupils who asked hard questions
 * were all labelled troublemakers").
 */

// (1) a generic "a …" the sentence says society labels: "a withdrawn pupil or quiet loner is labelled a problem" — the
// flagged words open the clause (the sentence, or after a comma) with "a"/"an", and what follows is "is labelled …"
const genericOpens = /(?:^|,)\s*$/;
const labelledAfter =
  /^(?:\s+or\s+(?:an?\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+is\s+(?:often\s+|commonly\s+|usually\s+|then\s+)?(?:labell?ed|branded|dubbed)\s+(?:as\s+)?an?\s/iu;
// and the label such a generic "a …" is given, after it ("… is labelled a young offender"); not a particular child ("A
// victim was labelled a “prostitute”", "Richard was branded a lout": "was", or a name)
const genericLabelledBefore =
  /(?:^|,)\s*an?\s+[^,;.]{1,60}?\s+is\s+(?:often\s+|commonly\s+|usually\s+|then\s+)?(?:labell?ed|branded|dubbed)\s+(?:as\s+)?(?:an?\s+)?(?:[\p{L}-]+\s+)?$/iu;

// (1b) the same report of a group in general, with a plural for people and no determiner as the subject (the lead's ruling,
// thirty-first session): "Teenagers who display challenging behaviour are commonly labelled as “troublesome”", "Children in
// care are often described as …". The label after the verb goes; the words inside the subject are the writer's own and stay
// (a sealed set flags "challenging behaviour" there); "The boys are labelled …", "Both children are described as …"
// (particular people) and anything with "was"/"were" stay flagged.
const pluralSubject = String.raw`(?:^|[,;:])\s*(?!(?:the|these|those|our|my|his|her|their|your|both|its|two|three|four|five|six|several)\b)(?:[\p{L}-]+\s+){0,2}(?:children|teenagers|teens|young\s+people|youngsters|pupils|students|kids|boys|girls|adolescents|parents|mothers|fathers|families|care\s+leavers)\b`;
const areLabelled = String.raw`\s+are\s+(?:(?:often|commonly|usually|routinely|frequently|sometimes|still|too\s+often|all\s+too\s+often|then|quickly|unfairly|wrongly|easily|widely)\s+)?(?:labell?ed|branded|dubbed|described|stereotyped|written\s+off)\b`;
const pluralLabelledBefore = new RegExp(
  `${pluralSubject}[^,;.]{0,80}?${areLabelled}\\s+(?:as\\s+)?(?:[“"‘']?[\\p{L}-]+[”"’']?\\s*(?:,|\\bor\\b|\\band\\b)\\s*)*[“"‘']?(?:an?\\s+)?(?:[\\p{L}-]+\\s+)?$`,
  'iu',
);
// the verb both (1) and (1b) need, tested first: the two are long case-insensitive patterns with Unicode letter classes,
// costly to compile on a page's first lint and to run at every place in the words before each finding
const labelVerb = /\s(?:labell?ed|branded|dubbed|described|stereotyped|written\s+off)\b/iu;
/** The start-word test before (1) and (1b), for the test that it matches wherever they do (start-word-tests.test.ts). */
export const labelledStartWordTest = {
  start: labelVerb,
  patterns: [genericLabelledBefore, pluralLabelledBefore],
} as const;

// (2) a label someone else claims of the writer, in a court or a row: "my ex is going to claim I am a bad mother",
// "he says in court that I am …" (the writer reporting an allegation against themselves)
const claimedOfWriter =
  /\b(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|argu(?:e|es|ed|ing))\s+(?:in\s+court\s+|to\s+the\s+court\s+)?(?:that\s+)?i\s+(?:am|was|['’]m)\s+(?:an?\s+)?$/i;

// (3) a label the sentence names as the subject and judges as wording: "Low-achieving can be misleading" — an adjective
// that opens the sentence and is the subject of a verdict on words
const adjectiveLike = /^[\p{L}-]+(?:ing|ed|ive|ous|ile|ic|al|ful|ant|ent)$/iu;
const judgedAsWording =
  /^\s+(?:is|are|can\s+be|may\s+be|sounds|seems)\s+(?:very\s+|quite\s+|often\s+|so\s+)?(?:misleading|inaccurate|offensive|unhelpful|outdated|stigmati[sz]ing|reductive|meaningless|problematic)\b/i;

// (4) the law's denial of a frame: "it is no defence to say that the child … was a willing participant"
const noDefence = /\b(?:is|was|be)\s+no\s+defen[cs]e\s+(?:to\s+(?:say|argue|claim|show)|that)\b/i;

// (5) "hostility" listed with other troubles of a meeting or a place ("cut short because of arguments and hostility",
// "instability, hostility and disruption"): a climate, not a parent's stance towards the work (no "towards …")
const troubles = '(?:arguments?|rows?|shouting|chaos|instability|conflict|tension|disruption|disorder|unrest)';
const listedBefore = new RegExp(String.raw`\b${troubles}\s*(?:,|\band)\s*$`, 'i');
const listedAfter = new RegExp(String.raw`^\s*(?:,|\band)\s+(?:possibly\s+|even\s+)?(?:severe\s+)?${troubles}\b`, 'i');
const aimedAt = /^\s+(?:towards?|to|against|from|at|between)\b/i;
// someone's own troubles ("Mum's arguments and hostility", "their shouting and hostility") are a stance, and stay flagged
const owned =
  /\b(?:her|his|their|\p{Lu}\p{Ll}+['’]s|(?:mum|dad|mother|father|parent)s?['’]s?)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Whether the flagged words text[from, to), in the sentence text[start, end), are a label reported, criticised or denied. */
export function labelReported(text: string, start: number, end: number, from: number, to: number): boolean {
  const flagged = text.slice(from, to);
  const before = text.slice(start, from);
  const after = text.slice(to, end);
  if (/^an?\s/i.test(flagged) && genericOpens.test(before) && labelledAfter.test(after)) return true;
  if (labelVerb.test(before) && (genericLabelledBefore.test(before) || pluralLabelledBefore.test(before))) return true;
  if (claimedOfWriter.test(before)) return true;
  if (adjectiveLike.test(flagged) && before.trim() === '' && judgedAsWording.test(after)) return true;
  if (noDefence.test(before)) return true;
  if (/^hostility$/i.test(flagged) && !aimedAt.test(after) && !owned.test(before.replace(/[\s,]+$/, ' ').slice(-60)))
    return listedBefore.test(before) || listedAfter.test(after);
  return false;
}
