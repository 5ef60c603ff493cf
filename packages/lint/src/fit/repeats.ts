/**
 * A fix that puts words beside the same words: "very angry and hostile" → not "very angry and angry" (nor "very
 * angry and upset and angry", nor "hostile, angry" → "angry, angry"); "came to the UK as an unaccompanied minor" → not "came to the UK as a young person
 * who came to the UK alone"; "delegated authority to make day-to-day decisions" → not "permission to make day-to-day
 * decisions to make day-to-day decisions". The finding and its card stay; only that fix is withheld.
 */

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Small words a repeated run may hold any number of without being a repeat by themselves ("of the", "in the"). */
const smallWords: ReadonlySet<string> = new Set(
  'a an the of to in on for and or with by at as is are was were be been who that which their his her its your our my this these those from into'.split(
    ' ',
  ),
);
/** How many words besides a run's own either side are read for a run the fix repeats. */
const reach = 2;

const wordsOf = (text: string): string[] => (text.toLowerCase().match(wordPattern) ?? []) as string[];

/** The text of the flagged words' sentence before `from` and after `to` (up to 120 characters, not past a full stop). */
function sides(text: string, from: number, to: number): { before: string; after: string } {
  const beforeAll = text.slice(Math.max(0, from - 120), from);
  const stop = Math.max(beforeAll.lastIndexOf('. '), beforeAll.lastIndexOf('? '), beforeAll.lastIndexOf('! '));
  const afterAll = text.slice(to, to + 120);
  const end = afterAll.search(/[.!?](?:\s|$)/);
  return {
    before: stop >= 0 ? beforeAll.slice(stop + 2) : beforeAll,
    after: end >= 0 ? afterAll.slice(0, end) : afterAll,
  };
}

/**
 * Whether the fix `fix` for `text[from, to)` (of three words or fewer) puts its last word beside itself across "and"
 * or "or" or before a comma, or repeats a run of three or four of its words (two of them more than small words) that stands within two
 * words of it.
 */
export function putsWordsBeside(text: string, from: number, to: number, fix: string): boolean {
  const own = wordsOf(fix);
  if (own.length === 0) return false;
  const replaced = new Set(wordsOf(text.slice(from, to)));
  const { before, after } = sides(text, from, to);
  const joinedBefore = /([\p{L}'’-]{4,})\s+(?:and|or)\s+$/iu.exec(before);
  const joinedAfter = /^\s+(?:and|or)\s+([\p{L}'’-]{4,})/iu.exec(after);
  // "very angry and [upset and angry]"; "[angry] and hostile" → not "angry and angry" (a longer fix before "and" may
  // share a word with what follows: "children in care and care leavers")
  const last = own.at(-1) as string;
  // (a short fix, beside a word in lower case: "an SEN Support Plan or [the Education, Health and Care Plan]" is two names)
  const joinedWord = joinedBefore?.[1] ?? '';
  if (own.length <= 3 && joinedWord === last && !replaced.has(last)) return true;
  if (own.length === 1 && (joinedAfter?.[1] ?? '').toLowerCase() === last && !replaced.has(last)) return true;
  // "[hostile], angry and aggressive" → not "angry, angry and aggressive" (nor "upset and angry, angry")
  const listedAfter = /^\s*,\s+([\p{L}'’-]{4,})/u.exec(after)?.[1]?.toLowerCase();
  if (own.length <= 3 && listedAfter === last && !replaced.has(last)) return true;
  if (own.length < 3) return false;
  const beforeWords = wordsOf(before);
  const afterWords = wordsOf(after);
  for (const length of [3, 4]) {
    // the run stands next to the fix, or one or two words off ("came to the UK as [a young person who came to the UK alone]")
    const near = ` ${beforeWords.slice(-(length + reach)).join(' ')} | ${afterWords.slice(0, length + reach).join(' ')} `;
    for (let start = 0; start + length <= own.length; start++) {
      const run = own.slice(start, start + length);
      if (run.filter((word) => !smallWords.has(word)).length < 2) continue;
      if (run.every((word) => replaced.has(word))) continue;
      if (near.includes(` ${run.join(' ')} `)) return true;
    }
  }
  return false;
}
