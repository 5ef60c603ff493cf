import { type CaseNoteShortcuts, defaultShortcuts } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import type { ReactNode } from 'react';
import { useCaseNoteLabels } from './labels-context.tsx';
import { FindingOption, keyHints, NotePrompts } from './panel-parts.tsx';
import { useDiagnosticsPanel } from './use-diagnostics-panel.ts';

export interface DiagnosticsPanelProps {
  /** The editor with the `CaseNoteLint` extension (`null` while it is created). */
  editor: Editor | null;
  /** The panel's heading. @default 'Findings' */
  heading?: string;
  /** Level of the heading element, to fit the host page's outline. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Milliseconds the counts must stay the same before the live region announces them, so typing
   * does not set off a stream of announcements. @default 1500
   */
  announceDelay?: number;
  /** Extra class on the panel's root (`casenote-panel`). @default undefined */
  className?: string;
  /** Content shown between the summary and the prompts (for example `<WrittenToChildMeter>`). @default undefined */
  children?: ReactNode;
  /** The editor's shortcuts, shown on screen under the list. @default defaultShortcuts */
  shortcuts?: CaseNoteShortcuts;
}

/**
 * Lists the note's findings grouped by category, with counts, as a keyboard-operable listbox:
 * Up/Down move, Home/End jump, Enter (or a click) selects the finding in the editor. Prompts about
 * the whole note (the child's voice, a household child not mentioned, the written-to-child share)
 * have no place in the text, so they come first in a group of their own, each with a Dismiss
 * button. A polite live region announces the counts once they settle ("3 findings: 2 jargon, 1
 * victim-blaming").
 *
 * @example <DiagnosticsPanel editor={editor} headingLevel={3} />
 */
export function DiagnosticsPanel({
  editor,
  heading,
  headingLevel = 2,
  announceDelay = 1500,
  className,
  children,
  shortcuts = defaultShortcuts,
}: DiagnosticsPanelProps) {
  const {
    checked,
    total,
    groups,
    prompts,
    active,
    activeOptionId,
    baseId,
    headingId,
    optionId,
    summary,
    announcement,
    listRef,
    headingRef,
    sectionRef,
    onListKeyDown,
    chooseById,
    dismissPrompt,
  } = useDiagnosticsPanel(editor, announceDelay);
  const { categoryTitles, panel: words } = useCaseNoteLabels();
  const Heading = `h${headingLevel}` as const;

  return (
    <section
      ref={sectionRef}
      className={['casenote-panel', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      aria-busy={checked ? undefined : true}
    >
      <Heading id={headingId} ref={headingRef} tabIndex={-1} className="casenote-panel__heading">
        {heading ?? words.heading}
        <span className="casenote-panel__total"> ({total})</span>
      </Heading>
      {/* One message for a checked note with nothing in it: the empty state stands in for "No findings". */}
      {checked && total === 0 && prompts.length === 0 ? (
        <p className="casenote-panel__empty">{words.empty}</p>
      ) : (
        <p className="casenote-panel__summary">{summary}</p>
      )}
      {children}
      {prompts.length > 0 && (
        <NotePrompts editor={editor} prompts={prompts} baseId={baseId} onDismiss={dismissPrompt} />
      )}
      {total > 0 && (
        <div
          ref={listRef}
          role="listbox"
          tabIndex={0}
          aria-labelledby={headingId}
          aria-activedescendant={activeOptionId}
          className="casenote-panel__list"
          onKeyDown={onListKeyDown}
        >
          {groups.map((group) => (
            <div
              key={group.category}
              role="group"
              aria-labelledby={`${baseId}-group-${group.category}`}
              className="casenote-panel__group"
              data-category={group.category}
            >
              <div
                id={`${baseId}-group-${group.category}`}
                role="presentation"
                className="casenote-panel__group-heading"
              >
                {categoryTitles[group.category]}{' '}
                <span className="casenote-panel__count">({group.diagnostics.length})</span>
              </div>
              {group.diagnostics.map((diagnostic) => (
                <FindingOption
                  key={diagnostic.id}
                  optionId={optionId(diagnostic.id)}
                  id={diagnostic.id}
                  severity={diagnostic.severity}
                  actual={diagnostic.actual}
                  message={diagnostic.message}
                  selected={diagnostic.id === active?.id}
                  onChoose={chooseById}
                />
              ))}
            </div>
          ))}
        </div>
      )}
      <p className="casenote-panel__keys">
        <span className="casenote-visually-hidden">{words.keyboard} </span>
        {keyHints(shortcuts, words)}
      </p>
      <p role="status" className="casenote-visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
