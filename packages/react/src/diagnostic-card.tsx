import { useId } from 'react';
import { useCaseNoteLabels } from './labels-context.tsx';
import { SeverityIcon } from './severity-icon.tsx';
import { type UseDiagnosticCardOptions, useDiagnosticCard } from './use-diagnostic-card.ts';
import type { Editor } from '@tiptap/core';
import { hostOf } from './utils/hostOf.ts';

export interface DiagnosticCardProps extends UseDiagnosticCardOptions {
  /** The editor with the `CaseNoteLint` extension (`null` while it is created). */
  editor: Editor | null;
  /** Extra class on the card's root (`casenote-card`). @default undefined */
  className?: string;
}

/**
 * The explanation card: what was found, why it matters, suggestions as buttons, Ignore, Turn off
 * this rule and a link to the guidance. A non-modal dialog positioned next to the flagged words.
 * It opens on hover, when the caret enters a flagged range, and with Mod+. or Alt+Enter (which
 * also moves focus into it). Esc closes it and returns focus to the editor. The behaviour is
 * `useDiagnosticCard`'s; this component only displays it.
 *
 * @example <DiagnosticCard editor={editor} />
 */
export function DiagnosticCard({ editor, className, ...options }: DiagnosticCardProps) {
  const card = useDiagnosticCard(editor, options);
  const { categoryTitles, severityTitles, card: words } = useCaseNoteLabels();
  const baseId = useId();
  if (!card) return null;
  const { diagnostic, explanation, editable, root } = card;
  const titleId = `${baseId}-title`;
  const explanationId = `${baseId}-explanation`;
  const suggestionsId = `${baseId}-suggestions`;

  return (
    <div
      ref={root.ref}
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={explanation ? explanationId : undefined}
      tabIndex={-1}
      className={['casenote-card', `casenote-card--${diagnostic.severity}`, className].filter(Boolean).join(' ')}
      data-diagnostic-id={diagnostic.id}
      data-rule-id={diagnostic.ruleId}
      data-category={diagnostic.category}
      data-severity={diagnostic.severity}
      data-positioned={root.positioned ? 'true' : 'false'}
      style={root.style}
      onKeyDown={root.onKeyDown}
      onFocus={root.onFocus}
      onBlur={root.onBlur}
      onMouseEnter={root.onMouseEnter}
      onMouseLeave={root.onMouseLeave}
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
      {/* a built-in rule's explanation arrives with the rule details, a moment after the engine */}
      {explanation && (
        <p id={explanationId} className="casenote-card__explanation">
          {explanation}
        </p>
      )}
      {diagnostic.suggestions.length > 0 && (
        <div className="casenote-card__suggestions" role="group" aria-labelledby={suggestionsId}>
          <p id={suggestionsId} className="casenote-card__label">
            {editable ? words.replaceWith : words.couldBeWrittenAs}
          </p>
          {editable ? (
            <div className="casenote-card__suggestion-list">
              {diagnostic.suggestions.map((suggestion, index) => (
                <button
                  key={suggestion}
                  type="button"
                  className="casenote-button casenote-button--suggestion"
                  data-action="suggestion"
                  onClick={() => card.applySuggestion(index)}
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
      {/* wording whose fit the sentence does not show: text to consider, never a button */}
      {diagnostic.suggestions.length === 0 && (diagnostic.consider ?? []).length > 0 && (
        <div
          className="casenote-card__suggestions casenote-card__consider"
          role="group"
          aria-labelledby={suggestionsId}
        >
          <p id={suggestionsId} className="casenote-card__label">
            {words.consider}
          </p>
          <ul className="casenote-card__suggestion-list">
            {(diagnostic.consider ?? []).map((wording) => (
              <li key={wording} className="casenote-card__suggestion-text">
                {wording}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="casenote-card__actions">
        {/* A read-only note is not changed, nor are its settings: only Close. */}
        {editable && (
          <>
            <button type="button" className="casenote-button" data-action="ignore" onClick={card.ignore}>
              {words.ignore}
            </button>
            <button type="button" className="casenote-button" data-action="disable-rule" onClick={card.turnOffRule}>
              {words.turnOffRule}
            </button>
          </>
        )}
        <button
          type="button"
          className="casenote-button casenote-button--quiet"
          data-action="close"
          onClick={card.close}
        >
          {words.close}
        </button>
      </div>
      {diagnostic.source && (
        <p className="casenote-card__source">
          <a href={diagnostic.source} target="_blank" rel="noopener noreferrer" data-action="source">
            {words.readGuidance}
            <span className="casenote-visually-hidden"> {words.opensInNewTab}</span>
            <ExternalIcon />
          </a>{' '}
          <span className="casenote-card__source-host">{hostOf(diagnostic.source)}</span>
        </p>
      )}
    </div>
  );
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
