import type { SeverityOrOff } from '@casenote/lint';
import { getDiagnosticAtSelection, OPEN_CARD_META } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { autoUpdate, flip, offset, shift, size, useFloating } from '@floating-ui/react-dom';
import {
  type FocusEvent,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { categoryTitles, severityTitles } from './labels.ts';
import { SeverityIcon } from './severity-icon.tsx';
import { useDiagnostics } from './use-diagnostics.ts';
import { createRangeReference } from './utils/createRangeReference.ts';

export interface DiagnosticCardProps {
  /** The editor with the `CaseNoteLint` extension (`null` while it is created). */
  editor: Editor | null;
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
  /** Extra class on the card's root (`casenote-card`). @default undefined */
  className?: string;
}

interface Pinned {
  id: string;
  /** Move focus into the card once it renders (opened by the keyboard command). */
  takeFocus: boolean;
}

/**
 * The explanation card: what was found, why it matters, suggestions as buttons, Ignore, Turn off
 * this rule and a link to the guidance. A non-modal dialog positioned next to the flagged words.
 * It opens on hover, when the caret enters a flagged range, and with Mod+. or Alt+Enter (which
 * also moves focus into it). Esc closes it and returns focus to the editor.
 *
 * @example <DiagnosticCard editor={editor} />
 */
export function DiagnosticCard({
  editor,
  openOnCaret = true,
  openOnHover = true,
  hoverDelay = 150,
  closeDelay = 300,
  onRuleSeverityChange,
  className,
}: DiagnosticCardProps) {
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
      else if (editor.isEditable) editor.commands.focus();
      else editor.view.dom.focus();
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

  const reference = useMemo(
    () => (editor && !editor.isDestroyed && open && shownId ? createRangeReference(editor, shownId) : null),
    [editor, open, shownId],
  );
  const { refs, floatingStyles, update, isPositioned } = useFloating({
    open,
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(6),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      // Never taller or wider than the screen (320 px phones, zoom): the card scrolls within it.
      size({
        padding: 8,
        apply({ availableHeight, availableWidth, elements }) {
          elements.floating.style.maxHeight = `${Math.max(120, availableHeight)}px`;
          elements.floating.style.maxWidth = `min(var(--casenote-card-width), ${Math.max(200, availableWidth)}px)`;
        },
      }),
    ],
    whileElementsMounted: autoUpdate,
    elements: { reference },
  });

  // Edits move the words without scrolling or resizing anything: follow them.
  useEffect(() => {
    if (!editor || !open) return;
    editor.on('transaction', update);
    return () => {
      editor.off('transaction', update);
    };
  }, [editor, open, update]);

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
      refs.setFloating(node);
    },
    [refs],
  );

  const baseId = useId();
  if (!editor || !diagnostic) return null;
  const titleId = `${baseId}-title`;
  const explanationId = `${baseId}-explanation`;
  const suggestionsId = `${baseId}-suggestions`;
  const editable = editor.isEditable;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close(true);
  };
  const onFocus = () => {
    if (!pinned) setPinned({ id: diagnostic.id, takeFocus: false });
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && cardRef.current?.contains(next)) return;
    setPinned(null);
    if (!(next instanceof Node && editor.view.dom.contains(next))) setHoverId(null);
  };
  const onMouseEnter = () => clearTimeout(closeTimer.current);
  const onMouseLeave = () => {
    if (!openOnHover) return;
    clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(() => setHoverId(null), closeDelay);
  };
  const afterAction = () => {
    setPinned(null);
    setHoverId(null);
    setDismissedId(diagnostic.id);
  };
  const applySuggestion = (index: number) => {
    afterAction();
    editor.chain().focus().applySuggestion(diagnostic.id, index).run();
  };
  const ignore = () => {
    afterAction();
    editor.chain().focus().ignoreDiagnostic(diagnostic.id).run();
  };
  const turnOffRule = () => {
    afterAction();
    editor.chain().focus().setRuleSeverity(diagnostic.ruleId, 'off').run();
    onRuleSeverityChange?.(diagnostic.ruleId, 'off');
  };

  return (
    <div
      ref={setCardRef}
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={explanationId}
      tabIndex={-1}
      className={['casenote-card', `casenote-card--${diagnostic.severity}`, className].filter(Boolean).join(' ')}
      data-diagnostic-id={diagnostic.id}
      data-rule-id={diagnostic.ruleId}
      data-category={diagnostic.category}
      data-severity={diagnostic.severity}
      data-positioned={isPositioned ? 'true' : 'false'}
      style={floatingStyles}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={onBlur}
      onMouseEnter={onMouseEnter}
      onMouseLeave={onMouseLeave}
    >
      <p className="casenote-card__meta">
        <span className="casenote-severity" data-severity={diagnostic.severity}>
          <SeverityIcon severity={diagnostic.severity} />
          {severityTitles[diagnostic.severity]}
        </span>
        <span className="casenote-card__category">{categoryTitles[diagnostic.category]}</span>
      </p>
      <p id={titleId} className="casenote-card__message">
        {diagnostic.message}
      </p>
      <p id={explanationId} className="casenote-card__explanation">
        {diagnostic.explanation}
      </p>
      {diagnostic.suggestions.length > 0 && (
        <div className="casenote-card__suggestions" role="group" aria-labelledby={suggestionsId}>
          <p id={suggestionsId} className="casenote-card__label">
            {editable ? 'Replace with' : 'Could be written as'}
          </p>
          {editable ? (
            <div className="casenote-card__suggestion-list">
              {diagnostic.suggestions.map((suggestion, index) => (
                <button
                  key={suggestion}
                  type="button"
                  className="casenote-button casenote-button--suggestion"
                  data-action="suggestion"
                  onClick={() => applySuggestion(index)}
                >
                  {suggestion}
                </button>
              ))}
            </div>
          ) : (
            <ul className="casenote-card__suggestion-list">
              {diagnostic.suggestions.map((suggestion) => (
                <li key={suggestion} className="casenote-card__suggestion-text">
                  {suggestion}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="casenote-card__actions">
        {/* A read-only note is not changed, nor are its settings: only Close. */}
        {editable && (
          <>
            <button type="button" className="casenote-button" data-action="ignore" onClick={ignore}>
              Ignore
            </button>
            <button type="button" className="casenote-button" data-action="disable-rule" onClick={turnOffRule}>
              Turn off this rule
            </button>
          </>
        )}
        <button
          type="button"
          className="casenote-button casenote-button--quiet"
          data-action="close"
          onClick={() => close(true)}
        >
          Close
        </button>
      </div>
      {diagnostic.source && (
        <p className="casenote-card__source">
          <a href={diagnostic.source} target="_blank" rel="noopener noreferrer" data-action="source">
            Read the guidance<span className="casenote-visually-hidden"> (opens in a new tab)</span>
            <ExternalIcon />
          </a>{' '}
          <span className="casenote-card__source-host">{hostOf(diagnostic.source)}</span>
        </p>
      )}
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function ExternalIcon() {
  return (
    <svg
      className="casenote-external-icon"
      viewBox="0 0 12 12"
      width="12"
      height="12"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M5 2H2v8h8V7M7 1h4v4M11 1L5.5 6.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}
