/**
 * Checks on a suggestion offered in a sense its sentence rules out (the wrong-sense kind, the largest pooled over
 * the reading samples, test/corpus/fix-reading/fix-reading-13.yml … -41.yml; fixes42): youth justice "disposals"
 * made "sentences" beside fines, cautions or custody; "CSE" made "sexual abuse" where the sentence names exploitation
 * or a CSE screening tool; "presented as a couple" made "seemed a couple"; a section 47 application made a child
 * protection enquiry application; a placement made a "children's home" in a sentence about foster care or adoption;
 * a victim's "did not feel able to" said of staff or a council; a placement with parents, a manager, a registration,
 * placements counted in general or breaking down made a kind of home. Written apart from the engine (no code shared with
 * packages/lint/src/fit or the rule data), with word lists of its own; a fix that reads right must pass every one.
 */
import type { AppliedFix } from './fix-shape-checks.ts';

const replaced = ({ text, from, to }: AppliedFix): string => text.slice(from, to);

/** "orders which fall between sentences and fines": a disposal made a sentence beside fines, cautions or custody. */
function disposalMadeSentence(fix: AppliedFix): string[] {
  if (!/disposals?$/i.test(replaced(fix)) || !/^sentences?$/i.test(fix.suggestion)) return [];
  const rest = fix.text.slice(0, fix.from) + fix.text.slice(fix.to);
  return /\b(?:fines?|cautions?|custody|custodial|detention|sentences?)\b/i.test(rest)
    ? ['wrong-sense: a disposal made a sentence beside fines, cautions or custody']
    : [];
}

/** "consider Child Sexual Exploitation and completion of sexual abuse screening tool". */
function exploitationMadeAbuse(fix: AppliedFix): string[] {
  if (replaced(fix) !== 'CSE' || !/^sexual abuse$/i.test(fix.suggestion)) return [];
  const rest = fix.text.slice(0, fix.from) + fix.text.slice(fix.to);
  const toolAfter = /^\s+(?:\S+\s+)?(?:screening|tool|toolkit)\b/i.test(fix.text.slice(fix.to));
  return /\bexploit(?:ation|ed)\b/i.test(rest) || toolAfter
    ? ['wrong-sense: CSE made "sexual abuse" where exploitation in particular is meant']
    : [];
}

/** "The parents seemed a couple": how they came forward made how they looked. */
function coupleSeemed(fix: AppliedFix): string[] {
  if (!/^present/i.test(replaced(fix))) return [];
  return /^\s+(?:\S+\s+)?(?:couple|united front|unit)\b/i.test(fix.text.slice(fix.to))
    ? ['wrong-sense: "presented as a couple" made how they seemed']
    : [];
}

/** "bring a child protection enquiry application": an Irish section 47 application made an enquiry. */
function applicationMadeEnquiry(fix: AppliedFix): string[] {
  if (!/^(?:section|s\.?)\s?47$/i.test(replaced(fix))) return [];
  return /^\s+applications?\b/i.test(fix.text.slice(fix.to))
    ? ['wrong-sense: a section 47 application made a child protection enquiry']
    : [];
}

/** "The respite home then offered Y a full-time children's home": foster care made a children's home. */
function fosterCareMadeChildrensHome(fix: AppliedFix): string[] {
  // (the placement rule's own word only: "residential placements" made children's homes reads right)
  if (!/^placements?$/i.test(replaced(fix)) || !/^children['’]s homes?$/i.test(fix.suggestion)) return [];
  return /\b(?:foster|fostering|fostered|respite|adopt(?:ion|ive|ers?)|supervising)\b/i.test(fix.text)
    ? ["wrong-sense: a placement in foster care or adoption made a children's home"]
    : [];
}

/**
 * "moved from a foster home with a different family member", "the preferred children's home for the majority of
 * children", "breaking down the home": a placement the sentence tells is of another kind, or placements counted in
 * general or ending, made one kind of home (the placement rule's own word only).
 */
function placementOfAnotherKind(fix: AppliedFix): string[] {
  if (!/^placements?$/i.test(replaced(fix)) || !/homes?$/i.test(fix.suggestion)) return [];
  const kind = /^(?:foster|children['’]s) homes?$/i.test(fix.suggestion);
  const before = fix.text.slice(0, fix.from);
  const after = fix.text.slice(fix.to);
  if (/\b(?:break|breaks|breaking|broke|broken) down (?:the |a |her |his |their )?$/i.test(before))
    return ['wrong-sense: a placement breaking down made a home'];
  if (!kind) return /\bdemand for $/i.test(before) ? ['wrong-sense: the demand for placements made housing'] : [];
  if (/^ with (?:(?:her|his|their|a|the|different|other) )*(?:parents|relatives?|family members?)\b/i.test(after))
    return ["wrong-sense: a placement with parents or relatives made a foster or children's home"];
  if (/\bmajority of $/i.test(before) || /^ for the majority\b/i.test(after))
    return ['wrong-sense: placements counted in general made one kind of home'];
  if (
    /^foster/i.test(fix.suggestion) &&
    /\b(?:placement manager|registered manager|staff team)\b|^ that has not (?:yet )?been registered\b/i.test(after)
  )
    return ['wrong-sense: a placement with a manager or registration made a foster home'];
  if (/^children/i.test(fix.suggestion) && /\b(?:mum and dad|our home)\b/i.test(fix.text))
    return ["wrong-sense: a family's home made a children's home"];
  return [];
}

/** "council staff … did not feel able to identify the perpetrators": a victim's fear said of professionals. */
function victimWordingForStaff(fix: AppliedFix): string[] {
  if (!/^did not feel (?:able|safe) to$/.test(fix.suggestion)) return [];
  return /\b(?:staff|councils?|officers|officials|professionals|agencies|authorities|managers|employees)\b/i.test(
    fix.text,
  )
    ? ["wrong-sense: a victim's wording said of staff or a council"]
    : [];
}

/** Every check above, on one applied fix. */
export function fixWrongSenseProblems(applied: AppliedFix): string[] {
  return [
    ...disposalMadeSentence(applied),
    ...exploitationMadeAbuse(applied),
    ...coupleSeemed(applied),
    ...applicationMadeEnquiry(applied),
    ...fosterCareMadeChildrensHome(applied),
    ...placementOfAnotherKind(applied),
    ...victimWordingForStaff(applied),
  ];
}
