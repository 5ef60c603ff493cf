/**
 * The comparable form of a heading: markdown `#`s, bold markers, a trailing colon, curly quotes, case
 * and runs of spaces ignored, so `## Who lives in the household:` matches `who lives in the household`.
 */
export function headingKey(line: string): string {
  return line
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/^\s*#{1,6}\s*/, '')
    .replace(/^\*\*(.*)\*\*\s*:?\s*$/, '$1')
    .replace(/\s*:\s*$/, '')
    .replace(/^\*\*|\*\*$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
