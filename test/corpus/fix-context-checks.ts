/**
 * Checks on what a one-click fix does to the sentence around it, for the kinds a reader found broken on
 * fresh sentences (test/corpus/fix-reading/fix-reading-15.yml): a capital left on plain words mid-sentence,
 * someone's quoted words or a named term changed, a section of an Act made plain words, the consent someone
 * described made abuse, a home for a placement that breaks down or a student's placement, a word repeated
 * across a bracket, "the child" beside other children, a pronoun as a bracketed gloss, and a "you" for a
 * child introduced to the reader or the writer's own. Written apart from the engine's fitting step
 * (no code shared with packages/lint/src/fit), with word lists of their own; a fix that reads right
 * must pass every one.
 */
import type { AppliedFix } from './fix-shape-checks.ts';

// words of a name that may stay in lower case ("Children and Family Court Advisory and Support Service")
const nameLinks = new Set(['of', 'and', 'or', 'the', 'a', 'an', 'for', 'in', 'on', 'to', 'with', 'at', 'by', '&']);

// first words that are names themselves ("English as an additional language")
const properFirstWords = new Set([
  'English',
  'British',
  'Welsh',
  'Scottish',
  'Irish',
  'Mum',
  'Dad',
  'Nan',
  'Grandma',
  'Grandad',
]);

