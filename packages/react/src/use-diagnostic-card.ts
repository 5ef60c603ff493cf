import type { SeverityOrOff } from '@casenote/lint';
import {
  chainFocusedNow,
  type EditorDiagnostic,
  focusEditorNow,
  getDiagnosticAtSelection,
  OPEN_CARD_META,
} from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import {
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useDiagnostics } from './use-diagnostics.ts';
import { useCardPosition } from './use-card-position.ts';
import { useExplanation } from './use-explanation.ts';

export interface UseDiagnosticCardOptions {
  /** Open the card when the caret enters a flagged range. @default true */
  openOnCaret?: boolean;
  /** Open the card when the pointer rests on a flagged range. @default true */
  openOnHover?: boolean;
  /** Milliseconds the pointer rests on a flagged range before the card opens. @default 150 */
  hoverDelay?: number;
  /** Milliseconds before the card closes once the pointer has left the range and the card. @default 300 */
  closeDelay?: number;
  /** Called after "Turn off this rule", so the host can keep the setting. @default undefined */
  onRuleSeverityChange?: (ruleId: string, severity: SeverityOrOff) => void;
}

/** What the card's root element needs: where it sits and the events that keep it open or close it. */
export interface DiagnosticCardRootProps {
  ref: (node: HTMLDivElement | null) => void;
  style: CSSProperties;
  positioned: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onFocus: () => void;
  onBlur: (event: FocusEvent<HTMLDivElement>) => void;
  onMouseEnter: () => void;
  onMouseLeave: () => void;
}

/** The card's state and commands while it shows a finding; `null` while it is closed. */
export interface DiagnosticCardState {
  diagnostic: EditorDiagnostic;
  /**
   * Why it matters (`explain`): `undefined` for the moment a built-in rule's explanation is still
   * loading (show the message, suggestions and source; the card re-renders when it arrives).
   */
  explanation: string | undefined;
  /** `false` in a read-only editor: the card only shows, it changes nothing. */
  editable: boolean;
  root: DiagnosticCardRootProps;
  applySuggestion: (index: number) => void;
  ignore: () => void;
  turnOffRule: () => void;
  /** Close the card and put focus back where it was before the card took it. */
  close: () => void;
}

interface Pinned {
  id: string;
  /** Move focus into the card once it renders (opened by the keyboard command). */
  takeFocus: boolean;
}

/**
 * The explanation card's behaviour, without its display: which finding it shows (the one pinned by
 * the keyboard command, else the one hovered, else the one at the caret), the hover and close
 * timers, Esc wherever focus is (WCAG 1.4.13), focus in and back out, positioning beside the flagged
 * words within the screen, and the commands its buttons run.
 *
 * @param editor The editor with the `CaseNoteLint` extension, or `null` while it is created.
 * @returns The card's state, or `null` while no finding is shown.
 * @example const card = useDiagnosticCard(editor); if (card) card.applySuggestion(0);
 */
