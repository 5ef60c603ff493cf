// The styles of @casenote/tiptap/styles.css (underlines, the about-child highlight, record
// prompts), for the shadow root: `:root` becomes `:host`. A test checks every rule of that file is
// here, so the two cannot drift apart: when it fails, copy the file's rules here again.
export const underlineStyles = `
:host {
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
