/**
 * Whether a fix repeats the words it stands beside, in brackets or across a slash (read after fitting, for each fix).
 */
import { matchWords, type WordPattern } from '../plain-words.ts';

const wordPattern: WordPattern = {
  unicode: /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu,
  ascii: /[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g,
};
const plainWords = (text: string): string => matchWords(text.toLowerCase().replace(/’/g, "'"), wordPattern).join(' ');

/**
 * Whether a fix repeats the words it stands beside in brackets or across a slash: "Children in
 * Care Council (CiCC)" → "(Children in Care Council)", "IRO (Independent Reviewing Officer)" →
 * "independent reviewing officer (…)", "FGC/family meeting" → "family meeting/family meeting", "the Public
 * Law Outline (PLO) process" → "the … (court process for care cases) process".
 */
export function repeatsBeside(text: string, from: number, to: number, fix: string): boolean {
  const own = plainWords(fix);
  if (!own.includes(' ')) return false;
  const before = text.slice(Math.max(0, from - 120), from);
  // "Independent Reviewing Officer (or 'IRO')": the bracket may open with "or" and a quotation mark
  const opened = /[(/]\s*(?:(?:or|i\.e\.|aka)\s+)?['‘“"]?\s*$/.exec(before);
  if (opened) {
    const outside = plainWords(before.slice(0, opened.index)).split(' ').slice(-10).join(' ');
    if (` ${outside} `.includes(` ${own} `)) return true;
  }
  const after = text.slice(to, to + 120);
  const opens = /^\s*[(/]([^()/]*)/.exec(after);
  if (opens && ` ${plainWords(opens[1] as string)} `.includes(` ${own} `)) return true;
  // "the court process for care cases (PLO) process", "the Public Law Outline (court process …) process":
  // the noun after a bracket beside the fix is one of the fix's own
  const nounAfter = /^['’"”]?\s*(?:\([^()]*\)\s*|\)\s*)([\p{L}]{4,})/u.exec(after);
  if (nounAfter && ` ${own} `.includes(` ${(nounAfter[1] as string).toLowerCase()} `)) return true;
  return false;
}
