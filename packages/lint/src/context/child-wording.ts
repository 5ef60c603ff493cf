import type { CompiledRules } from '../compile-rules.ts';
import type { Verdict } from './conditions.ts';
import { locate, type NoteFacts } from './note-facts.ts';

/** What marking a finding needs: its rule, its place, what its conditions decided, and the mark itself. */
interface Marked {
  hit: { rule: number };
  from: number;
  to: number;
  verdict: Verdict | undefined;
  /** For a rule with `childSuggestions`: whether the sentence is written to the child (undefined otherwise). */
  toChild?: boolean;
}

/**
 * Marks whether each finding of a rule with wording for the child (`childSuggestions`) stands in a sentence written
 * to the child, as `reader: child` reads it (the note's facts are read only when such a finding is kept).
 */
export function markChildReaders(found: readonly Marked[], compiled: CompiledRules, readFacts: () => NoteFacts): void {
  for (let index = 0; index < found.length; index += 1) {
    const finding = found[index] as Marked;
    const { rule } = compiled.active[finding.hit.rule] as CompiledRules['active'][number];
    if (rule.childSuggestions === undefined || finding.verdict?.kind === 'skip') continue;
    const facts = readFacts();
    const site = locate(facts, finding.from, finding.to);
    finding.toChild = site !== undefined && facts.writtenToChild(site.sentence);
  }
}
