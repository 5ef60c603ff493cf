import type { NoteFacts } from './note-facts.ts';
import type { Site } from './site.ts';

// a bracket right after the words holding a word of two letters or more: "Section F (Educational Provision)",
// "Section B (needs)"; not "(s)" or a bracketed letter or number
const glossAfter = /^\s*\((?=[^()]*\p{L}{2})[^()]+\)/u;
// the words alone fill a bracket: "the outcomes for your child (section E)"
const openBefore = /\(\s*$/;
const closeAfter = /^\s*\)/;

/**
 * Whether the flagged words carry a bracketed gloss (the lead's ruling, thirty-fourth session): a bracket holding words
 * right after them ("Section F (provision)") says what they name, and so do words that alone fill a bracket after
 * what they name ("the help your child will get (section F)"). Read in the sentence only.
 */
export function glossedByBracket(facts: NoteFacts, site: Site): boolean {
  const sentence = facts.sentences[site.sentence];
  const first = sentence?.words[site.first];
  const last = sentence?.words[site.last];
  if (!sentence || !first || !last) return false;
  const before = sentence.text.slice(0, first.start - sentence.from);
  const after = sentence.text.slice(last.end - sentence.from);
  if (glossAfter.test(after)) return true;
  return openBefore.test(before) && closeAfter.test(after) && /\p{L}/u.test(before.slice(0, -1));
}
