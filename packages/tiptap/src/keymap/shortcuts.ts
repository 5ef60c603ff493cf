/**
 * The default keyboard shortcuts, in ProseMirror key notation (`Mod` is Ctrl, or Cmd on macOS).
 * Hosts can replace any of them through `CaseNoteKeymap.configure({ … })` (or the React editor's
 * `shortcuts` prop).
 */
export interface CaseNoteShortcuts {
  /** Select the next finding (wraps round). @default ['F8'] */
  nextDiagnostic: string[];
  /** Select the previous finding (wraps round). @default ['Shift-F8'] */
  previousDiagnostic: string[];
  /** Apply the first suggestion of the finding at the caret. @default ['Mod-Shift-Enter'] */
  applyFirstSuggestion: string[];
  /** Open the explanation card of the finding at the caret and move focus into it. @default ['Mod-.', 'Alt-Enter'] */
  openCard: string[];
  /** Move focus to the findings list (a transaction with `FOCUS_FINDINGS_META`). @default ['Alt-Shift-l'] */
  focusFindings: string[];
}

export const defaultShortcuts: CaseNoteShortcuts = {
  nextDiagnostic: ['F8'],
  previousDiagnostic: ['Shift-F8'],
  applyFirstSuggestion: ['Mod-Shift-Enter'],
  openCard: ['Mod-.', 'Alt-Enter'],
  focusFindings: ['Alt-Shift-l'],
};

/**
 * Transaction meta key the `openCard` shortcut sets (value: the finding's id). The React
 * `DiagnosticCard` listens for it; a host with its own card can too.
 */
export const OPEN_CARD_META = 'caseNoteOpenCard';

/**
 * Transaction meta key the `focusFindings` shortcut sets (value: `true`). The React
 * `DiagnosticsPanel` listens for it and moves focus to its list.
 */
export const FOCUS_FINDINGS_META = 'caseNoteFocusFindings';

/**
 * Transaction meta key `nextDiagnostic` / `previousDiagnostic` set (value: the finding's id), so a
 * host can announce the finding the caret moved to (the React editor does, once per move).
 */
export const MOVED_TO_FINDING_META = 'caseNoteMovedToFinding';
