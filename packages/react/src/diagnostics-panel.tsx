import { categories, type Category } from '@casenote/lint';
import {
  type CaseNoteShortcuts,
  defaultShortcuts,
  type EditorDiagnostic,
  FOCUS_FINDINGS_META,
  formatPanelSummary,
  OPEN_CARD_META,
} from '@casenote/tiptap';
import type { Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/core';
import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useCaseNoteLabels } from './labels-context.tsx';
import { FindingOption, keyHints, NotePrompts } from './panel-parts.tsx';
import { useDiagnosticAtCaret, useDiagnostics, useWholeNoteChecked } from './use-diagnostics.ts';
import { useNoteAnalysis } from './use-note-analysis.ts';

/** Options PageUp and PageDown move by in the list. */
const pageSize = 10;

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

interface Group {
  category: Category;
  diagnostics: EditorDiagnostic[];
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
  const labels = useCaseNoteLabels();
  const { analysis: analysisLabels, categoryTitles, panel: words } = labels;
  const current = useDiagnostics(editor);
  // Typing maps every finding's range; the list can catch up after the keystroke has been painted.
  const { diagnostics, counts, total } = useDeferredValue(current);
  const caretId = useDiagnosticAtCaret(editor);
  const { noteDiagnostics: prompts } = useNoteAnalysis(editor);
  const checked = useWholeNoteChecked(editor);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLDivElement | null>(null);
  const baseId = useId();
  const headingId = `${baseId}-heading`;
  const optionId = (id: string) => `${baseId}-option-${id}`;

  const groups = useMemo<Group[]>(() => {
    const byCategory = new Map<Category, EditorDiagnostic[]>();
    for (const diagnostic of diagnostics) {
      const list = byCategory.get(diagnostic.category) ?? [];
      list.push(diagnostic);
      byCategory.set(diagnostic.category, list);
    }
    return categories.flatMap((category) => {
      const list = byCategory.get(category);
      return list ? [{ category, diagnostics: list }] : [];
    });
  }, [diagnostics]);
  // Options in the order they appear (grouped), which is the order the arrow keys follow.
  const ordered = useMemo(() => groups.flatMap((group) => group.diagnostics), [groups]);

  const activeIndex = activeId === null ? -1 : ordered.findIndex((diagnostic) => diagnostic.id === activeId);
  const active = ordered[Math.max(activeIndex, 0)];

  // Follow the caret: the finding being worked on in the editor becomes the active option.
  useEffect(() => {
    if (caretId !== null && listRef.current !== document.activeElement) setActiveId(caretId);
  }, [caretId]);

  const chooseById = useCallback(
    (id: string) => {
      setActiveId(id);
      if (!editor || editor.isDestroyed) return;
      if (editor.isEditable) {
        editor.chain().focus().selectDiagnostic(id).run();
        return;
      }
      // Read only: there is no caret to put in the words, so the finding's card opens and takes
      // the focus (and gives it back here when it closes).
      const finding = editor.storage.caseNoteLint.diagnostics.find((candidate) => candidate.id === id);
      if (!finding) return;
      const tr = editor.state.tr
        .setSelection(TextSelection.create(editor.state.doc, finding.from, finding.to))
        .setMeta(OPEN_CARD_META, id)
        .setMeta('addToHistory', false)
        .scrollIntoView();
      editor.view.dispatch(tr);
    },
    [editor],
  );

  // The findings-list shortcut (Alt+Shift+L by default) brings focus here from the editor.
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => {
    if (!editor) return undefined;
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      if (transaction.getMeta(FOCUS_FINDINGS_META) !== true) return;
      (listRef.current ?? headingRef.current)?.focus();
    };
    editor.on('transaction', onTransaction);
    return () => {
      editor.off('transaction', onTransaction);
    };
  }, [editor]);

  // Dismissing a prompt removes its button: focus goes to the next prompt's Dismiss (or the one
  // before), else the list, else the panel's heading; never to the page body.
  const sectionRef = useRef<HTMLElement | null>(null);
  const [pendingFocus, setPendingFocus] = useState<{ dismissed: string; next: string | null } | null>(null);
  useEffect(() => {
    if (!pendingFocus || prompts.some((prompt) => prompt.id === pendingFocus.dismissed)) return;
    const next = pendingFocus.next
      ? sectionRef.current?.querySelector<HTMLElement>(
          `[data-diagnostic-id="${CSS.escape(pendingFocus.next)}"] [data-action="dismiss"]`,
        )
      : null;
    (next ?? listRef.current ?? headingRef.current)?.focus();
    setPendingFocus(null);
  }, [prompts, pendingFocus]);
  const dismissPrompt = useCallback(
    (id: string) => {
      const index = prompts.findIndex((prompt) => prompt.id === id);
      const next = prompts[index + 1] ?? prompts[index - 1];
      setPendingFocus({ dismissed: id, next: next?.id ?? null });
      editor?.commands.ignoreDiagnostic(id);
    },
    [editor, prompts],
  );

  const backToEditor = () => {
    if (!editor || editor.isDestroyed) return;
    if (editor.isEditable) editor.commands.focus();
    else editor.view.dom.focus();
  };

  // Until the whole note has been checked once, no findings means "not known yet", never "none".
  const summary = formatPanelSummary(
    checked,
    counts,
    prompts.length,
    labels.categoryNouns,
    words,
    analysisLabels.checking,
  );
  useEffect(() => {
    const timer = setTimeout(() => setAnnouncement(summary), announceDelay);
    return () => clearTimeout(timer);
  }, [summary, announceDelay]);

  const activeOptionId = active ? optionId(active.id) : undefined;
  useEffect(() => {
    const list = listRef.current;
    const option = activeOptionId ? document.getElementById(activeOptionId) : null;
    if (!list || !option) return;
    // Scroll the list only, never the page: the caret moving in the editor must not jump the page.
    const listBox = list.getBoundingClientRect();
    const optionBox = option.getBoundingClientRect();
    if (optionBox.top < listBox.top) list.scrollTop -= listBox.top - optionBox.top;
    else if (optionBox.bottom > listBox.bottom) list.scrollTop += optionBox.bottom - listBox.bottom;
  }, [activeOptionId]);

  const selectInEditor = (diagnostic: EditorDiagnostic) => chooseById(diagnostic.id);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (ordered.length === 0) return;
    const index = Math.max(activeIndex, 0);
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(index + 1, ordered.length - 1);
        break;
      case 'ArrowUp':
        next = Math.max(index - 1, 0);
        break;
      case 'PageDown':
        next = Math.min(index + pageSize, ordered.length - 1);
        break;
      case 'PageUp':
        next = Math.max(index - pageSize, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'Escape':
        event.preventDefault();
        backToEditor();
        return;
      case 'End':
        next = ordered.length - 1;
        break;
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const chosen = ordered[index];
        if (chosen) selectInEditor(chosen);
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    const target = ordered[next];
    if (target) setActiveId(target.id);
  };

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
          onKeyDown={onKeyDown}
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
