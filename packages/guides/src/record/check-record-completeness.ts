import { wordsOf } from './count-words.ts';
import { headingKey } from './heading-key.ts';
import type { RecordCompleteness, RecordTemplate, SectionCompleteness, SectionStatus } from './types.ts';
import { minWordsOf } from './validate-record-template.ts';

interface HeadingAt {
  section: number;
  /** Start of the heading (first non-blank character of its line). */
  from: number;
  /** Where the body starts. */
  bodyFrom: number;
}

/** Every known heading in the text, in order: a line that is a heading, or `Heading: text` on one line. */
function findHeadings(text: string, sectionByKey: ReadonlyMap<string, number>): HeadingAt[] {
  const found: HeadingAt[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const breakAt = lineBreak.exec(text);
    const lineEnd = breakAt === null ? text.length : breakAt.index;
    const line = text.slice(lineStart, lineEnd);
    const from = lineStart + (line.length - line.trimStart().length);
    const whole = sectionByKey.get(headingKey(line));
    if (whole !== undefined) {
      found.push({ section: whole, from, bodyFrom: lineEnd });
    } else {
      // `Consent: Mum agreed…` (also `**Consent:** …`): the heading before a colon, the body after it
      for (let colon = line.indexOf(':'); colon !== -1; colon = line.indexOf(':', colon + 1)) {
        const section = sectionByKey.get(headingKey(line.slice(0, colon)));
        if (section === undefined) continue;
        const after = line.slice(colon + 1);
        const skipped = after.length - after.replace(/^\*\*/, '').trimStart().length;
        found.push({ section, from, bodyFrom: lineStart + colon + 1 + skipped });
        break;
      }
    }
    if (breakAt === null) break;
    lineStart = lineBreak.lastIndex;
  }
  return found;
}

/** Removes the first run of `prompt` words from `words`, if the prompt was left in place. */
function withoutPrompt(words: string[], prompt: string[]): { words: string[]; promptLeft: boolean } {
  if (prompt.length === 0 || prompt.length > words.length) return { words, promptLeft: false };
  for (let start = 0; start + prompt.length <= words.length; start += 1) {
    if (prompt.every((word, offset) => words[start + offset] === word)) {
      return { words: [...words.slice(0, start), ...words.slice(start + prompt.length)], promptLeft: true };
    }
  }
  return { words, promptLeft: false };
}

/**
 * Checks a written contact record against its template: finds each section's heading (any case,
 * with or without a trailing colon, markdown `#`s or bold), counts the words under it up to the next
 * known heading (a prompt left in place does not count), and reports each section as missing, empty,
 * thin or complete, with offsets so an editor can jump to it. When a heading appears twice, the first
 * is the section and the second only ends the section before it.
 *
 * @param text The record as plain text (an editor's text, or an exported record).
 * @param template A validated template (see `validateRecordTemplate`).
 * @returns One entry per template section, in template order, and whether the record is complete.
 * @example
 * const { complete, sections } = checkRecordCompleteness(editorText, defaultContactRecord);
 * sections.filter((section) => section.status !== 'complete').map((section) => section.heading);
 */
export function checkRecordCompleteness(text: string, template: RecordTemplate): RecordCompleteness {
  const sectionByKey = new Map(template.sections.map((section, index) => [headingKey(section.heading), index]));
  const headings = findHeadings(text, sectionByKey);
  const sections = template.sections.map((section, index): SectionCompleteness => {
    const required = section.required ?? true;
    const at = headings.findIndex((heading) => heading.section === index);
    const heading = headings[at];
    if (heading === undefined)
      return {
        id: section.id,
        heading: section.heading,
        found: false,
        words: 0,
        status: 'missing',
        required,
        promptLeft: false,
      };
    const end = headings[at + 1]?.from ?? text.length;
    const body = text.slice(heading.bodyFrom, end);
    const { words, promptLeft } = withoutPrompt(wordsOf(body), wordsOf(section.prompt));
    const status: SectionStatus =
      words.length === 0 ? 'empty' : words.length < minWordsOf(section) ? 'thin' : 'complete';
    const lastWritten = text.slice(heading.from, end).trimEnd().length;
    return {
      id: section.id,
      heading: section.heading,
      found: true,
      words: words.length,
      status,
      required,
      promptLeft,
      from: heading.from,
      to: heading.from + lastWritten,
      bodyFrom: heading.bodyFrom,
    };
  });
  return { sections, complete: sections.every((section) => !section.required || section.status === 'complete') };
}
