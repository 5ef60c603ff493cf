import type { Editor } from '@tiptap/core';
import { useId, useState } from 'react';
import { useCaseNoteLabels } from './labels-context.tsx';
import { type CountedSentenceText, useCountedSentences } from './use-counted-sentences.ts';
import { useNoteAnalysis } from './use-note-analysis.ts';

export interface CountedSentencesProps {
  /** The editor with the `CaseNoteLint` extension (`null` while it is created). */
  editor: Editor | null;
}

/** Longest sentence text shown in the list; the rest is one click away in the note. */
const shownLength = 90;
const clip = (text: string) => (text.length > shownLength ? `${text.slice(0, shownLength - 1).trimEnd()}…` : text);

function SentenceGroup({
  id,
  title,
  sentences,
  select,
  none,
}: {
  id: string;
  title: string;
  sentences: CountedSentenceText[];
  select: (sentence: CountedSentenceText) => void;
  none: string;
}) {
  return (
    <div className="casenote-counted__group">
      <p id={id} className="casenote-counted__title">
        {title}
      </p>
      {sentences.length === 0 ? (
        <p className="casenote-counted__none">{none}</p>
      ) : (
        <ul aria-labelledby={id} className="casenote-counted__list">
          {sentences.map((sentence) => (
            <li key={`${sentence.index}`}>
              <button
                type="button"
                className="casenote-button casenote-button--quiet casenote-counted__sentence"
                data-sentence-kind={sentence.kind}
                aria-describedby={sentence.reason ? `${id}-${sentence.index}` : undefined}
                onClick={() => select(sentence)}
              >
                {clip(sentence.text)}
              </button>
              {sentence.reason && (
                <span id={`${id}-${sentence.index}`} className="casenote-counted__reason">
                  {sentence.reason}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * "What was counted": a disclosure (`<details>`) under the meter listing the sentences its figures
 * counted — written to the child, about the child, to someone else (not counted) and the child's own
 * words — each with why, each a button that selects the sentence in the note. Listed only while open.
 *
 * @example <CountedSentences editor={editor} />
 */
export function CountedSentences({ editor }: CountedSentencesProps) {
  const [open, setOpen] = useState(false);
  const { groups, household, select } = useCountedSentences(editor, open);
  const { childName } = useNoteAnalysis(editor);
  const { analysis: labels } = useCaseNoteLabels();
  const id = useId();
  const child = childName ?? labels.theChild;
  return (
    <details className="casenote-counted" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="casenote-counted__summary">{labels.counted}</summary>
      {groups && (
        <div className="casenote-counted__body">
          <p className="casenote-counted__hint">{labels.countedHint}</p>
          <SentenceGroup
            id={`${id}-to-child`}
            title={labels.countedToChild(child, groups.toChild.length)}
            sentences={groups.toChild}
            select={select}
            none={labels.countedNone}
          />
          <SentenceGroup
            id={`${id}-about-child`}
            title={labels.countedAboutChild(child, groups.aboutChild.length)}
            sentences={groups.aboutChild}
            select={select}
            none={labels.countedNone}
          />
          <SentenceGroup
            id={`${id}-to-someone-else`}
            title={labels.countedToSomeoneElse(groups.toSomeoneElse.length)}
            sentences={groups.toSomeoneElse}
            select={select}
            none={labels.countedNone}
          />
          <SentenceGroup
            id={`${id}-child-voice`}
            title={labels.countedChildVoice(child, groups.childVoice.length)}
            sentences={groups.childVoice}
            select={select}
            none={labels.countedNone}
          />
          {household && (
            <p className="casenote-counted__household">
              {labels.countedHousehold(household.mentioned, household.missing)}
            </p>
          )}
        </div>
      )}
    </details>
  );
}
