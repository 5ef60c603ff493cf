import type { Hit, Token } from '@casenote/rules';
import type { CompiledRules } from './compile-rules.ts';

// the last word of the name of a document, a policy or an event: the service words before it are part of its title
// ("the Corporate Parenting Strategy", "the Care Leavers Covenant", "Care Leavers Week"), not the worker's own
// wording. Not bodies, teams or posts ("the Corporate Parenting Board", "the Virtual School Head"), nor reports
// about a child ("the Child's Permanence Report"): their names are jargon to a family as the words are (dev-jargon-7a,
// dev-jargon-12 label them so)
const nameHeads = new Set([
  'annual',
  'award',
  'awards',
  'charter',
  'covenant',
  'framework',
  'fund',
  'newsletter',
  'pledge',
  'policy',
  'programme',
  'protocol',
  'strategy',
  'week',
]);

/** A word written with a capital first letter and small letters after it ("Parenting", not "LAC" or "care"). */
const titleCase = (token: Token): boolean => /^\p{Lu}/u.test(token.exact) && /\p{Ll}/u.test(token.exact);

/**
 * Whether a service word is part of a name the text quotes: a jargon rule's words written with capitals, followed
 * at once by a capitalised word that ends a name of a body, a document or a post ("the Corporate Parenting Board",
 * "the Care Leavers Covenant", "the Virtual School Head"). The name is the council's, not the worker's wording, and
 * its reader meets it as a name; the same words in the worker's own wording ("corporate parenting", "a care leaver",
 * "the virtual school") stay findings. Acronyms and rules that match letter case keep theirs: an unexplained
 * acronym is as hard to read inside a name.
 */
export function insideProperName(hit: Hit, tokens: readonly Token[], compiled: CompiledRules): boolean {
  const next = tokens[hit.end];
  if (!next || next.breakBefore || !nameHeads.has(next.lower) || !titleCase(next)) return false;
  const rule = compiled.active[hit.rule]?.rule;
  if (rule?.category !== 'jargon' || rule.family === 'acronym' || rule.caseSensitive) return false;
  for (let index = hit.start; index < hit.end; index += 1) if (!titleCase(tokens[index] as Token)) return false;
  return true;
}
