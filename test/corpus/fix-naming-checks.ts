/**
 * Checks on a one-click fix for the kinds a reader found broken on fresh sentences in the thirteenth reading sample
 * (test/corpus/fix-reading/fix-reading-25.yml): a term the sentence names ("a setting up home allowance (also known as
 * a leaving care grant)", "A Section 47 enquiry might also be referred to as …", "are called either … or Children's
 * Guardians") or defines as an order of a kind ("A supervision order is a court order that …"), a view or a charge
 * reported as others' ("the public saw them as bad and uncontrollable", "accused them of putting themselves at risk"),
 * a long phrase after a word of degree ("the 120,000 most families facing several difficulties"), two describing words
 * joined by "and" as one item of a list with commas, "sexual abuse" after "a" and the words describing it ("having a 15
 * month long sexual abuse of"), and a "child" after "his", "her" or "their" ("sleeping with his child"); and (fixes41,
 * fix-reading-40.yml and the pooled samples) a term in a list the sentence names as terms ("heard terms like Section 47
 * Investigation, Child in Need, or Child Protection Plan", "terms such as disguised compliance") and a person's state
 * said of their conduct ("youth crime and upset behaviour"), and "having …" in place of a behaviour ("the girls' having
 * trouble coping"); and (fixes41b) a label changed in a clause a title and a name report after it ("… the most upset
 * under-10s …, said Mr Reid."). Written apart
 * from the engine's fitting step (no code shared with packages/lint/src/fit), with word lists of its own; a fix that
 * reads right must pass every one.
 */
import type { AppliedFix } from './fix-shape-checks.ts';

