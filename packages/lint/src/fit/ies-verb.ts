/**
 * An "-ies" word after a name or acronym read as the clause's verb where a verb is wanted (fixes39b, by the lead's
 * answer to fixes39's question 3): "the involvement of Cafcass varies" — "varies" is what the involvement does, not a
 * plural noun the name describes, so "Cafcass" still stands bare and its full name takes "the". Only words whose "-y"
 * verb is listed here, and only where no verb follows in the clause ("Cafcass supplies are low" keeps the noun; "to"
 * does not count: "Cafcass tries to help").
 */
import type { Token } from '@casenote/rules';
import { isFiniteVerb, isKnownVerbForm } from './verbs.ts';
import { isAuxiliary } from './word-classes.ts';
import { wordSet } from '../word-set.ts';

/** Verbs in "-y" whose "-ies" form a sentence uses as its verb (some, like "supplies", are nouns too). */
const iesVerbs = wordSet(
  `vary apply rely identify specify deny accompany satisfy notify clarify modify certify verify signify occupy imply
  comply multiply qualify classify justify marry hurry bury carry worry try copy supply reply study embody remedy
  testify unify amplify intensify rectify simplify quantify ratify exemplify diversify typify dry`,
);

/** Whether a name or acronym stands at `head` (capitalised: "Cafcass", "IFA"). */
const capitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.exact);

/**
 * Whether the word at `index` is an "-ies" verb after a capitalised name and is the verb of its clause: no other verb
 * follows it before the clause's next break.
 */
export function iesVerbAfterName(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  const head = tokens[index - 1];
  if (!word || !head || !capitalised(head) || !word.lower.endsWith('ies')) return false;
  if (!iesVerbs.has(`${word.lower.slice(0, -3)}y`)) return false;
  for (let next = index + 1; next < tokens.length; next++) {
    const token = tokens[next] as Token;
    if (token.breakBefore) break;
    // ("varies from case to case", "tries to help": "to" after the verb opens no verb of its own for the subject)
    if (token.lower === 'to') continue;
    if (isAuxiliary(token.lower) || isFiniteVerb(token.lower) || isKnownVerbForm(token.lower)) return false;
  }
  return true;
}
