import { chainFocusedNow, type CountedSentence, groupCountedSentences, householdMentions } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { useCallback } from 'react';
import { useNoteAnalysis } from './use-note-analysis.ts';

/** A sentence behind the meter's figures, with its text as it stands in the note. */
export type CountedSentenceText = CountedSentence & { text: string };

/** What `useCountedSentences` returns. */
export interface CountedSentencesSnapshot {
  /** The groups, or `null` before the first analysis (or while `open` is false). */
  groups: Record<'toChild' | 'aboutChild' | 'toSomeoneElse' | 'childVoice', CountedSentenceText[]> | null;
  /** Which children of the household (the context's) the note mentions; `null` without a household or while closed. */
  household: { mentioned: string[]; missing: string[] } | null;
  /** Selects a listed sentence in the editor (its current range) and moves the focus there. */
  select: (sentence: CountedSentence) => void;
}

/**
 * The sentences the written-to-child share and the child's voice counted, read from the last
 * whole-note analysis; listed only while `open` (a closed disclosure costs nothing).
 *
 * @param editor The editor with the `CaseNoteLint` extension, or `null`.
 * @param open Whether the list is shown.
 * @example const { groups, select } = useCountedSentences(editor, open);
 */
export function useCountedSentences(editor: Editor | null, open: boolean): CountedSentencesSnapshot {
  // re-renders when a new analysis lands, not on every keystroke
  const { summary } = useNoteAnalysis(editor);
  const select = useCallback(
    (sentence: CountedSentence) => {
      if (!editor || editor.isDestroyed) return;
      const current = editor.storage.caseNoteLint.analysis?.sentences[sentence.index] ?? sentence;
      chainFocusedNow(editor).setTextSelection({ from: current.from, to: current.to }).scrollIntoView().run();
    },
    [editor],
  );
  const analysis = open && summary && editor && !editor.isDestroyed ? editor.storage.caseNoteLint.analysis : null;
  if (!analysis || !editor) return { groups: null, household: null, select };
  const { doc } = editor.state;
  const withText = (list: CountedSentence[]) =>
    list.map((sentence) => ({ ...sentence, text: doc.textBetween(sentence.from, sentence.to, ' ') }));
  const grouped = groupCountedSentences(analysis.sentences);
  return {
    groups: {
      toChild: withText(grouped.toChild),
      aboutChild: withText(grouped.aboutChild),
      toSomeoneElse: withText(grouped.toSomeoneElse),
      childVoice: withText(grouped.childVoice),
    },
    household: householdMentions(
      editor.storage.caseNoteLint.lintOptions.context?.household,
      analysis.summary.missingChildren,
    ),
    select,
  };
}
