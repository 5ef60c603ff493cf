/** The streams and working directory a command runs with; `main` receives them from the process. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Directory that relative paths in arguments are resolved against. */
  cwd: string;
}

/** A subcommand of `casenote` (`lint` now; `audit` later). */
export interface Command {
  name: string;
  /** One line for the `casenote --help` command list. */
  summary: string;
  /** The full `casenote <name> --help` text. */
  help: string;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(argv: string[], io: CliIo): Promise<number>;
}
