/**
 * A file name made safe for one line of terminal output: control characters (a newline in a file
 * name would fake a second finding) are shown as escapes such as `\n` and `\x1b`.
 */
export function displayPath(file: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  return file.replace(/[\u0000-\u001f\u007f]/g, (char) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}
