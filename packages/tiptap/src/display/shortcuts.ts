import type { CaseNoteShortcuts } from '../keymap/shortcuts.ts';

const keyNames: Record<string, string> = {
  Mod: 'Control',
  Ctrl: 'Control',
  Control: 'Control',
  Cmd: 'Command',
  Meta: 'Command',
  Alt: 'Alt',
  Shift: 'Shift',
  '.': 'full stop',
  ',': 'comma',
};

/**
 * A ProseMirror key name written out for people: `'Mod-Shift-Enter'` → `'Control+Shift+Enter'`
 * (`'Command+Shift+Enter'` on Apple platforms).
 * @example formatShortcut('Mod-.', false) // 'Control+full stop'
 */
export function formatShortcut(key: string, apple = isApple()): string {
  // A trailing '-' is the minus key itself, not a separator.
  const parts = key.endsWith('--') ? [...key.slice(0, -2).split('-'), '-'] : key.split('-');
  return parts
    .filter((part) => part !== '')
    .map((part) =>
      part === 'Mod' && apple ? 'Command' : (keyNames[part] ?? (part.length === 1 ? part.toUpperCase() : part)),
    )
    .join('+');
}

function isApple(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad|iPod/.test(navigator.platform ?? '');
}

/** The editor's built-in help, read after the editing area's name (keys come already written out). */
export const helpLabels = {
  editorName: 'Case note',
  readOnly: 'Read only.',
  or: 'or',
  move: (next: string, previous: string) => `${next} and ${previous} move to the next and previous finding.`,
  openCard: (keys: string) => `${keys} opens the explanation of the finding at the caret.`,
  apply: (keys: string) => `${keys} applies its first suggestion.`,
  focusFindings: (keys: string) => `${keys} moves to the list of findings.`,
};

/**
 * The shortcuts in words, for the editing area's description: "F8 and Shift+F8 move to the next and
 * previous finding. Control+full stop or Alt+Enter opens the explanation…". A read-only note leaves
 * out applying a suggestion; a host without a findings list to move to leaves that out too.
 */
export function describeShortcuts(
  shortcuts: CaseNoteShortcuts,
  { readOnly = false, findingsList = true }: { readOnly?: boolean; findingsList?: boolean } = {},
  help: typeof helpLabels = helpLabels,
): string {
  const list = (keys: string[]) => keys.map((key) => formatShortcut(key)).join(` ${help.or} `);
  return [
    help.move(list(shortcuts.nextDiagnostic), list(shortcuts.previousDiagnostic)),
    help.openCard(list(shortcuts.openCard)),
    ...(readOnly ? [] : [help.apply(list(shortcuts.applyFirstSuggestion))]),
    ...(findingsList ? [help.focusFindings(list(shortcuts.focusFindings))] : []),
  ].join(' ');
}
