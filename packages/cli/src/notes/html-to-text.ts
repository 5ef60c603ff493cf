import { decodeHTML } from 'entities';

/** The text of an HTML note, with anything odd about the markup that was worked around. */
export interface HtmlText {
  text: string;
  /** One short sentence per problem found (unclosed tag or comment, unknown entity…); empty when clean. */
  problems: string[];
}

/** Elements whose start and end break a paragraph. */
const blockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is never note text. */
const droppedElements = new Set(['script', 'style', 'head', 'template', 'noscript', 'svg', 'math', 'iframe', 'object']);

const paragraphBreak = '\u0000P';

/**
 * Converts an HTML note to plain text for linting: block elements (`<p>`, `<div>`, `<li>`, headings,
 * table cells…) become paragraph breaks, `<br>` a line break, entities are decoded, and `<script>`,
 * `<style>`, `<head>` and comments are dropped. It never throws: broken markup (an unclosed tag or
 * comment, an unknown entity) is worked around and named in `problems`.
 *
 * @param html The file's contents.
 * @returns The text, paragraphs separated by a blank line, and any problems found.
 * @example htmlToText('<p>I visited you.</p><p>You said &ldquo;hi&rdquo;</p>').text // 'I visited you.\n\nYou said “hi”'
 */
export function htmlToText(html: string): HtmlText {
  const problems = new Set<string>();
  html = html.replaceAll('\u0000', '');
  let out = '';
  let index = 0;
  const length = html.length;

  while (index < length) {
    const open = html.indexOf('<', index);
    if (open === -1) {
      out += decodeText(html.slice(index), problems);
      break;
    }
    out += decodeText(html.slice(index, open), problems);

    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      if (close === -1) {
        problems.add('a comment (<!--) is never closed; the rest of the file was dropped');
        index = length;
      } else index = close + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', open)) {
      const close = html.indexOf(']]>', open);
      const end = close === -1 ? length : close;
      if (close === -1) problems.add('a CDATA section is never closed');
      out += html.slice(open + 9, end);
      index = close === -1 ? length : close + 3;
      continue;
    }

    const tag = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)/.exec(html.slice(open, open + 64));
    if (!tag && !/^<[!?]/.test(html.slice(open, open + 2))) {
      // A '<' that starts no tag ("age < 5") is text.
      out += '<';
      index = open + 1;
      continue;
    }
    const close = findTagEnd(html, open + 1);
    if (close === -1) {
      problems.add(
        `a tag is never closed (${describe(html.slice(open, open + 20))}); the rest of the file was dropped`,
      );
      break;
    }
    if (html[close] === '<') {
      problems.add(
        `a tag is not closed before the next one starts (${describe(html.slice(open, Math.min(close, open + 20)))})`,
      );
      index = close;
      continue;
    }
    index = close + 1;
    if (!tag) continue; // <!DOCTYPE …>, <?xml …?>

    const closing = tag[1] === '/';
    const name = (tag[2] as string).toLowerCase();
    if (!closing && droppedElements.has(name) && !/\/\s*>$/.test(html.slice(open, close + 1))) {
      const endTag = new RegExp(`</${name}\\s*>`, 'i');
      const rest = html.slice(index);
      const found = endTag.exec(rest);
      if (!found) {
        problems.add(`<${name}> is never closed; the rest of the file was dropped`);
        index = length;
      } else index += found.index + found[0].length;
      continue;
    }
    if (name === 'br') out += '\n';
    else if (blockElements.has(name)) out += paragraphBreak;
  }

  const text = out
    .replace(/[ \t\f\v\u00a0]*\n[ \t\f\v\u00a0]*/g, '\n')
    .split(paragraphBreak)
    .map((paragraph) =>
      paragraph
        .replace(/[ \t\f\v\r]+/g, ' ')
        .replace(/\n{2,}/g, '\n')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  return { text, problems: [...problems] };
}

/**
 * The index of the `>` ending a tag that starts before `from`, skipping quoted attribute values; the
 * index of a `<` met first (the tag was never closed); -1 at the end of the file.
 */
function findTagEnd(html: string, from: number): number {
  let quote: string | null = null;
  for (let index = from; index < html.length; index += 1) {
    const char = html[index];
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      // Only a quote right after '=' opens a value; a stray apostrophe in a broken tag does not.
      if (/=\s*$/.test(html.slice(Math.max(from, index - 3), index))) quote = char;
    } else if (char === '>') return index;
    else if (char === '<') return index;
  }
  return -1;
}

function describe(fragment: string): string {
  return `${fragment.replace(/\s+/g, ' ').trim()}…`;
}

/**
 * Decodes character references as browsers do (the WHATWG table, via the maintained `entities`
 * package: "AT&T" and "&Tuesday" stay text), naming unknown and invalid references as problems.
 */
function decodeText(text: string, problems: Set<string>): string {
  const collapsed = text.replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space));
  if (!collapsed.includes('&')) return collapsed;
  for (const [reference, body] of collapsed.matchAll(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]{1,31});/g)) {
    if (body?.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff))
        problems.add(`invalid character reference ${reference}`);
    } else if (decodeHTML(reference) === reference) problems.add(`unknown entity ${reference}`);
  }
  return decodeHTML(collapsed);
}
