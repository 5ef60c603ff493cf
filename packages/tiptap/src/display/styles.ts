// The default styles (underlines, the about-child highlight, record prompts) as a string, for hosts
// that cannot import a CSS file: @casenote/element puts them in its shadow root. `styles.css` is this
// text, written by `pnpm --filter @casenote/tiptap styles:write`; a test checks the two agree.
export const underlineStyles = `/*
 * @casenote/tiptap default styles: the underlines under findings and the about-child highlight.
 *
 * Themed by custom properties on \`:root\` (override them there or on the editor). Colours meet
 * WCAG 2.2 AA on a white surface: underlines at least 3:1. Severity is told by underline shape
 * (and, in the decoration, \`aria-description\`) as well as colour. No fonts are loaded.
 */

:root {
  --casenote-error: #b3261e;
  --casenote-warning: #8a4f00;
  --casenote-info: #0b5cad;
  --casenote-hint: #4b5867;

  --casenote-underline-thickness: 2px;
  --casenote-underline-offset: 3px;
  --casenote-error-underline: wavy;
  --casenote-warning-underline: dashed;
  --casenote-info-underline: dotted;
  --casenote-hint-underline: double;
  --casenote-highlight-background: #fff3c4;

  --casenote-about-child-background: #fdebd0;
  --casenote-about-child-border: #8a4f00;
}

.casenote-diagnostic {
  text-decoration-line: underline;
  text-decoration-thickness: var(--casenote-underline-thickness);
  text-underline-offset: var(--casenote-underline-offset);
  text-decoration-skip-ink: none;
  cursor: help;
}

.casenote-diagnostic--error {
  text-decoration-style: var(--casenote-error-underline);
  text-decoration-color: var(--casenote-error);
}

.casenote-diagnostic--warning {
  text-decoration-style: var(--casenote-warning-underline);
  text-decoration-color: var(--casenote-warning);
}

.casenote-diagnostic--info {
  text-decoration-style: var(--casenote-info-underline);
  text-decoration-color: var(--casenote-info);
}

.casenote-diagnostic--hint {
  text-decoration-style: var(--casenote-hint-underline);
  text-decoration-color: var(--casenote-hint);
  text-decoration-thickness: 1px;
}

.casenote-diagnostic:hover {
  background: var(--casenote-highlight-background);
}

.casenote-about-child {
  background: var(--casenote-about-child-background);
  border-block-end: 2px solid var(--casenote-about-child-border);
  box-decoration-break: clone;
  -webkit-box-decoration-break: clone;
}

@media (forced-colors: active) {
  .casenote-diagnostic {
    text-decoration-color: CanvasText;
    forced-color-adjust: none;
    color: CanvasText;
    background: Canvas;
  }

  .casenote-diagnostic:hover {
    background: Highlight;
    color: HighlightText;
  }

  .casenote-about-child {
    forced-color-adjust: none;
    background: Mark;
    color: MarkText;
    border-block-end-color: CanvasText;
  }
}

/*
 * A record template's prompt, shown in an empty paragraph until the writer types there. It is not
 * text: not linted, not saved as the writer's words. Italic and a dashed start edge, not colour
 * alone, mark it as a prompt; the grey has 5.9:1 contrast on white.
 */
.casenote-record-prompt {
  border-inline-start: 2px dashed #6b7178;
  padding-inline-start: 0.5em;
}

.casenote-record-prompt::before {
  content: attr(data-prompt);
  float: inline-start;
  height: 0;
  pointer-events: none;
  color: #5f6670;
  font-style: italic;
}

@media (forced-colors: active) {
  .casenote-record-prompt::before {
    color: GrayText;
  }
}
`;

/** The same styles for a shadow root: the custom properties sit on `:host` instead of `:root`. */
export const shadowUnderlineStyles: string = underlineStyles.replace(':root {', ':host {');
