import type { RecordTemplate, RenderRecordOptions } from './types.ts';

/**
 * Renders a template as plain text for an editor to insert: each heading on its own line (`Consent:`
 * by default, or `## Consent`), its prompt on the next line, and a blank line between sections.
 * `checkRecordCompleteness` finds the headings again and does not count a prompt left in place.
 *
 * @param template A validated template.
 * @param options `headingStyle` (default `'colon'`) and `prompts` (default `true`).
 * @returns The record's skeleton, ending in a newline.
 * @example
 * renderRecordTemplate(defaultContactRecord).split('\n')[0]; // 'Who contacted us and how:'
 */
export function renderRecordTemplate(template: RecordTemplate, options: RenderRecordOptions = {}): string {
  const { headingStyle = 'colon', prompts = true } = options;
  return template.sections
    .map((section) => {
      const heading = headingStyle === 'markdown' ? `## ${section.heading}` : `${section.heading}:`;
      return prompts ? `${heading}\n${section.prompt}\n` : `${heading}\n`;
    })
    .join('\n');
}
