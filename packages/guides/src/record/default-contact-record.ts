import type { RecordTemplate } from './types.ts';

/**
 * An example contact record template for the contact stage, following the audit's first
 * recommendation (support workers gather what a manager needs to decide). It is an example: hosts
 * replace it with their own template, validated by `validateRecordTemplate`.
 */
export const defaultContactRecord: RecordTemplate = {
  id: 'example-contact-record',
  title: 'Contact record (example template: replace with your own)',
  example: true,
  sections: [
    {
      id: 'contact',
      heading: 'Who contacted us and how',
      prompt:
        'Their name, role or relationship to the child, how they got in touch and when. Do the family know they contacted us?',
    },
    {
      id: 'worries',
      heading: 'What they are worried about',
      prompt: 'What happened, when, and who saw or heard it. What they think might happen next.',
    },
    {
      id: 'child-said',
      heading: 'What the child has said',
      prompt: 'The child’s own words, who heard them and when. If nobody has asked the child yet, say so.',
    },
    {
      id: 'household',
      heading: 'Who lives in the household',
      prompt:
        'Each child by name and age, with what we know about each of them. The adults at home and anyone else close to the children.',
    },
    {
      id: 'working-well',
      heading: 'What is working well',
      prompt: 'Strengths and safety: who helps the family, what keeps the children safe, what is going well.',
    },
    {
      id: 'history',
      heading: 'History and previous contacts or referrals',
      prompt:
        'Earlier contacts, referrals and assessments for any child in the household, with dates and what happened.',
    },
    {
      id: 'consent',
      heading: 'Consent',
      prompt:
        'Do the parents or carers know about this contact and agree to us sharing information? If we go ahead without their agreement, say why.',
      minWords: 5,
    },
    {
      id: 'threshold',
      heading: 'What the threshold guide suggests',
      prompt:
        'Which parts of the threshold guide this information relates to, and why. The manager makes the decision.',
    },
    {
      id: 'decision',
      heading: 'Decision and next steps',
      prompt:
        'The decision, who made it and when. What happens next, who does it, and how the family and the person who contacted us will be told.',
    },
  ],
};
