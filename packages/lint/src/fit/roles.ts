/**
 * A suggestion that makes the person after the flagged words the abuser ("had sex with her" → "was sexually abused by
 * her") where that person is a pronoun standing for the child the sentence named before: the child is the one the
 * other person had sex with, so the fix would turn the abuser into the abused ("he … took the girl out for a pizza
 * before returning to her home and having sex with her" → not "… and being sexually abused by her"; "those caught
 * trafficking minors or having sex with them"; the eighteenth reading sample, fix-reading-30.yml, with seeds 24 and 29).
 * Read after `suitsPlace` with the other misfits (misfits.ts); the finding and its card stay.
 */
import type { Token } from '@casenote/rules';
import type { Place } from './place.ts';
import type { FitContext } from './slot.ts';

const abusedBy = /\babused by(?: (?:him|her|them))?$/i;
/** Words for a child a pronoun of each kind can stand for. */
const childFor: Readonly<Record<string, RegExp>> = {
  her: /\b(?:girl|schoolgirl|daughter|stepdaughter|granddaughter|niece)\b/i,
  him: /\b(?:boy|schoolboy|son|stepson|grandson|nephew)\b/i,
  them: /\b(?:children|minors|girls|boys|kids|teenagers|pupils|youngsters|young people|schoolgirls|schoolboys)\b/i,
};
/** What may follow "her" as an object (not "her boyfriend", a possessive). */
const afterObject =
  /^(?:$|[.,;:!?)’'"–-]|(?:and|or|but|at|in|on|after|before|when|while|several|multiple|many|again|twice|repeatedly|for|without|despite|because|as|until|from|over|that|which|even|if)\b)/i;

/** Whether `suggestion` would make the child the sentence named before the flagged words their abuser. */
export function makesChildTheAbuser(context: FitContext, place: Place, suggestion: string): boolean {
  if (!abusedBy.test(suggestion)) return false;
  const { text, tokens } = context;
  // the pronoun after the flagged words, or their own last word ("had sex with him" → "was sexually abused by him")
  const own = /\s(her|him|them)$/i.exec(text.slice(place.from, place.to));
  const object = own
    ? /^()\s*(.*)$/.exec(text.slice(place.to, place.to + 40))
    : /^\s+(her|him|them)\b\s*(.*)$/i.exec(text.slice(place.to, place.to + 40));
  if (object === null) return false;
  const pronoun = ((own ? own[1] : object[1]) as string).toLowerCase();
  if (pronoun === 'her' && !afterObject.test(object[2] as string)) return false;
  const sentenceBefore = text.slice((tokens[0] as Token).start, place.from);
  return (childFor[pronoun] as RegExp).test(sentenceBefore);
}
