import { defaultContactRecord, type RecordTemplate, type SectionStatus } from '@casenote/guides';
import type { InsertRecordOptions } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { useId } from 'react';
import { useCaseNoteLabels } from './labels-context.tsx';
import { useContactRecordChecklist } from './use-contact-record-checklist.ts';

export interface ContactRecordChecklistProps {
  /** The editor holding the record (`null` while it is created). */
  editor: Editor | null;
  /** The record template. @default defaultContactRecord (an example, marked as such) */
  template?: RecordTemplate;
  /** The checklist's heading. @default labels.record.heading ('Contact record') */
  heading?: string;
  /** The heading's level in the page outline. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Milliseconds after the last change before the statuses are worked out again. @default 300 */
  delay?: number;
  /** How "Insert the template" writes it (`headingLevel`, `prompts`). @default {} */
  insertOptions?: InsertRecordOptions;
  /** Extra class on the root (`casenote-record`). @default undefined */
  className?: string;
}

/**
 * The sections of a contact record and how far each is written ("Missing", "Empty", "Needs more",
 * "Done", each with its own icon shape), as a list of buttons: Enter or a click puts the caret in
 * that section; Up, Down, Home and End move between them. Offers to insert the template when the note
 * has none of its headings. The statuses follow the note after a pause in typing. The behaviour is
 * `useContactRecordChecklist`'s; this component only displays it.
 *
 * @example <ContactRecordChecklist editor={editor} template={teamTemplate} />
 */
export function ContactRecordChecklist({
  editor,
  template = defaultContactRecord,
  heading,
  headingLevel = 2,
  delay = 300,
  insertOptions,
  className,
}: ContactRecordChecklistProps) {
  const id = useId();
  const checklist = useContactRecordChecklist(editor, template, delay, insertOptions);
  const { record: words, recordStatuses, recordStatusDescriptions } = useCaseNoteLabels();
  const Heading = `h${headingLevel}` as const;

  return (
    <section className={['casenote-record', className].filter(Boolean).join(' ')} aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="casenote-record__heading">
        {heading ?? words.heading}
      </Heading>
      {template.example && (
        <p className="casenote-record__example">
          <strong>{words.exampleTemplate}</strong> {words.exampleTemplateNote}
        </p>
      )}
      <p className="casenote-record__progress" role="status">
        {checklist.checked ? words.progress(checklist.done, checklist.sections.length) : ''}
        {checklist.complete ? ` ${words.allDone}` : ''}
      </p>
      {checklist.canInsert && (
        <p className="casenote-record__insert">
          <button
            type="button"
            className="casenote-button"
            aria-describedby={`${id}-insert-note`}
            onClick={checklist.insertTemplate}
          >
            {words.insertTemplate}
          </button>
          <span id={`${id}-insert-note`} className="casenote-record__insert-note">
            {words.insertTemplateNote}
          </span>
        </p>
      )}
      <ul className="casenote-record__list" aria-labelledby={`${id}-heading`} onKeyDown={checklist.onListKeyDown}>
        {checklist.sections.map((section) => {
          const content = (
            <>
              <StatusIcon status={section.status} />
              <span className="casenote-record__section-heading">{section.heading}</span>
              <span className="casenote-record__state">
                <span className="casenote-record__status">{recordStatuses[section.status]}</span>
                {section.found && <span className="casenote-record__words">, {words.words(section.words)}</span>}
              </span>
              {!section.required && <span className="casenote-record__optional">({words.optional})</span>}
            </>
          );
          return (
            <li
              key={section.id}
              className={`casenote-record__item casenote-record__item--${section.status}`}
              data-section-id={section.id}
              data-status={section.status}
            >
              {section.found ? (
                <button
                  type="button"
                  className="casenote-record__section"
                  aria-describedby={`${id}-${section.id}-description`}
                  onClick={() => checklist.jumpTo(section.id)}
                >
                  {content}
                </button>
              ) : (
                <span className="casenote-record__section" aria-describedby={`${id}-${section.id}-description`}>
                  {content}
                </span>
              )}
              <span id={`${id}-${section.id}-description`} className="casenote-visually-hidden">
                {recordStatusDescriptions[section.status]}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A shape per status, drawn in `currentColor`: a dashed ring, an empty ring, a half-filled ring, a tick. Decorative. */
function StatusIcon({ status }: { status: SectionStatus }) {
  return (
    <svg
      className={`casenote-record__icon casenote-record__icon--${status}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <StatusShape status={status} />
    </svg>
  );
}

function StatusShape({ status }: { status: SectionStatus }) {
  switch (status) {
    case 'missing':
      return (
        <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.6" strokeDasharray="2.4 2.2" />
      );
    case 'empty':
      return <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.6" />;
    case 'thin':
      return (
        <>
          <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M8 1.8a6.2 6.2 0 0 1 0 12.4z" fill="currentColor" />
        </>
      );
    case 'complete':
      return (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path
            d="M4.6 8.3l2.3 2.3 4.6-4.8"
            fill="none"
            stroke="var(--casenote-icon-glyph, var(--casenote-surface, #fff))"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </>
      );
    default:
      return status satisfies never;
  }
}
