/**
 * What a suggestion is in itself and beside its rule's other suggestions (`suitsPlace` in place.ts reads it for
 * every finding): no place changes it, so it is read once per rule's suggestion.
 */
import { hasPostmodifier, pluralPhrase } from './noun-number.ts';

/** What a suggestion is in itself and beside its rule's other suggestions, which no place changes. */
interface AmongSiblings {
  /** Its words in lower case. */
  words: readonly string[];
  /** It is the plural of another ("children in care" beside "child in care"). */
  pluralOfOther: boolean;
  /** Another is its plural: where the flagged words are a plural noun that one is offered, not this made plural. */
  hasPlural: boolean;
  /** It is another without its last noun ("child protection" beside "child protection enquiry"). */
  modifierOfOther: boolean;
}

/**
 * Read once per rule's suggestion, not for every finding: by the rule's list of suggestions (one array a rule,
 * dropped with the rule), then by the suggestion.
 */
const siblingsRead = new WeakMap<readonly string[], Map<string, AmongSiblings>>();

export function amongSiblings(suggestion: string, siblings: readonly string[]): AmongSiblings {
  let bySuggestion = siblingsRead.get(siblings);
  if (!bySuggestion) {
    bySuggestion = new Map();
    siblingsRead.set(siblings, bySuggestion);
  }
  let read = bySuggestion.get(suggestion);
  if (!read) {
    read = {
      words: Object.freeze(suggestion.toLowerCase().split(/\s+/).filter(Boolean)),
      pluralOfOther: siblings.some((other) => other !== suggestion && pluralOf(other, suggestion)),
      hasPlural: siblings.some((other) => other !== suggestion && pluralOf(suggestion, other)),
      modifierOfOther: siblings.some((other) => modifierOf(suggestion.toLowerCase(), other.toLowerCase())),
    };
    bySuggestion.set(suggestion, read);
  }
  return read;
}

/**
 * Whether `plural` is the plural of `singular`: its head made plural ("children in care" of "child in care"), with
 * "the child" after it made plural too ("court orders placing the children in the council's care": several orders,
 * one for each child), or the same pair of nouns.
 */
function pluralOf(singular: string, plural: string): boolean {
  const made = pluralPhrase(singular.split(' '))?.join(' ');
  return (
    made === plural || made?.replace(/\bthe child\b/, 'the children') === plural || pairedSingular(singular, plural)
  );
}

/** "brother or sister" beside "brothers and sisters": the same pair, one of them singular, the other plural. */
function pairedSingular(other: string, suggestion: string): boolean {
  const one = /^(\w+) or (\w+)$/.exec(other);
  return one !== null && suggestion === `${one[1]}s and ${one[2]}s`;
}

/** Whether `suggestion` is `other` without its last noun ("child protection" of "child protection enquiry"). */
function modifierOf(suggestion: string, other: string): boolean {
  if (!other.startsWith(`${suggestion} `)) return false;
  const rest = other.slice(suggestion.length + 1);
  return !rest.includes(' ') && !hasPostmodifier(['', rest]);
}
