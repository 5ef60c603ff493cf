import type { EditorSentence } from '../types.ts';

/** A sentence with its place in the analysis's list (to find its current range again later). */
export type CountedSentence = EditorSentence & { index: number };

/** The sentences behind the meter's figures, in the groups a meter or a report explains them by. */
export interface CountedSentenceGroups {
  /** Counted in the share as written to the child. */
  toChild: CountedSentence[];
  /** Counted in the share as written about the child. */
  aboutChild: CountedSentence[];
  /** Written to another adult and not about the child: left out of the share. */
  toSomeoneElse: CountedSentence[];
  /** Recording the child's own words or views (these may be in any group above as well). */
  childVoice: CountedSentence[];
}

/**
 * Sorts the analysed sentences into what the written-to-child share and the child's voice counted:
 * to the child, about the child, to someone else (not counted), and the child's own words.
 *
 * @param sentences The analysis's sentences (`editor.storage.caseNoteLint.analysis.sentences`).
 * @returns The groups, each in document order.
 * @example const { toChild, aboutChild } = groupCountedSentences(editor.storage.caseNoteLint.analysis.sentences);
 */
export function groupCountedSentences(sentences: readonly EditorSentence[]): CountedSentenceGroups {
  const groups: CountedSentenceGroups = { toChild: [], aboutChild: [], toSomeoneElse: [], childVoice: [] };
  sentences.forEach((sentence, index) => {
    const counted = { ...sentence, index };
    if (sentence.kind === 'to-child') groups.toChild.push(counted);
    else if (sentence.kind === 'about-child') groups.aboutChild.push(counted);
    else if (sentence.addressee === 'other') groups.toSomeoneElse.push(counted);
    if (sentence.voice === 'child') groups.childVoice.push(counted);
  });
  return groups;
}
