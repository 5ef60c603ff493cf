import { auditCommand } from './commands/audit.ts';
import { lintCommand } from './commands/lint.ts';
import { CliError } from './errors.ts';
import type { CliIo, Command } from './types.ts';
import { readVersion } from './version.ts';

/** Every subcommand, by name. A new command (such as `audit`) is one more entry here. */
const commands: ReadonlyMap<string, Command> = new Map([
  [lintCommand.name, lintCommand],
  [auditCommand.name, auditCommand],
]);

function topLevelHelp(): string {
  const width = Math.max(...[...commands.keys()].map((name) => name.length));
  const list = [...commands.values()].map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: casenote <command> [options]

Commands:
${list.join('\n')}

Options:
  -h, --help     Show this help (or 'casenote <command> --help')
  -v, --version  Show the version

Nothing leaves your machine: casenote reads files and writes to the terminal only.
`;
}

/**
 * Runs the `casenote` command line.
 *
 * @param argv The arguments after the program name, e.g. `['lint', 'note.txt', '--format', 'json']`.
 * @param io The streams to read and write, and the directory relative paths start from.
 * @returns The exit code: 0 done, 1 `--fail-on` met, 2 bad usage, unreadable input or invalid config.
 * @example
 * process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    io.stderr.write(`${describeFailure(error)}\n`);
    return 2;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new CliError('missing command', { usageOf: '' });
  if (first === '-h' || first === '--help') {
    io.stdout.write(topLevelHelp());
    return 0;
  }
  if (first === '-v' || first === '--version') {
    io.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  if (first === 'help') {
    const command = rest[0] === undefined ? undefined : commands.get(rest[0]);
    if (rest[0] !== undefined && command === undefined)
      throw new CliError(`unknown command '${rest[0]}'`, { usageOf: '' });
    io.stdout.write(command ? command.help : topLevelHelp());
    return 0;
  }
  if (first.startsWith('-')) throw new CliError(`unknown option '${first}'`, { usageOf: '' });

  const command = commands.get(first);
  if (command === undefined) throw new CliError(`unknown command '${first}'`, { usageOf: '' });
  return command.run(rest, io);
}

/** One line for stderr: the user's mistake with a pointer to help, or an unexpected failure without its stack. */
function describeFailure(error: unknown): string {
  if (error instanceof CliError) {
    const prefix = error.usageOf ? `casenote ${error.usageOf}` : 'casenote';
    const hint = error.usageOf === undefined ? '' : ` (see '${prefix} --help')`;
    return `${prefix}: ${error.message}${hint}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `casenote: unexpected error: ${message.replace(/\s+/g, ' ').trim()}`;
}
