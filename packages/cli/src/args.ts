import { parseArgs, type ParseArgsConfig } from 'node:util';
import { severities, type ChildContext, type Severity } from '@casenote/lint';
import { CliError } from './errors.ts';

/** Output formats of `casenote lint`. */
export const formats = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof formats)[number];

/** The parsed arguments of `casenote lint`. */
export interface LintArgs {
  help: boolean;
  /** File paths as typed, `-` for standard input; empty when none were given. */
  inputs: string[];
  format: Format;
  config: string | undefined;
  failOn: Severity | undefined;
  /** `--child NAME[:AGE]`: the child the notes are written to. */
  child: ChildContext | undefined;
  /** `--household NAME[:AGE],…`: every child in the household. */
  household: ChildContext[] | undefined;
  /** `--record default|FILE`: check each note against a contact-record template. */
  record: string | undefined;
  /** `--max-warnings N`: exit 1 when there are more than N warnings (as ESLint). */
  maxWarnings: number | undefined;
  /** `--quiet`: report errors only. */
  quiet: boolean;
  /** `--no-config`: do not look for a `.casenoterc` file. */
  noConfig: boolean;
}

/** Parses `NAME[:AGE]` (an age of 0 to 25). */
export function parseChild(value: string, option: string, command = 'lint'): ChildContext {
  const match = /^\s*([^:,]+?)\s*(?::\s*(\d{1,2})\s*)?$/u.exec(value);
  if (!match?.[1])
    throw new CliError(`option '${option}' takes NAME or NAME:AGE, not '${value}'`, { usageOf: command });
  const age = match[2] === undefined ? undefined : Number(match[2]);
  if (age !== undefined && age > 25)
    throw new CliError(`option '${option}': age ${age} is not a child's age`, { usageOf: command });
  return age === undefined ? { name: match[1] } : { name: match[1], age };
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments strictly with `node:util`'s `parseArgs`, turning its errors (which
 * span several lines) into one-line `CliError`s.
 */
export function parseCommandArgs<T extends OptionsConfig>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(describeParseError(error), { usageOf: command, cause: error });
  }
}

function describeParseError(error: unknown): string {
  if (!(error instanceof Error)) return 'invalid arguments';
  const code = (error as NodeJS.ErrnoException).code;
  const quoted = /'([^']+)'/.exec(error.message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) return `unknown option '${quoted}'`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted) {
    const option = quoted.replace(/ <value>$/, '');
    if (/does not take an argument/.test(error.message)) return `option '${option}' does not take a value`;
    return `option '${option}' needs a value`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && quoted) return `unexpected argument '${quoted}'`;
  return error.message.split(/\.\s|\n/, 1)[0] ?? 'invalid arguments';
}

/** Parses `casenote lint [FILE…|-] [--format text|json] [--config FILE] [--fail-on SEVERITY]`. */
export function parseLintArgs(argv: string[]): LintArgs {
  const { values, positionals } = parseCommandArgs('lint', argv, {
    format: { type: 'string', short: 'f' },
    config: { type: 'string', short: 'c' },
    'fail-on': { type: 'string' },
    child: { type: 'string' },
    household: { type: 'string' },
    record: { type: 'string' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    'no-config': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });

  const format = values.format ?? 'text';
  if (!isOneOf(formats, format)) {
    throw new CliError(`unknown format '${format}' (expected ${formats.join(', ')})`, { usageOf: 'lint' });
  }
  const failOn = values['fail-on'];
  if (failOn !== undefined && !isOneOf(severities, failOn)) {
    throw new CliError(`unknown severity '${failOn}' for --fail-on (expected ${severities.join(', ')})`, {
      usageOf: 'lint',
    });
  }
  const maxWarnings = values['max-warnings'];
  if (maxWarnings !== undefined && !/^\d{1,9}$/.test(maxWarnings)) {
    throw new CliError(`option '--max-warnings' takes a whole number (0 or more), not '${maxWarnings}'`, {
      usageOf: 'lint',
    });
  }
  if (values.config !== undefined && values['no-config'])
    throw new CliError("options '--config' and '--no-config' cannot be used together", { usageOf: 'lint' });
  if (values.config === '') throw new CliError("option '--config' needs a file path", { usageOf: 'lint' });
  if (positionals.filter((input) => input === '-').length > 1) {
    throw new CliError("'-' (standard input) can be given only once", { usageOf: 'lint' });
  }

  return {
    help: values.help ?? false,
    inputs: positionals,
    format,
    config: values.config,
    failOn,
    child: values.child === undefined ? undefined : parseChild(values.child, '--child'),
    household:
      values.household === undefined
        ? undefined
        : values.household.split(',').map((member) => parseChild(member, '--household')),
    record: values.record,
    maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
    quiet: values.quiet ?? false,
    noConfig: values['no-config'] ?? false,
  };
}

function isOneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}
