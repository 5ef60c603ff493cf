/** Rule ids of the whole-note analysis, for hosts that set their severities or turn them off. */
export const analysisRuleIds = [
  'about-child-sentence',
  'professional-self-reference',
  'written-to-child-share',
  'child-voice-missing',
  'household-child-not-mentioned',
  'hard-for-child',
] as const;
