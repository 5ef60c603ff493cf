// The props a host passes to a component, read from its props interface in the source (members
// inherited from another interface listed by the caller), so the docs check below follows the code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The member names of `export interface name` in `file` (relative to the repo root). */
export function interfaceMembers(file: string, name: string): string[] {
  const source = readFileSync(`${root}${file}`, 'utf8');
  const start = source.search(new RegExp(`export interface ${name}\\b[^{]*\\{`));
  if (start < 0) throw new Error(`${file} has no interface ${name}`);
  const members: string[] = [];
  let depth = 0;
  for (const line of source.slice(source.indexOf('{', start)).split('\n')) {
    const member = /^\s*(?:readonly\s+)?['"]?([A-Za-z][\w-]*)['"]?\??\s*:/.exec(line);
    if (depth === 1 && member?.[1]) members.push(member[1]);
    for (const character of line.replace(/\/\/.*$|'[^']*'|"[^"]*"|`[^`]*`/g, '')) {
      if (character === '{') depth += 1;
      else if (character === '}') depth -= 1;
    }
    if (depth === 0) break;
  }
  return members;
}
