import type { SeverityOrOff } from '@casenote/lint';
import { defaultShortcuts, describeShortcuts } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import { useEffect, useId, useMemo } from 'react';
import { DiagnosticCard, type DiagnosticCardProps } from './diagnostic-card.tsx';
import { DiagnosticsPanel, type DiagnosticsPanelProps } from './diagnostics-panel.tsx';
import { CaseNoteLabelsProvider, useCaseNoteLabels } from './labels-context.tsx';
import { type CaseNoteLabelsOverrides, mergeLabels } from './labels.ts';
import { useCaseNoteEditor, type UseCaseNoteEditorOptions } from './use-case-note-editor.ts';
import { useFindingAnnouncement } from './use-finding-announcement.ts';
import { WrittenToChildMeter } from './written-to-child-meter.tsx';

export interface CaseNoteEditorProps extends Omit<UseCaseNoteEditorOptions, 'ariaLabel' | 'ariaDescribedBy'> {
  /** Accessible name of the editing area. @default 'Case note' */
  'aria-label'?: string;
  /** Id(s) of elements that describe the editing area, read after the built-in shortcut help. @default undefined */
  'aria-describedby'?: string;
  /** Show the explanation card. @default true */
  card?: boolean;
  /** Show the findings panel beside the editor. @default true */
  panel?: boolean;
  /** Show the written-to-the-child meter (in the panel, or under the editor without one). @default true */
  meter?: boolean;
  /** Heading of the findings panel. @default 'Findings' */
  panelHeading?: string;
  /** Heading level of the findings panel. @default 2 */
  panelHeadingLevel?: 2 | 3 | 4 | 5 | 6;
  /** More props for the findings panel (for example `announceDelay`, `children`). @default undefined */
  panelProps?: Omit<DiagnosticsPanelProps, 'editor'>;
  /** More props for the explanation card (for example `hoverDelay`, `openOnCaret`). @default undefined */
  cardProps?: Omit<DiagnosticCardProps, 'editor'>;
  /** Called after "Turn off this rule" in the card, so the host can keep the setting. @default undefined */
  onRuleSeverityChange?: (ruleId: string, severity: SeverityOrOff) => void;
  /** Called once with the editor when it exists, for hosts that drive it (commands, `getHTML()`). @default undefined */
  onEditorReady?: (editor: Editor) => void;
  /** Extra class on the root (`casenote-editor`). @default undefined */
  className?: string;
  /** Replacements for the words the editor shows and announces (partial, over the en-GB defaults or a `CaseNoteLabelsProvider`'s). @default undefined */
  labels?: CaseNoteLabelsOverrides;
}

/**
 * A case-note editor that checks the note as it is written: TipTap with StarterKit and
 * `CaseNoteLint`, the explanation card and the findings panel. For another layout, use
 * `useCaseNoteEditor` with `DiagnosticCard` and `DiagnosticsPanel` instead.
 *
 * @example
 * <CaseNoteEditor content={note} aria-label="Visit note" onUpdate={({ editor }) => save(editor.getHTML())} />
 */
export function CaseNoteEditor({
  'aria-label': ariaLabel,
  'aria-describedby': ariaDescribedBy,
  card = true,
  panel = true,
  meter = true,
  panelHeading,
  panelHeadingLevel,
  panelProps,
  cardProps,
  onRuleSeverityChange,
  onEditorReady,
  className,
  labels: labelOverrides,
  ...options
}: CaseNoteEditorProps) {
  const outerLabels = useCaseNoteLabels();
  const labels = useMemo(() => mergeLabels(outerLabels, labelOverrides), [outerLabels, labelOverrides]);
  const helpId = `${useId()}-shortcuts`;
  const editor = useCaseNoteEditor({
    ...options,
    ariaLabel: ariaLabel ?? labels.help.editorName,
    ariaDescribedBy: [helpId, ariaDescribedBy].filter(Boolean).join(' '),
  });

  const announcement = useFindingAnnouncement(editor, labels.severityTitles);
  const shortcuts = { ...defaultShortcuts, ...options.shortcuts };

  // Only when the editor itself changes: a new callback each render must not call it again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: onEditorReady is deliberately left out
  useEffect(() => {
    if (editor) onEditorReady?.(editor);
  }, [editor]);

  return (
    <CaseNoteLabelsProvider labels={labelOverrides ?? noOverrides}>
      <div
        className={['casenote-editor', className].filter(Boolean).join(' ')}
        data-readonly={options.readOnly ? 'true' : undefined}
      >
        <div className="casenote-editor__main">
          <EditorContent editor={editor} className="casenote-editor__frame" />
          <p id={helpId} className="casenote-visually-hidden">
            {options.readOnly
              ? `${labels.help.readOnly} ${describeShortcuts(shortcuts, { readOnly: true }, labels.help)}`
              : describeShortcuts(shortcuts, {}, labels.help)}
          </p>
          <p
            aria-live="polite"
            aria-atomic="true"
            className="casenote-visually-hidden"
            data-role="finding-announcement"
          >
            {announcement}
          </p>
          {card && <DiagnosticCard onRuleSeverityChange={onRuleSeverityChange} {...cardProps} editor={editor} />}
          {meter && !panel && <WrittenToChildMeter editor={editor} />}
        </div>
        {panel && (
          <DiagnosticsPanel
            heading={panelHeading}
            headingLevel={panelHeadingLevel}
            shortcuts={shortcuts}
            {...panelProps}
            editor={editor}
          >
            {meter && <WrittenToChildMeter editor={editor} />}
            {panelProps?.children}
          </DiagnosticsPanel>
        )}
      </div>
    </CaseNoteLabelsProvider>
  );
}

const noOverrides: CaseNoteLabelsOverrides = {};