const opensSentence = (text: string, from: number): boolean =>
  /^\s*["'‘“]?\s*(?:(?:A|An|The)\s+)?$/.test(text.slice(0, from));

/** The replaced words named as a term by the words after or before them. */
function namedTerm({ text, from, to }: AppliedFix): string[] {
  const after = text.slice(to, to + 80);
  if (
    /^\s*[(,]\s*(?:also|sometimes|often|formerly|previously|otherwise) (?:known as|called|referred to as)\b/i.test(
      after,
    )
  )
    return ['term: the sentence gives the words another name just after them'];
  if (
    /\bcalled (?:either|both) [^.;:]{1,80}? (?:or|and) (?:(?:a|an|the) )?$/i.test(
      text.slice(Math.max(0, from - 120), from),
    )
  )
    return ['term: the second of two names after "called either"'];
  if (!opensSentence(text, from)) return [];
  if (
    /^(?: [a-z][a-z-]*)? (?:(?:might|may|can|could|will|would|is|are|was|were|be|been|also|sometimes|often|commonly|usually|now) ){1,4}(?:known as|referred to as|termed|called (?!off|out|in|for|to|back|on|at|away|by)\w)/.test(
      after,
    )
  )
    return ['term: the sentence opens with the words and names them'];
  const rest = after.replace(/^\s*\([^()]{1,40}\)/, '');
  if (/^ (?:is|are) (?:a |an )?(?!a |an |the |not )[a-z-]+ (?:[a-z-]+ ){0,2}orders?\b/i.test(rest))
    return ['term: the sentence defines the words as an order of a kind'];
  return [];
}

/** A view or a charge the sentence reports as others', just before the replaced words. */
function othersView({ text, from }: AppliedFix): string[] {
  const before = text.slice(Math.max(0, from - 40), from);
  return /\b(?:(?:saw|sees|see) (?:them|him|her|us|children|young people) as|accus(?:ed|es|ing) (?:them|him|her|us|you) of) (?:[a-z]+ and )?$/i.test(
    before,
  )
    ? ["account: a view or a charge reported as others'"]
    : [];
}

/** The slot the replaced words stood in: after a word of degree, in a list, after "a" or a possessive. */
function slotBeside({ text, from, to, suggestion }: AppliedFix): string[] {
  const before = text.slice(Math.max(0, from - 40), from);
  const after = text.slice(to, to + 5);
  const replaced = text.slice(from, to);
  const problems: string[] = [];
  if (/\b(?:most|more|less|least|very|too) $/i.test(before) && suggestion.trim().split(/\s+/).length >= 3)
    problems.push('modifier: a phrase of three words or more after a word of degree');
  if (/^[a-z]+ and [a-z]+$/.test(suggestion) && /, $/.test(before) && after.startsWith(','))
    problems.push('list: two words joined by "and" as one item of a list with commas');
  if (/^sexual abuse of\b/i.test(suggestion) && !/^an?\b/i.test(replaced) && /\ban? (?:[\w-]+ ){0,3}$/i.test(before))
    problems.push('determiner: "a" before "sexual abuse"');
  if (/^child\b/i.test(suggestion) && !/child/i.test(replaced) && /\b(?:his|her|their) $/i.test(before))
    problems.push('sense: "his child" for someone who is not his child');
  return problems;
}

/** The replaced words among terms the sentence names as terms ("heard terms like A, B, or C", "terms such as C"). */
function termInNamedList({ text, from }: AppliedFix): string[] {
  const before = text.slice(Math.max(0, from - 120), from);
  return /\b(?:terms|words|phrases|labels|jargon|a term|a word|a phrase) (?:like|such as) (?:[^.;:!?]*(?:,|\bor|\band) )?(?:(?:a|an|the) )?$/i.test(
    before,
  )
    ? ['term: one of the terms a list names as terms changed']
    : [];
}

/** "struggling" or "upset" put before "behaviour" or "conduct": a person's state said of what they do. */
function stateOfConduct({ text, to, suggestion }: AppliedFix): string[] {
  if (!/^(?:struggling|upset)$/i.test(suggestion)) return [];
  return /^ (?:(?:and|or) [a-z-]+ )?(?:behaviours?|behaviors?|conduct)\b/i.test(text.slice(to, to + 40))
    ? ['collocation: a person\'s state said of their behaviour ("upset behaviour")']
    : [];
}

/** "having trouble coping" put where a noun phrase for behaviour stood ("displaying having trouble coping"). */
function gerundForBehaviour({ text, from, to, suggestion }: AppliedFix): string[] {
  const replaced = text.slice(from, to);
  return /^having /i.test(suggestion) && /\bbehaviou?rs?$/i.test(replaced) && !/^ha(?:s|ve|d|ving)\b/i.test(replaced)
    ? ['clause-in-noun-slot: "having …" where a behaviour was named ("displaying having trouble coping")']
    : [];
}

/** A label changed in a clause whose report a title and a name give after it (", said Mr Reid.", ", Dr Patel said."). */
function labelInTitledReportAfter({ text, to, ruleId }: AppliedFix): string[] {
  if (!/label|disruptive|unruly|troublemaker|verdict/i.test(ruleId)) return [];
  return /^[^.;:!?]*, (?:(?:said|says|added) (?:Mr|Mrs|Ms|Dr|Lord|Lady|Judge|Sir|Dame|DC|PC|Det|Prof|Professor|Cllr)\.? [A-Z][a-z'-]+|(?:Mr|Mrs|Ms|Dr|Lord|Lady|Judge|Sir|Dame|DC|PC|Det|Prof|Professor|Cllr)\.? (?:[A-Z][a-z'-]+ ){1,2}(?:said|says|added))\b/.test(
    text.slice(to),
  )
    ? ['quoted-term: a label changed in a named person\'s report given after it (", said Mr Reid.")']
    : [];
}

/** Every check above, on one applied fix. */
export function fixNamingProblems(applied: AppliedFix): string[] {
  return [
    ...namedTerm(applied),
    ...othersView(applied),
    ...slotBeside(applied),
    ...termInNamedList(applied),
    ...stateOfConduct(applied),
    ...gerundForBehaviour(applied),
    ...labelInTitledReportAfter(applied),
  ];
}
