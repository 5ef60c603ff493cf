import { categories, type Category } from '@casenote/lint';
import {
  chainFocusedNow,
  type EditorDiagnostic,
  FOCUS_FINDINGS_META,
  focusEditorNow,
  formatPanelSummary,
  OPEN_CARD_META,
} from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import {
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useCaseNoteLabels } from './labels-context.tsx';
import { useDiagnosticAtCaret, useDiagnostics, useWholeNoteChecked } from './use-diagnostics.ts';
import { useNoteAnalysis } from './use-note-analysis.ts';

/** Options PageUp and PageDown move by in the list. */
const pageSize = 10;

/** The findings of one category, in document order. */
export interface FindingGroup {
  category: Category;
  diagnostics: EditorDiagnostic[];
}

/** What `useDiagnosticsPanel` returns: the findings as the panel lists them, and what its controls do. */
export interface DiagnosticsPanelState {
  /** `false` until every paragraph has been checked once. */
  checked: boolean;
  total: number;
  groups: FindingGroup[];
  /** Prompts about the whole note. */
  prompts: EditorDiagnostic[];
  /** The active option's finding (the first when none was chosen), and its element id. */
  active: EditorDiagnostic | undefined;
  activeOptionId: string | undefined;
  /** Ids for the heading, the groups (`${baseId}-group-…`) and each option. */
  baseId: string;
  headingId: string;
  optionId: (id: string) => string;
  /** The summary shown under the heading, and the words the live region reads once they settle. */
  summary: string;
  announcement: string;
  listRef: RefObject<HTMLDivElement | null>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  sectionRef: RefObject<HTMLElement | null>;
  /** Arrows, PageUp/PageDown, Home/End, Enter/Space and Esc in the list. */
  onListKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** Select a finding in the editor (or open its card in a read-only note). */
  chooseById: (id: string) => void;
  /** Dismiss a prompt about the whole note; focus moves to the next prompt, the list or the heading. */
  dismissPrompt: (id: string) => void;
}

/**
 * The findings panel's behaviour, without its display: the findings grouped by category, the active
 * option following the caret, the list's keys, the findings-list shortcut, dismissing prompts
 * without losing focus, and a summary announced once the counts settle.
 *
 * @param editor The editor with the `CaseNoteLint` extension, or `null` while it is created.
 * @param announceDelay Milliseconds the counts must stay the same before they are announced.
 * @example const panel = useDiagnosticsPanel(editor, 1500);
 */
export function useDiagnosticsPanel(editor: Editor | null, announceDelay: number): DiagnosticsPanelState {
  const labels = useCaseNoteLabels();
  const { analysis: analysisLabels, panel: words } = labels;
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

  const groups = useMemo<FindingGroup[]>(() => {
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
        chainFocusedNow(editor).selectDiagnostic(id).run();
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
    if (editor) focusEditorNow(editor);
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
        if (chosen) chooseById(chosen.id);
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    const target = ordered[next];
    if (target) setActiveId(target.id);
  };

  return {
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
    onListKeyDown: onKeyDown,
    chooseById,
    dismissPrompt,
  };
}
