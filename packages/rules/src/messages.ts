import type { Category, Family } from './types.ts';

/**
 * Message templates, kept as data so they can be translated. `{actual}` is the flagged text.
 * A rule's own `message` wins; then its family's template; then its category's.
 */
export const familyMessages: Partial<Record<Family, string>> = {
  'responsibility-shifting': '‘{actual}’ may make the child sound responsible for harm done to them',
  'consent-implying': '‘{actual}’ may suggest the child agreed to their own abuse',
  labelling: '‘{actual}’ labels the person instead of describing what happened',
  minimising: '‘{actual}’ may understate the harm done',
  adultifying: '‘{actual}’ may describe the child as older or more in control than they are',
  'deficit-label': '‘{actual}’ judges the person; describe what happened and what is working',
  acronym: '‘{actual}’ is an acronym a child or family may not know',
  'service-term': '‘{actual}’ is service language a child or family may not understand',
  'professional-self-reference': '‘{actual}’ refers to you in the third person; write “I”',
};

export const categoryMessages: Record<Category, string> = {
  'victim-blaming': '‘{actual}’ may suggest the child is to blame',
  jargon: '‘{actual}’ is jargon a child or family may not understand',
  deficit: '‘{actual}’ may judge the person; describe what happened instead',
  'write-to-child': '‘{actual}’ is written about the child rather than to them',
  readability: '‘{actual}’ may be hard for the child to read',
};

/** The acronym family's message where the flagged words are more than the acronym ("LAC review", "CP plan"). */
export const acronymPhraseMessage = '‘{actual}’ contains an acronym a child or family may not know';

/**
 * The message template of a rule's finding on `actual`: the rule's own, else its family's (an acronym
 * inside longer flagged words is said to be contained in them, not to be them), else its category's.
 */
export function ruleMessageTemplate(
  rule: { message?: string; family: Family; category: Category },
  actual: string,
): string {
  if (rule.message !== undefined) return rule.message;
  if (rule.family === 'acronym' && /\s/.test(actual)) return acronymPhraseMessage;
  return familyMessages[rule.family] ?? categoryMessages[rule.category];
}

/** Used when an acronym was spelled out earlier in the same note. */
export const explainedAcronymMessage = '‘{actual}’ was spelled out earlier; the plain words may still be clearer';
/** Used when an acronym is spelled out in brackets right after it ("CAMHS (Child and…)"). */
export const bracketedAcronymMessage = '‘{actual}’ is spelled out beside it; the plain words may still be clearer';

/** Fills a template's `{actual}` slot. */
export function formatMessage(template: string, actual: string): string {
  return template.replaceAll('{actual}', actual);
}
