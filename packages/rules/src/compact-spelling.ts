// How a rule's id, message, URL and plural alternatives are stored in the compact rule data (see
// compact.ts): an id that one of its rule's phrases spells is left out or named by a mark, a message that
// opens with the flagged text in quotation marks is stored without that opening, a URL without `https://`,
// and a plural alternative by a mark. Each pair of functions reads back exactly
// what it stored (the build checks that the whole data reads back).
import { verbForms } from './inflect.ts';

/** How most messages open: left out of the stored message (see `storedMessage`). */
const messageOpening = '‘{actual}’ ';

const kebab = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Each slot's first alternative, without the marks of the pattern syntax: "[a|the] {be} held" → "a be held". */
const firstAlternatives = (phrase: string): string =>
  phrase
    .split(' ')
    .map((slot) => slot.replace(/[[\]{}<>+?]/g, '').split('|')[0])
    .join(' ');

/** The words inside a phrase's brackets (`[` … `]`), or none. */
const bracketed = (phrase: string): string => /\[([^\]]*)\]/.exec(phrase)?.[1] ?? '';

/**
 * A phrase's words as an id spells them: each slot's first alternative, leaving out word classes
 * (`<be>`) and optional slots (`very?`), a verb (`{turn}`) in the form `verbForms` gives at `form`
 * ("turned-on-the-tears" for `[{turn} on the tears|waterworks]`, "in-denial" for `<be> in denial`).
 */
const phraseWords = (phrase: string, form: number): string =>
  kebab(
    phrase
      .split(' ')
      .filter((slot) => !slot.endsWith('?') && !/^\[?<[a-z]+>\]?$/.test(slot))
      .map((slot) => {
        const word = slot.replace(/[[\]+]/g, '').split('|')[0] as string;
        const verb = /^\{(.+)\}$/.exec(word)?.[1];
        return verb === undefined ? word : (verbForms(verb)[form] ?? verb);
      })
      .join(' '),
  );

/**
 * The ways an id may be spelled from one of its rule's phrases, by the mark stored for it: nothing
 * for the first alternative ("smacked" for `smacked|slapped …`), `@` for that after `acronym-`
 * ("acronym-lac" for `LAC|…`), `#` for the first alternative of every slot ("difficult-to-place"
 * for `difficult|hard to place`), `[` for the first alternatives inside the brackets, `@[` for
 * those after `acronym-`, `%` and a digit for the phrase's words with its verbs in that form
 * (`phraseWords`), `[%` and a digit for those inside the brackets. The phrase is the first unless a
 * digit before the mark names another ("1" for the second phrase's first alternative). Ids are
 * kebab case, so no id is one of the marks.
 */
const idSpellings = new Map<string, (phrase: string) => string>([
  ['', (phrase) => kebab(phrase.split('|')[0] as string)],
  ['@', (phrase) => `acronym-${kebab(phrase.split('|')[0] as string)}`],
  ['#', (phrase) => kebab(firstAlternatives(phrase))],
  ['[', (phrase) => kebab(firstAlternatives(bracketed(phrase)))],
  ['@[', (phrase) => `acronym-${kebab(firstAlternatives(bracketed(phrase)))}`],
  ...[0, 1, 2, 3].flatMap(
    (form): Array<[string, (phrase: string) => string]> => [
      [`%${form}`, (phrase) => phraseWords(phrase, form)],
      [`[%${form}`, (phrase) => phraseWords(bracketed(phrase), form)],
    ],
  ),
]);

/** A spelled id as stored: the phrase's index (none for the first), the spelling's mark, and `>` and the rest when the spelling gives only the id's start. */
const spelledForm = /^(\d?)(@\[|@|#|\[%\d|%\d|\[|)(?:>(.*))?$/;

/**
 * A rule's id as stored: the shortest of the spellings that give it, or that give its start
 * followed by `>` and the rest ("[>child" for "did-not-attend-child" from "[did|does not attend] …");
 * else the id itself. Left out when the first phrase's first alternative spells it.
 */
export function storedId(rule: { id: string; patterns: string[] }): string | undefined {
  if (spelledForm.test(rule.id))
    throw new Error(`compact rule data: a rule is named "${rule.id}", which marks a spelled id`);
  let stored = rule.id;
  for (const [index, phrase] of rule.patterns.slice(0, 10).entries()) {
    for (const [mark, spell] of idSpellings) {
      const start = spell(phrase);
      const named = `${index === 0 ? '' : index}${mark}`;
      const candidate =
        start === rule.id
          ? named
          : start !== '' && rule.id.startsWith(`${start}-`)
            ? `${named}>${rule.id.slice(start.length + 1)}`
            : undefined;
      if (candidate !== undefined && candidate.length < stored.length) stored = candidate;
    }
  }
  return stored === '' ? undefined : stored;
}

/** A rule's id from its stored form (`storedId`) and its phrases. */
export function spelledId(stored: string | undefined, patterns: readonly string[]): string {
  const form = spelledForm.exec(stored ?? '');
  if (!form) return stored as string;
  const [, index, mark = '', rest] = form;
  const spelled = (idSpellings.get(mark) as (phrase: string) => string)(patterns[Number(index)] ?? '');
  return rest === undefined ? spelled : `${spelled}-${rest}`;
}

/** A message as stored: without `messageOpening`, or marked `=` where it would read back otherwise. */
export function storedMessage(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const rest = message.slice(messageOpening.length);
  if (message.startsWith(messageOpening) && !rest.includes('{actual}') && !rest.startsWith('=')) return rest;
  return message.includes('{actual}') && !message.startsWith('=') ? message : `=${message}`;
}

export function spelledMessage(stored: string): string {
  if (stored.startsWith('=')) return stored.slice(1);
  return stored.includes('{actual}') ? stored : `${messageOpening}${stored}`;
}

/** In patterns and exceptions, an alternative that is the one before it plus "s" ("visit|visits" is stored "visit|$"). */
const pluralMark = '$';
export const pluralFields = new Set(['patterns', 'exceptions']);
export const markPlurals = (text: string): string =>
  text.replace(/(^|[\s|[\]^~`])([^\s|[\]^~`]+)\|\2s(?=[\s|[\]^~`]|$)/g, `$1$2|${pluralMark}${pluralMark}`);
export const spellPlurals = (text: string): string => text.replace(/([^\s|[\]^~`]+)\|\$/g, '$1|$1s');

/** A stored URL as it was: `https://` put back unless it kept its scheme. */
export const withScheme = (url: string): string => (url.includes('://') ? url : `https://${url}`);

/** The part of a URL stored: without `https://` (put back on decoding), unless the rest holds another `://`. */
export function storedUrl(url: string): string {
  const rest = url.startsWith('https://') ? url.slice('https://'.length) : url;
  if (rest === url && !url.includes('://')) throw new Error(`compact rule data: the URL "${url}" has no scheme`);
  return rest.includes('://') ? url : rest;
}
