/**
 * An error the user can fix (bad usage, an unreadable file, an invalid config). `main` prints its
 * message as one line on stderr and exits with code 2; it never prints a stack trace.
 */
export class CliError extends Error {
  /** The command whose help the user should read, if the error is about usage. */
  readonly usageOf: string | undefined;

  constructor(message: string, options: { usageOf?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CliError';
    this.usageOf = options.usageOf;
  }
}

/** Collapses a possibly multi-line message (YAML parse errors have a code frame) to its first line. */
export function firstLine(message: string): string {
  const line = message.split(/\r?\n/, 1)[0] ?? '';
  return line.trim().replace(/:$/, '');
}
