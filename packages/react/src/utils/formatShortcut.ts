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