export function useDiagnosticCard(
  editor: Editor | null,
  {
    openOnCaret = true,
    openOnHover = true,
    hoverDelay = 150,
    closeDelay = 300,
    onRuleSeverityChange,
  }: UseDiagnosticCardOptions = {},
): DiagnosticCardState | null {
  const { diagnostics } = useDiagnostics(editor);
  const [caretId, setCaretId] = useState<string | null>(null);
  const [pinned, setPinned] = useState<Pinned | null>(null);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [dismissedId, setDismissedId] = useState<string | null>(null);
  const [editorFocused, setEditorFocused] = useState(() => editor?.isFocused ?? false);
  const cardRef = useRef<HTMLDivElement | null>(null);
  /** Where focus was when the card took it (the findings list, say): it goes back there on close. */
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const openTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const caretOpenId = openOnCaret && editorFocused && caretId !== null && caretId !== dismissedId ? caretId : null;
  const shownId = pinned?.id ?? hoverId ?? caretOpenId;
  const diagnostic = shownId === null ? undefined : diagnostics.find((candidate) => candidate.id === shownId);
  const open = diagnostic !== undefined;

  // An Esc on one finding lasts until the caret leaves it.
  useEffect(() => {
    setDismissedId((dismissed) => (dismissed === caretId ? dismissed : null));
  }, [caretId]);

  // Forget a pinned or hovered finding that has gone (applied, ignored, rule turned off, edited away).
  useEffect(() => {
    const exists = (id: string) => diagnostics.some((candidate) => candidate.id === id);
    setPinned((current) => (current && !exists(current.id) ? null : current));
    setHoverId((current) => (current && !exists(current) ? null : current));
  }, [diagnostics]);

  const close = useCallback(
    (returnFocus: boolean) => {
      clearTimeout(openTimer.current);
      clearTimeout(closeTimer.current);
      setPinned(null);
      setHoverId(null);
      setDismissedId(shownId);
      const opener = returnFocusTo.current;
      returnFocusTo.current = null;
      if (!returnFocus || !editor || editor.isDestroyed) return;
      if (opener?.isConnected && opener !== document.body && !editor.view.dom.contains(opener)) opener.focus();
      else focusEditorNow(editor);
    },
    [editor, shownId],
  );
  const closeRef = useRef(close);
  closeRef.current = close;
  const openRef = useRef(open);
  openRef.current = open;

  // Editor events: focus, the keyboard command, Esc, and hover over decorations.
  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const onFocus = () => setEditorFocused(true);
    const onBlur = ({ event }: { event: FocusEvent | globalThis.FocusEvent }) => {
      const next = event.relatedTarget;
      if (next instanceof Node && cardRef.current?.contains(next)) return;
      setEditorFocused(false);
    };
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      const id = transaction.getMeta(OPEN_CARD_META);
      if (typeof id === 'string') {
        setDismissedId(null);
        setPinned({ id, takeFocus: true });
      }
      // Typing never pops the card up under the caret; moving the caret (arrows, click, F8) does.
      if (transaction.docChanged) setCaretId(null);
      else if (transaction.selectionSet) setCaretId(getDiagnosticAtSelection(editor.state)?.id ?? null);
    };
    // Esc closes the card wherever focus is (a card opened by the pointer, focus elsewhere on the
    // page: WCAG 1.4.13). Inside the card, its own handler closes it and returns focus first.
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || !openRef.current) return;
      if (event.target instanceof Node && cardRef.current?.contains(event.target)) return;
      event.preventDefault();
      closeRef.current(false);
    };
    const onMouseOver = (event: MouseEvent) => {
      if (!openOnHover) return;
      const target = event.target instanceof Element ? event.target.closest('[data-diagnostic-id]') : null;
      const id = target?.getAttribute('data-diagnostic-id');
      if (!id) return;
      clearTimeout(closeTimer.current);
      clearTimeout(openTimer.current);
      openTimer.current = setTimeout(() => setHoverId(id), hoverDelay);
    };
    const onMouseOut = (event: MouseEvent) => {
      if (!openOnHover) return;
      const from = event.target instanceof Element ? event.target.closest('[data-diagnostic-id]') : null;
      if (!from) return;
      const to = event.relatedTarget instanceof Element ? event.relatedTarget.closest('[data-diagnostic-id]') : null;
      if (to?.getAttribute('data-diagnostic-id') === from.getAttribute('data-diagnostic-id')) return;
      clearTimeout(openTimer.current);
      clearTimeout(closeTimer.current);
      closeTimer.current = setTimeout(() => setHoverId(null), closeDelay);
    };
    setEditorFocused(editor.isFocused);
    editor.on('focus', onFocus);
    editor.on('blur', onBlur);
    editor.on('transaction', onTransaction);
    document.addEventListener('keydown', onKeyDown);
    dom.addEventListener('mouseover', onMouseOver);
    dom.addEventListener('mouseout', onMouseOut);
    return () => {
      editor.off('focus', onFocus);
      editor.off('blur', onBlur);
      editor.off('transaction', onTransaction);
      document.removeEventListener('keydown', onKeyDown);
      dom.removeEventListener('mouseover', onMouseOver);
      dom.removeEventListener('mouseout', onMouseOut);
      clearTimeout(openTimer.current);
      clearTimeout(closeTimer.current);
    };
  }, [editor, openOnHover, hoverDelay, closeDelay]);

  const { setFloating, floatingStyles, isPositioned } = useCardPosition(editor, open ? shownId : null);

  useLayoutEffect(() => {
    if (!pinned?.takeFocus || !open) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && !cardRef.current?.contains(active)) returnFocusTo.current = active;
    const first = cardRef.current?.querySelector<HTMLElement>('button, a[href]');
    (first ?? cardRef.current)?.focus();
    setPinned({ id: pinned.id, takeFocus: false });
  }, [pinned, open]);

  const setCardRef = useCallback(
    (node: HTMLDivElement | null) => {
      cardRef.current = node;
      setFloating(node);
    },
    [setFloating],
  );

  const explanation = useExplanation(diagnostic ?? null);

  if (!editor || !diagnostic) return null;

  const afterAction = () => {
    setPinned(null);
    setHoverId(null);
    setDismissedId(diagnostic.id);
  };
  return {
    diagnostic,
    explanation,
    editable: editor.isEditable,
    root: {
      ref: setCardRef,
      style: floatingStyles,
      positioned: isPositioned,
      onKeyDown: (event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        close(true);
      },
      onFocus: () => {
        if (!pinned) setPinned({ id: diagnostic.id, takeFocus: false });
      },
      onBlur: (event) => {
        const next = event.relatedTarget;
        if (next instanceof Node && cardRef.current?.contains(next)) return;
        setPinned(null);
        if (!(next instanceof Node && editor.view.dom.contains(next))) setHoverId(null);
      },
      onMouseEnter: () => clearTimeout(closeTimer.current),
      onMouseLeave: () => {
        if (!openOnHover) return;
        clearTimeout(closeTimer.current);
        closeTimer.current = setTimeout(() => setHoverId(null), closeDelay);
      },
    },
    applySuggestion: (index) => {
      afterAction();
      chainFocusedNow(editor).applySuggestion(diagnostic.id, index).run();
    },
    ignore: () => {
      afterAction();
      chainFocusedNow(editor).ignoreDiagnostic(diagnostic.id).run();
    },
    turnOffRule: () => {
      afterAction();
      chainFocusedNow(editor).setRuleSeverity(diagnostic.ruleId, 'off').run();
      onRuleSeverityChange?.(diagnostic.ruleId, 'off');
    },
    close: () => close(true),
  };
}
