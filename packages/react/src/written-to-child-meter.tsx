import type { Editor } from '@tiptap/core';
import { formatWrittenToChild } from '@casenote/tiptap';
import { useId } from 'react';
import { CountedSentences } from './counted-sentences.tsx';
import { useCaseNoteLabels } from './labels-context.tsx';
import { useNoteAnalysis } from './use-note-analysis.ts';

export interface WrittenToChildMeterProps {
  /** The editor with the `CaseNoteLint` extension (`null` while it is created). */
  editor: Editor | null;
  /** Show the button that highlights the sentences written about the child. @default true */
  highlightToggle?: boolean;
  /** Show "What was counted", the list of the sentences behind the figures. @default true */
  explain?: boolean;
  /** Extra class on the root (`casenote-meter`). @default undefined */
  className?: string;
}

/**
 * How much of the note speaks to the child ("I visited you") rather than about them ("I visited
 * Jade"): a `role="meter"` named "Written to the child" whose value is also written out ("40%
 * written to Jade (2 of 5 sentences)"), and a toggle button (`aria-pressed`) that highlights the
 * sentences about the child in the editor, and "What was counted", a disclosure listing the
 * sentences behind the figures, each selectable in the note. Follows the whole-note analysis, which runs when the
 * writer pauses; renders nothing when the analysis is turned off.
 *
 * @example <WrittenToChildMeter editor={editor} />
 */
export function WrittenToChildMeter({
  editor,
  highlightToggle = true,
  explain = true,
  className,
}: WrittenToChildMeterProps) {
  const { summary, childName, highlightAboutChild } = useNoteAnalysis(editor);
  const labelId = `${useId()}-label`;
  const { analysis: analysisLabels } = useCaseNoteLabels();
  if (editor?.storage.caseNoteLint?.lintOptions.analysis === false) return null;
  const share = summary?.writtenToChildShare ?? null;
  const percent = share === null ? null : Math.round(share * 100);
  const valueText = formatWrittenToChild(summary, childName, analysisLabels);

  return (
    <div
      className={['casenote-meter', className].filter(Boolean).join(' ')}
      data-state={summary === null ? 'pending' : percent === null ? 'empty' : 'measured'}
    >
      <p id={labelId} className="casenote-meter__label">
        {analysisLabels.meter}
      </p>
      {percent !== null && (
        <div
          role="meter"
          aria-labelledby={labelId}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={valueText}
          className="casenote-meter__track"
        >
          <div className="casenote-meter__fill" style={{ inlineSize: `${percent}%` }} />
        </div>
      )}
      {/* The meter already reads its value out; the same words on screen are for sighted readers. */}
      <p className="casenote-meter__value" aria-hidden={percent !== null ? true : undefined}>
        {valueText}
      </p>
      {highlightToggle && editor && (
        <button
          type="button"
          className="casenote-button casenote-meter__toggle"
          aria-pressed={highlightAboutChild}
          data-action="highlight-about-child"
          onClick={() => editor.commands.toggleAboutChildHighlight()}
        >
          <span className="casenote-meter__toggle-state" aria-hidden="true">
            {highlightAboutChild ? '✓ ' : ''}
          </span>
          {analysisLabels.highlight}
        </button>
      )}
      {explain && editor && summary && <CountedSentences editor={editor} />}
    </div>
  );
}
