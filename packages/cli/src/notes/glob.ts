/** Characters that make a command-line input a glob pattern rather than a path. */
const globChars = /[*?[{]/;

/** True when an input is a glob pattern (`notes/**\/*.txt`), not a plain path. */
export function isGlob(input: string): boolean {
  return globChars.test(input);
}

/**
 * Splits a glob into the folder to walk (its leading segments without glob characters) and a
 * matcher for paths relative to that folder, with `/` separators.
 *
 * Supports `*` (any characters but `/`), `**` (any folders), `?`, `[abc]`/`[!abc]` and `{a,b}`,
 * as shells and ESLint do. Patterns are matched case-sensitively.
 */
export function compileGlob(pattern: string): { base: string; matches: (relative: string) => boolean } {
  const segments = pattern.replaceAll('\\', '/').split('/');
  const firstGlob = segments.findIndex((segment) => isGlob(segment));
  const base = segments.slice(0, firstGlob).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const regex = new RegExp(`^${translate(segments.slice(firstGlob).join('/'))}$`, 'u');
  return { base, matches: (relative) => regex.test(relative) };
}

function translate(glob: string): string {
  let out = '';
  let depth = 0;
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index] as string;
    if (char === '*') {
      if (glob[index + 1] === '*') {
        const slashAfter = glob[index + 2] === '/';
        out += slashAfter ? '(?:[^/]*/)*' : '.*';
        index += slashAfter ? 2 : 1;
      } else out += '[^/]*';
    } else if (char === '?') out += '[^/]';
    else if (char === '[') {
      const close = glob.indexOf(']', index + 2);
      if (close === -1) out += '\\[';
      else {
        const body = glob
          .slice(index + 1, close)
          .replace(/^!/, '^')
          .replaceAll('\\', '\\\\');
        out += `[${body}]`;
        index = close;
      }
    } else if (char === '{') {
      depth += 1;
      out += '(?:';
    } else if (char === '}' && depth > 0) {
      depth -= 1;
      out += ')';
    } else if (char === ',' && depth > 0) out += '|';
    else out += char.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return out + ')'.repeat(depth);
}
