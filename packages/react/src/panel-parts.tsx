import { explain, type Severity } from '@casenote/lint';
import { type CaseNoteShortcuts, type EditorDiagnostic, formatShortcut } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { memo } from 'react';
import { useCaseNoteLabels } from './labels-context.tsx';
import type { CaseNoteLabels } from './labels.ts';
import { SeverityIcon } from './severity-icon.tsx';

// The findings panel's display parts: one option of the list, the whole-note prompts, the key hints.

export /** The shortcuts, written out for the screen: "F8 next finding · Shift+F8 previous · …". */
function keyHints(shortcuts: CaseNoteShortcuts, words: CaseNoteLabels['panel']): string {
  const first = (keys: string[]) => (keys[0] ? formatShortcut(keys[0]) : '');
  return [
    `${first(shortcuts.nextDiagnostic)} ${words.nextFinding}`,
    `${first(shortcuts.previousDiagnostic)} ${words.previous}`,
    `${first(shortcuts.openCard)} ${words.explain}`,
    `${first(shortcuts.focusFindings)} ${words.thisList}`,
    words.escBack,
  ]
    .filter((hint) => !hint.startsWith(' '))
    .join(' · ');
}

export interface FindingOptionProps {
  optionId: string;
  id: string;
  severity: Severity;
  actual: string;
  message: string;
  selected: boolean;
  onChoose: (id: string) => void;
}

/** One option; memoised on plain fields so moving ranges while typing re-renders nothing. */
export const FindingOption = memo(function FindingOption({
  optionId,
  id,
  severity,
  actual,
  message,
  selected,
  onChoose,
}: FindingOptionProps) {
  const { severityTitles } = useCaseNoteLabels();
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: the listbox owns focus and keys (aria-activedescendant)
    <div
      id={optionId}
      role="option"
      aria-selected={selected}
      className="casenote-panel__option"
      data-diagnostic-id={id}
      data-severity={severity}
      onClick={() => onChoose(id)}
    >
      <span className="casenote-severity" data-severity={severity}>
        <SeverityIcon severity={severity} />
        {severityTitles[severity]}
        <span className="casenote-visually-hidden">: </span>
      </span>{' '}
      <span className="casenote-panel__actual">“{actual}”</span>{' '}
      <span className="casenote-panel__message">{message}</span>
    </div>
  );
});

export interface NotePromptsProps {
  editor: Editor | null;
  prompts: EditorDiagnostic[];
  baseId: string;
  onDismiss: (id: string) => void;
}

/** The note-level prompts: severity in words and shape, the message, why it matters, and Dismiss. */
export function NotePrompts({ editor, prompts, baseId, onDismiss }: NotePromptsProps) {
  const headingId = `${baseId}-prompts`;
  const editable = editor?.isEditable ?? false;
  const { analysis: analysisLabels, severityTitles } = useCaseNoteLabels();
  return (
    <div role="group" aria-labelledby={headingId} className="casenote-panel__prompts" data-category="write-to-child">
      <p id={headingId} className="casenote-panel__group-heading">
        {analysisLabels.prompts} <span className="casenote-panel__count">({prompts.length})</span>
      </p>
      <ul className="casenote-panel__prompt-list">
        {prompts.map((prompt) => {
          const messageId = `${baseId}-prompt-${prompt.id}`;
          return (
            <li
              key={prompt.id}
              className="casenote-panel__prompt"
              data-diagnostic-id={prompt.id}
              data-rule-id={prompt.ruleId}
              data-severity={prompt.severity}
            >
              <span className="casenote-severity" data-severity={prompt.severity}>
                <SeverityIcon severity={prompt.severity} />
                {severityTitles[prompt.severity]}
                <span className="casenote-visually-hidden">: </span>
              </span>{' '}
              <span id={messageId} className="casenote-panel__prompt-message">
                {prompt.message}
              </span>
              <span className="casenote-panel__message">{explain(prompt)}</span>
              {editable && (
                <button
                  type="button"
                  className="casenote-button casenote-button--quiet"
                  data-action="dismiss"
                  aria-describedby={messageId}
                  onClick={() => onDismiss(prompt.id)}
                >
                  {analysisLabels.dismiss}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