/** Whether the words before `at` end a sentence, a heading or a line, or open a quotation or a bracket. */
function startsAfter(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  return before === '' || /[.!?:;"“‘'([–—•*\n-]$/.test(before);
}

/** "Meeting about keeping the child safe" mid-sentence: plain words that keep a name's capital. */
function capitalMidSentence({ text, from, suggestion }: AppliedFix): string[] {
  const words = suggestion.split(/\s+/).filter(Boolean);
  if (words.length < 2 || !/^\p{Lu}\p{Ll}/u.test(words[0] as string) || startsAfter(text, from)) return [];
  if (properFirstWords.has(words[0] as string)) return [];
  const plain = words.slice(1).some((word) => /^\p{Ll}/u.test(word) && !nameLinks.has(word.toLowerCase()));
  return plain ? [`capital: "${words.slice(0, 3).join(' ')}" mid-sentence`] : [];
}

const saying =
  /\b(said|says|told|tell|described|describes|called|calls|termed|labelled|branded|wrote|stated|noted|remarked|claimed|believed|thought|referred|dismissed|known|seen|reported)\b/i;
const naming =
  /\b(known as|called|termed|referred to as|described as|so-called|(the|this|that) (term|terms|word|words|phrase|label|expression))\s+((an?|the)\s+)?[“‘"']?\s*$/i;

/** The quotation a range stands in (curly or straight double marks, or curly single ones), or undefined. */
function quotationOf(text: string, from: number, to: number): { open: number; close: number } | undefined {
  for (const [open, close] of [
    ['“', '”'],
    ['‘', '’'],
  ] as const) {
    const opened = text.lastIndexOf(open, from);
    if (opened < 0) continue;
    const closedBetween = text
      .slice(opened, from)
      .split('')
      .some((char, at) => {
        if (char !== close) return false;
        return !/\p{L}/u.test(text.charAt(opened + at + 1));
      });
    if (closedBetween) continue;
    let closed = text.indexOf(close, to);
    while (closed >= 0 && close === '’' && /\p{L}/u.test(text.charAt(closed + 1)))
      closed = text.indexOf(close, closed + 1);
    if (closed >= 0) return { open: opened, close: closed };
  }
  const straight = (text.slice(0, from).match(/"/g) ?? []).length;
  const closed = text.indexOf('"', to);
  if (straight % 2 === 1 && closed >= 0) return { open: text.lastIndexOf('"', from), close: closed };
  return undefined;
}

/** "told she was making “lifestyle choices”", "what was then known as child prostitution". */
function quotedWordsChanged({ text, from, to }: AppliedFix): string[] {
  if (naming.test(text.slice(Math.max(0, from - 40), from))) return ['quotation: a term the sentence names is changed'];
  const quotation = quotationOf(text, from, to);
  if (!quotation) return [];
  const others = text.slice(quotation.open + 1, from) + text.slice(to, quotation.close);
  if (/\p{L}/u.test(others) || saying.test(text.slice(0, quotation.open)))
    return ["quotation: someone's quoted words are changed"];
  return [];
}

/** "under section 17 of the Children Act 1989" → "under help for a child in need of the Children Act 1989". */
function sectionOfAnAct({ text, to, suggestion }: AppliedFix): string[] {
  if (/\d$/.test(suggestion)) return [];
  return /^\s+(of\s+)?(the\s+)?([A-Z][\p{L}'’]*\s+(and\s+)?){1,4}(Act|Regulations)\b/u.test(text.slice(to, to + 60))
    ? ['reference: a section of an Act made plain words']
    : [];
}

/** "had consensual sex" → "had abusive sex": the consent someone described made the abuse the child's. */
function consentMadeAbuse({ text, from, to, suggestion }: AppliedFix): string[] {
  return /^consensual(ly)?$/i.test(text.slice(from, to)) && /^(abusive|exploitative)(ly)?$/i.test(suggestion)
    ? ['sense: the consent someone described made abuse']
    : [];
}

/** "his homes have broken down", "the agency where I did my home". */
function homeForAnEvent({ text, fixed }: AppliedFix): string[] {
  const found: string[] = [];
  const breaking = /\bhomes?\s+(have\s+|has\s+|had\s+)?(break|breaks|broke|broken|breaking)\s+down\b/i;
  if (breaking.test(fixed) && !breaking.test(text)) found.push('sense: a home that breaks down');
  const practice = /\b(did|doing|done|completed?|completing)\s+(my|her|his|their)\s+(\S+\s+)?homes?\b/i;
  if (practice.test(fixed) && !practice.test(text)) found.push("sense: a student's placement made a home");
  return found;
}

/** "the court process for care cases (PLO) process": a word of the fix again just across a bracket. */
function repeatedAcrossBracket({ text, from, to, suggestion }: AppliedFix): string[] {
  const own = new Set(suggestion.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const after = /^['’"”]?\s*(\([^()]*\)\s*|\)\s*)(\p{L}{4,})/u.exec(text.slice(to, to + 80));
  const word = after?.[2]?.toLowerCase();
  if (word && own.has(word) && !text.slice(from, to).toLowerCase().includes(word))
    return [`repeat: "${word}" again after the bracket`];
  return [];
}

/** "the legal right to make decisions about the child for all the children", "the child's legal carer for her grandchildren". */
function childBesideChildren({ text, to, suggestion }: AppliedFix): string[] {
  if (!/\bchild\b/i.test(suggestion)) return [];
  // the next six words up to a mark, in their own case ("Children's Services", "a Child Arrangements Order" are names)
  const clause = text.slice(to).split(/[,.;:()!?]/)[0] ?? '';
  const next = clause.match(/[\p{L}'’]+/gu) ?? [];
  const each = (at: number) =>
    (next[at - 1] === 'of' && next[at - 2] === 'each') || (next[at - 2] === 'of' && next[at - 3] === 'each');
  const at = next.findIndex(
    (word, index) => index < 6 && /^((grand)?children('s|’s)?|grandchild|grandsons?|granddaughters?)$/.test(word),
  );
  if (at >= 0 && !each(at)) return ['number: "the child" beside children'];
  const single = next.findIndex(
    (word, index) =>
      index < 6 &&
      word === 'child' &&
      /^(a|an|one|your|their)$/.test(next[index - 1] ?? '') &&
      next[index + 1] !== 'protection',
  );
  return single >= 0 ? ['number: "the child" beside another child'] : [];
}

/** "Local Authority [we]", "local authorities (we)". */
function pronounGloss({ text, from, to, suggestion }: AppliedFix): string[] {
  return /^(we|you|I|us|me)$/i.test(suggestion) &&
    /[([]\s*$/.test(text.slice(Math.max(0, from - 2), from)) &&
    /^\s*[)\]]/.test(text.slice(to, to + 2))
    ? ['person: a pronoun glossing a name in brackets']
    : [];
}

const toChildRules = new Set(['about-child-sentence', 'subject-child']);

/** "I visited a young boy" → "I visited you", "our daughter" → "you", "The murder of Carol was" → "of you were". */
function youForAnotherChild({ text, from, to, suggestion, ruleId }: AppliedFix): string[] {
  if (!toChildRules.has(ruleId) || !/^(you|your)\b/i.test(suggestion)) return [];
  const actual = text.slice(from, to);
  if (/^(a|an|my|our)\s/i.test(actual))
    return ['person: a child introduced to the reader, or the writer\'s own, made "you"'];
  if (
    /\b(of|to|for|with|about|from|by)\s+$/i.test(text.slice(Math.max(0, from - 8), from)) &&
    /\s(is|was|has)$/i.test(actual)
  )
    return ['person: a verb that is not the child\'s given to "you"'];
  return [];
}

/** "a 27-year-old care-experienced young person", "is being living with …". */
function ageAndBeing({ text, fixed }: AppliedFix): string[] {
  const found: string[] = [];
  const adultYoung =
    /\b(1[89]|[2-9]\d)[- ]years?[- ]old\s+([\p{L}-]+\s+)?(young person|young people|child|children)\b/iu;
  if (adultYoung.test(fixed) && !adultYoung.test(text)) found.push('sense: an adult called a young person or a child');
  const beingIng = /\bbeing\s+(?!being\b)[a-z]+ing\b/i;
  if (beingIng.test(fixed) && !beingIng.test(text)) found.push('"being" before a verb\'s -ing');
  return found;
}

/** The breaks a fix makes in the sentence around it. */
export function fixContextProblems(fix: AppliedFix): string[] {
  return [
    ...capitalMidSentence(fix),
    ...quotedWordsChanged(fix),
    ...sectionOfAnAct(fix),
    ...consentMadeAbuse(fix),
    ...homeForAnEvent(fix),
    ...repeatedAcrossBracket(fix),
    ...childBesideChildren(fix),
    ...pronounGloss(fix),
    ...youForAnotherChild(fix),
    ...ageAndBeing(fix),
  ];
}
