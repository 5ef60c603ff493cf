/**
 * Checks on a one-click fix for the kinds a reader found broken on fresh sentences in the twelfth reading sample
 * (test/corpus/fix-reading/fix-reading-24.yml): an idiom or a verb's object the fix breaks ("in regular family time
 * with", "need to raise to the MASH", "leaving without saying where from home", "time with your family with your
 * siblings"), a word said twice across a comma ("angry, angry and aggressive"), "busy" of a past, a home of the wrong
 * kind in adoption ("an adoption foster home") or for a family placement, a home for a person ("assessed as homes with a
 * relative"), custody for a child remanded to care, a foster carer's own social worker made "my foster carer's social
 * worker", a describing word made a verb in the past ("Struggled pupils"), and a term the sentence defines by its kind
 * ("A custodial sentence (DTO) is a sentence where …"). Written apart from the engine's fitting step (no code shared
 * with packages/lint/src/fit), with word lists of its own; a fix that reads right must pass every one.
 */
import type { AppliedFix } from './fix-shape-checks.ts';

const count = (text: string, pattern: RegExp): number => [...text.matchAll(pattern)].length;
/** Whether the fixed sentence has more matches of `pattern` than the sentence had. */
const added = ({ text, fixed }: AppliedFix, pattern: RegExp): boolean => count(fixed, pattern) > count(text, pattern);

const idioms: Array<[RegExp, string]> = [
  [/\bin (?:\w+ )?family time with\b/gi, 'idiom: "in contact with" made "in family time with"'],
  [/\b(?:raise|raised|pass on|passed on) (?:to|into) the\b/gi, 'object: a verb that needs an object before "to"'],
  [/\bwithout saying where from\b/gi, 'idiom: "without saying where from"'],
  [/\bwith (?:your|their|his|her|the) family with\b/gi, 'repeat: "with … family with"'],
  [/\band busy and\b/gi, 'repeat: "and" after "and" ("violent and busy and unpredictable")'],
  [/\bbusy and unpredictable (?:backgrounds?|childhoods?|upbringings?|pasts?)\b/gi, 'sense: "busy" of a past'],
  [/\b(?:adoption|family) (?:foster |children's )?homes?\b/gi, 'sense: an adoption or family placement made a home'],
  [/\b(?:my|your|our|their) foster carer's social workers?\b/gi, "person: a foster carer's own social worker"],
  [
    /\bstruggled (?:young |teenage )?(?:pupils|teens|teenagers|children|child|kids|girls|boys|youngsters)\b/gi,
    'verb: "struggled" before a noun',
  ],
];

/** The idioms and words above, new to the fixed sentence. */
function brokenBeside(applied: AppliedFix): string[] {
  return idioms.filter(([pattern]) => added(applied, pattern)).map(([, problem]) => problem);
}

/** "hostile, angry and aggressive" → "angry, angry and aggressive": the fix's last word again after a comma. */
function repeatedAcrossComma({ text, fixed }: AppliedFix): string[] {
  const pattern = /\b(\p{Ll}{4,}), \1\b/gu;
  return count(fixed, pattern) > count(text, pattern) ? ['repeat: a word again after a comma'] : [];
}

/** A foster home or a children's home where the sentence is about adoption and not fostering. */
function adoptionHome({ text, suggestion }: AppliedFix): string[] {
  return /^(?:foster|children's) homes?$/i.test(suggestion) && /\badopt/i.test(text) && !/\bfoster/i.test(text)
    ? ['sense: a home of the wrong kind in a sentence about adoption']
    : [];
}

/** A home in place of people or an assessment: "assessed … as homes with a relative or friend". */
function homeForPeople({ text, from, to, suggestion }: AppliedFix): string[] {
  return /\bhomes?\b/i.test(suggestion) && /\b(?:carers?|persons?|assessments?|hosts?)$/i.test(text.slice(from, to))
    ? ['sense: a home in place of people or an assessment']
    : [];
}

/** Custody for a child remanded to care. */
function custodyForCare({ text, from, to, suggestion }: AppliedFix): string[] {
  return /\bcustody\b/i.test(suggestion) && /\bcare\b|\blocal authority\b/i.test(text.slice(from, to))
    ? ['sense: remanded to care made custody']
    : [];
}

/**
 * A term the sentence opens with and defines by its kind: "A court order … (RO) is an order made by the court",
 * "Reports for the court, also known as Welfare Reports, are reports which …", "A … assessment means …".
 */
function definedByKind({ text, from, to }: AppliedFix): string[] {
  if (!/^\s*(?:(?:A|An|The)\s+)?$/.test(text.slice(0, from))) return [];
  const rest = text
    .slice(to)
    .replace(/^ (?!often |always |also |usually )[a-z][a-z-]*(?<!ly)(?= means\b)/, '')
    .replace(/^\s*\([^()]{1,40}\)/, '')
    .replace(/^, also known as [^,]{1,60},/, '');
  const kinds =
    /^ (?:means\b|(?:is|are) (?:when|where)\b|(?:is|are) (?:an? )?(?:(?!the )[a-z-]+ ){0,3}(?:sentences?|contracts?|agreements?|permission|reports?)\b)/i;
  return kinds.test(rest) ? ['term: the sentence defines the words by their kind'] : [];
}

/** Every check above, on one applied fix. */
export function fixBesideProblems(applied: AppliedFix): string[] {
  return [
    ...brokenBeside(applied),
    ...repeatedAcrossComma(applied),
    ...adoptionHome(applied),
    ...homeForPeople(applied),
    ...custodyForCare(applied),
    ...definedByKind(applied),
  ];
}
