import type { analysisRuleIds } from '@casenote/lint';

/** Names for the whole-note analysis rules, whose ids describe a check rather than wording. */
const analysisNames: Record<(typeof analysisRuleIds)[number], string> = {
  'about-child-sentence': 'Sentence about the child that could be written to them',
  'professional-self-reference': 'Worker writes about themselves in the third person',
  'written-to-child-share': 'Little of the note is written to the child',
  'child-voice-missing': "The child's own words are not recorded",
  'household-child-not-mentioned': 'A child in the household is not mentioned',
  'hard-for-child': 'Hard for the child to read',
};

/**
 * A plain name for a rule, for people who do not know the rule ids: "Acronym: CIN" for
 * `acronym-cin`, "Put self at risk" for `put-self-at-risk`. Reports print the id beside it.
 */
export function ruleName(ruleId: string): string {
  const named = analysisNames[ruleId as keyof typeof analysisNames];
  if (named) return named;
  const acronym = /^acronym-(.+)$/.exec(ruleId);
  if (acronym?.[1]) {
    const [letters, ...rest] = acronym[1].split('-');
    return `Acronym: ${(letters ?? '').toUpperCase()}${rest.length > 0 ? ` ${rest.join(' ')}` : ''}`;
  }
  const words = ruleId.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
