import { afterParagraphs, beforeParagraphs } from '../fixtures/notes.ts';
import type { TrainingChange } from '../support/TrainingSession.tsx';

// The scripts trainers step through. Facts (the wording, the better wording, the guidance) come
// from the published guides named; the explanations and questions are ours.

const hullRecording = {
  title: 'Recording procedures (Hull Children’s Social Care)',
  url: 'https://hullchserv.proceduresonline.com/p_recording.html',
};
const tactLanguage = {
  title: 'Language that cares (TACT)',
  url: 'https://tactfostering.org.uk/knowledge-centre/language-that-cares',
};
const nspccHardToReach = {
  title: 'Not hard to reach: reframing responsibility for accessing services (NSPCC Learning)',
  url: 'https://learning.nspcc.org.uk/news/why-language-matters/not-hard-to-reach-reframing-responsibility-for-accessing-services',
};
const surreyTerms = {
  title: 'Preferred staff terminology, chosen by young people in care (Surrey County Council)',
  url: 'https://www.surreycc.gov.uk/children/support-and-advice/youth-voice/in-care/preferred-staff-terminology',
};
const southamptonHousehold = {
  title: 'Southampton City Council committee papers on recording (every child in the household)',
  url: 'https://southampton.gov.uk/modernGov/ieListDocuments.aspx?CId=600&MId=7100&Ver=4',
};

/** Writing to the child: the note about Jade, turned to her one sentence at a time. */
export const writingToJade: readonly TrainingChange[] = [
  {
    title: '“I visited Jade at her foster home” becomes “I visited you at your foster home”',
    edits: [{ find: 'Jade at her', replace: 'you at your' }],
    why: 'Jade may read her file one day. A note that speaks to her tells her what happened in words meant for her; one about her reads like a report on her.',
    source: hullRecording,
    prompts: ['How might Jade feel reading each version at 16?', 'What did the meter do, and why only one step?'],
  },
  {
    title: '“Jade showed me her drawings” becomes “You showed me your drawings”',
    edits: [{ find: 'Jade showed me her', replace: 'You showed me your' }],
    why: 'The sentence is about something Jade did and chose to share. Written to her, it keeps that moment hers.',
    source: hullRecording,
    prompts: ['What else from a visit could be written this way?'],
  },
  {
    title: '“Jade is worried” becomes “You are worried”',
    edits: [{ find: 'Jade is', replace: 'You are' }],
    why: 'Her worry is recorded as hers, in the second person, with the verb agreeing (“you are”, not “you is”): the one-click rewrite does this.',
    source: hullRecording,
    prompts: ['When is it right to write about a child rather than to them?'],
  },
  {
    title: '“Jade told me she misses her brother” becomes “You told me you miss your brother”',
    edits: [{ find: 'Jade told me she misses her', replace: 'You told me you miss your' }],
    why: 'Her own words and feelings, recorded as told to the writer. Every pronoun in the sentence changes with the name.',
    source: hullRecording,
    prompts: ['How do we record a child’s wishes without putting words in their mouth?'],
  },
  {
    title: '“Jade said "I like it here"” becomes “You said "I like it here"”, typed by hand',
    edits: [{ find: 'Jade said', replace: 'You said' }],
    why: 'Quoted words belong to Jade and must not change, so the tool offers no one-click rewrite here: the writer changes only the words outside the quotation.',
    source: hullRecording,
    prompts: ['Why is there no button for this one?', 'What makes a quotation worth keeping word for word?'],
  },
];

/** Every child in the household: the note to Jade mentions Sam but not Leo. */
export const householdLeo: readonly TrainingChange[] = [
  {
    title: 'A sentence about Leo answers the prompt',
    edits: [{ find: '', replace: 'Leo was at nursery, so I will see him on Friday.' }],
    why: 'Every child in the household should be seen and thought about. A note that never mentions one of them leaves a reader unsure whether that child was considered at all.',
    source: southamptonHousehold,
    prompts: [
      'Which children in your own recent notes went unmentioned?',
      'What would you write if you could not see Leo?',
    ],
  },
];

/** Before and after: one visit in shorthand about the child, rewritten to him paragraph by paragraph. */
export const beforeToAfter: readonly TrainingChange[] = [
  {
    title: 'Acronyms and “placement” give way to plain words, written to Leo',
    edits: [{ paragraph: 0, find: beforeParagraphs[0], replace: afterParagraphs[0] }],
    why: 'SW, YP, LAC, S20, CIN and S47 mean nothing to a child or family. Naming people and saying what the arrangement is lets Leo understand his own story.',
    source: tactLanguage,
    prompts: [
      'Which of these acronyms would Leo’s mum understand?',
      'What does “placement” say about where a child lives?',
    ],
  },
  {
    title: '“Absconded”, “presented as hostile” and “refused to engage” become what happened',
    edits: [{ paragraph: 1, find: beforeParagraphs[1], replace: afterParagraphs[1] }],
    why: 'Labels hide what happened and put the problem in the child. Saying where he went, who was worried and that he did not want to talk today describes the same facts without blame.',
    source: nspccHardToReach,
    prompts: ['What might “refused to engage” hide about the visit?', 'Who is the note written for?'],
  },
  {
    title: '“Contact”, “contact centre” and “respite” become family time, the family centre and a weekend break',
    edits: [{ paragraph: 2, find: beforeParagraphs[2], replace: afterParagraphs[2] }],
    why: 'Children in care have asked for everyday words for everyday things: seeing their family, a place, a break.',
    source: tactLanguage,
    prompts: ['What words do the children you work with use for these?'],
  },
  {
    title: 'The plan names people and says what will happen',
    edits: [{ paragraph: 3, find: beforeParagraphs[3], replace: afterParagraphs[3] }],
    why: 'IRO, LAC review and CAMHS are service names. Saying who chairs the review and which team may meet him tells Leo what comes next.',
    source: surreyTerms,
    prompts: ['How would you explain a review meeting to a nine-year-old?'],
  },
];
