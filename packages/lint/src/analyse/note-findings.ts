import type { Diagnostic } from '../diagnostic.ts';
import type { WordRole } from './people.ts';
import type { NoteSentence } from './read-note.ts';
import { fixReadsCleanly } from '../fit/guard.ts';
import { isFiniteVerb } from '../fit/verbs.ts';
import { agree } from './rewrite.ts';
import { selfReferenceUncertain } from './self-reference-certain.ts';

export const recordingGuide = 'https://hullchserv.proceduresonline.com/p_recording.html';
// Southampton's Children and Families Scrutiny Panel papers, where the audit behind this project
// (recommendation R3: children in one household considered together) was reported.
export const householdGuide = 'https://southampton.gov.uk/modernGov/ieListDocuments.aspx?CId=600&MId=7100&Ver=4';

const determinerBefore = /^(the|a|an|your|my|our|this)$/i;

/** Findings for a professional writing about themself in the third person ("SW visited"). */
export function selfReferences(
  text: string,
  sentence: NoteSentence,
  roles: WordRole[],
  diagnostics: Diagnostic[],
): void {
  for (let index = 0; index < roles.length; index += 1) {
    if (roles[index] !== 'self-reference') continue;
    let end = index;
    while (roles[end + 1] === 'self-reference' && end - index < 3) end += 1;
    // "The SW visited" → "I visited", "rang the SW" → "rang me": the determiner goes with the role
    const before = sentence.words[index - 1];
    const start =
      before && determinerBefore.test(before.text) && !sentence.words[index]?.breakBefore ? index - 1 : index;
    const first = sentence.words[start];
    let last = sentence.words[end];
    if (!first || !last) continue;
    // the subject opens the sentence or comes before its verb: "…, the social worker said" → "I said"
    const verb = sentence.words[end + 1];
    // "requested that the social worker send a taxi": a subject after "that", its verb in the base form
    const opener = sentence.words[start - 1];
    const subject =
      start === 0 ||
      (verb !== undefined &&
        !verb.breakBefore &&
        (isFiniteVerb(verb.text.toLowerCase()) || (opener?.lower === 'that' && !first.breakBefore)));
    // "a copy of the social worker's report" → "my report", not "me report"
    const possessive = /['’]s$/i.test(last.text);
    let suggestion = possessive ? (start === 0 ? 'My' : 'my') : subject ? 'I' : 'me';
    let fixEnd = end;
    // "SW is" becomes "I am", not "I is"
    if (!possessive && subject && verb && !verb.breakBefore) {
      const agreed = agree(verb.text, 'I');
      if (agreed !== verb.text) {
        suggestion = `I${text.slice(last.end, verb.start)}${agreed}`;
        last = verb;
        fixEnd = end + 1;
      }
    }
    const role = sentence.words
      .slice(index, end + 1)
      .map((word) => word.lower)
      .join(' ');
    const actual = text.slice(first.start, last.end);
    diagnostics.push({
      from: first.start,
      to: last.end,
      ruleId: 'professional-self-reference',
      category: 'write-to-child',
      severity: 'hint',
      message: `‘${text.slice((sentence.words[index] as typeof first).start, (sentence.words[end] as typeof first).end)}’ refers to you in the third person; write “${subject ? 'I' : 'me'}”`,
      explanation:
        'A child reading their file later meets a person, not a role. Writing “I” makes clear who did what and keeps the note personal.',
      actual,
      // whether the social worker is the writer is seldom in the sentence (read by hand on ten samples of
      // published text, "I" or "me" read right 4 times in 64): the wording is one to consider, never a one-click
      // fix; and none where it cannot read right ("I heard the social worker asking" → not "I heard me asking")
      // or the sentence shows the social worker is someone else (self-reference-certain.ts)
      suggestions: [],
      ...(fixReadsCleanly(text, first.start, last.end, suggestion) &&
        !selfReferenceUncertain(sentence, start, end, fixEnd, role, suggestion) && { consider: [suggestion] }),
      source: recordingGuide,
    });
    index = end;
  }
}

export function noteLevel(
  ruleId: string,
  severity: Diagnostic['severity'],
  message: string,
  explanation: string,
  source = recordingGuide,
): Diagnostic {
  return {
    from: 0,
    to: 0,
    ruleId,
    category: 'write-to-child',
    severity,
    message,
    explanation,
    actual: '',
    suggestions: [],
    source,
    scope: 'note',
  };
}
