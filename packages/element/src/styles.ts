import { shadowUnderlineStyles } from '@casenote/tiptap';

// Everything the element draws lives in its shadow root, so these selectors cannot reach the host
// page and the page's selectors cannot reach them. Only inherited properties cross the boundary:
// `all: initial` on the host stops those too, then the element sets its own type. Theme it with
// the `--casenote-*` custom properties (they do inherit) on `casenote-editor` or `:root`.
const layoutStyles = `
:host {
  all: initial;
  display: block;
  container-type: inline-size;
  font-family: var(--casenote-font-family, system-ui, sans-serif);
  font-size: var(--casenote-font-size, 1rem);
  line-height: var(--casenote-line-height, 1.5);
  color: var(--casenote-text, #1d1f21);
  --casenote-surface: #fff;
  --casenote-muted-text: #4a5058;
  --casenote-border: #767d86;
  --casenote-focus-ring: #1a5fb4;
  --casenote-button-background: #f1f3f5;
  --casenote-suggestion-background: #e8f1fb;
  --casenote-suggestion-text: #0b3d77;
  --casenote-selected-background: #e8f1fb;
  --casenote-selected-border: #1a5fb4;
  --casenote-meter-track: #e1e5ea;
  --casenote-meter-fill: #0b5cad;
}
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(14rem, 20rem); gap: 1rem; align-items: start; }
@container (max-width: 40rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
.main { position: relative; min-inline-size: 0; }
.frame .ProseMirror {
  min-block-size: var(--casenote-min-height, 8rem);
  padding: 0.5rem 0.75rem;
  border: 1px solid var(--casenote-border);
  border-radius: 6px;
  background: var(--casenote-surface);
  color: var(--casenote-text, #1d1f21);
  outline: none;
}
.frame .ProseMirror:focus-visible, .frame .ProseMirror:focus { outline: 3px solid var(--casenote-focus-ring); outline-offset: 1px; }
:host([readonly]) .frame .ProseMirror, :host(:state(disabled)) .frame .ProseMirror { background: #f6f7f8; }
.ProseMirror { position: relative; word-wrap: break-word; white-space: pre-wrap; white-space: break-spaces; font-variant-ligatures: none; font-feature-settings: "liga" 0; }
.ProseMirror p { margin: 0 0 0.75em; }
.ProseMirror p:last-child { margin-block-end: 0; }
.ProseMirror pre { white-space: pre-wrap; }
.ProseMirror [contenteditable="false"] { white-space: normal; }
.ProseMirror-hideselection *::selection { background: transparent; }
.ProseMirror-hideselection { caret-color: transparent; }
.ProseMirror-gapcursor { display: none; pointer-events: none; position: absolute; }
.ProseMirror-focused .ProseMirror-gapcursor { display: block; }
img.ProseMirror-separator { display: inline !important; border: none !important; margin: 0 !important; }
.visually-hidden { position: absolute !important; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
button {
  font: inherit; color: inherit; cursor: pointer;
  padding: 0.25rem 0.6rem; border: 1px solid var(--casenote-border); border-radius: 4px;
  background: var(--casenote-button-background);
}
button:hover { background: #e1e5ea; }
button:focus-visible, a:focus-visible, [role="listbox"]:focus-visible, .card:focus-visible {
  outline: 3px solid var(--casenote-focus-ring); outline-offset: 2px;
}
a { color: var(--casenote-focus-ring); }
.severity { display: inline-flex; align-items: center; gap: 0.3rem; font-weight: 600; }
.severity-icon { flex: none; }
.severity[data-severity="error"] { color: var(--casenote-error); }
.severity[data-severity="warning"] { color: var(--casenote-warning); }
.severity[data-severity="info"] { color: var(--casenote-info); }
.severity[data-severity="hint"] { color: var(--casenote-hint); }
.card {
  position: absolute; z-index: 10; inline-size: min(22rem, 100%);
  padding: 0.75rem; border: 1px solid var(--casenote-border); border-radius: 6px;
  background: var(--casenote-surface); box-shadow: 0 4px 16px rgb(0 0 0 / 18%);
}
.card[hidden] { display: none; }
.card p { margin: 0 0 0.5rem; }
.card__meta { display: flex; gap: 0.75rem; font-size: 0.875em; color: var(--casenote-muted-text); }
.card__message { font-weight: 600; }
.card__suggestions, .card__actions { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-block-end: 0.5rem; }
.card__suggestions ul { margin: 0; padding-inline-start: 1.2rem; }
.card__label { flex-basis: 100%; margin: 0 !important; font-size: 0.875em; }
.suggestion { background: var(--casenote-suggestion-background); color: var(--casenote-suggestion-text); }
.quiet { border-color: transparent; background: transparent; text-decoration: underline; }
.panel { border: 1px solid var(--casenote-border); border-radius: 6px; padding: 0.75rem; background: var(--casenote-surface); }
.panel h2 { margin: 0 0 0.25rem; font-size: 1.05em; }
.panel__summary { margin: 0 0 0.5rem; color: var(--casenote-muted-text); font-size: 0.875em; }
.panel [role="listbox"] { max-block-size: 20rem; overflow: auto; border: 1px solid var(--casenote-border); border-radius: 4px; }
.option { padding: 0.4rem 0.5rem; border-inline-start: 4px solid transparent; cursor: pointer; font-size: 0.9em; }
.option + .option { border-block-start: 1px solid #e1e5ea; }
.option[aria-selected="true"] { background: var(--casenote-selected-background); border-inline-start-color: var(--casenote-selected-border); }
.option__category { display: block; color: var(--casenote-muted-text); font-size: 0.875em; }
.prompts { margin: 0 0 0.75rem; padding: 0; list-style: none; font-size: 0.9em; }
.prompts li { margin-block-end: 0.5rem; }
.prompts .explanation { display: block; color: var(--casenote-muted-text); }
.meter { margin-block: 0.75rem; font-size: 0.9em; }
.meter p { margin: 0 0 0.25rem; }
.meter__label { font-weight: 600; }
.meter__track { block-size: 0.75rem; border: 1px solid var(--casenote-border); border-radius: 999px; background: var(--casenote-meter-track); overflow: hidden; }
.meter__fill { block-size: 100%; background: var(--casenote-meter-fill); }
.counted { margin-block-start: 0.5rem; }
.counted__summary { min-block-size: 24px; cursor: pointer; font-weight: 600; }
.counted__summary:focus-visible { outline: 3px solid var(--casenote-focus-ring); outline-offset: 2px; }
.counted__title { font-weight: 600; margin-block-start: 0.5rem; }
.counted__list { margin: 0; padding-inline-start: 1.25rem; }
.counted__sentence { display: block; inline-size: 100%; min-block-size: 24px; text-align: start; }
.counted__reason, .counted__none { display: block; color: var(--casenote-muted-text); }
@media (forced-colors: active) {
  .meter__fill { background: CanvasText; forced-color-adjust: none; }
  .option[aria-selected="true"] { outline: 2px solid Highlight; }
}
@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
`;

let sheet: CSSStyleSheet | undefined;

/** The one stylesheet every `<casenote-editor>` adopts (parsed once per page). */
export function getStyleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(shadowUnderlineStyles + layoutStyles);
  }
  return sheet;
}
