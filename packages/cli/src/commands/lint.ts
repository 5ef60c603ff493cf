import {
  analyseNote,
  analysisRuleIds,
  checkRecordCompleteness,
  createLinter,
  getBuiltinRules,
  RulePackError,
  severities,
  type LintOptions,
  type Severity,
} from '@casenote/lint';
import { formats, parseLintArgs, type Format } from '../args.ts';
import { loadConfig, loadRecordTemplate } from '../config.ts';
import { CliError } from '../errors.ts';
import { formatJson } from '../format/json.ts';
import { createLocator } from '../format/location.ts';
import type { FileReport } from '../format/report.ts';
import { formatText } from '../format/text.ts';
import { readInputs } from '../input.ts';
import type { CliIo, Command } from '../types.ts';

const help = `Usage: casenote lint [FILE…|-] [options]

Check case notes for victim-blaming wording, jargon, deficit labels and writing
that is not addressed to the child. With no FILE, reads standard input (unless
it is a terminal). '-' reads standard input.

Options:
  -f, --format text|json     Output format (default: text)
  -c, --config FILE          YAML or JSON config: rules, categories, allow, extraRules
      --fail-on SEVERITY     Exit with 1 if a finding is this severe or more:
                             ${severities.join(' | ')}
      --child NAME[:AGE]     The child the notes are written to (otherwise inferred)
      --household NAME[:AGE],…
                             Every child in the household, to check each is mentioned
      --record default|FILE  Check each note against a contact-record template: the
                             built-in example, or a YAML/JSON template file
  -h, --help                 Show this help

Lines and columns are 1-based; columns count UTF-16 code units, as the JSON
offsets 'from' and 'to' do.

Exit codes: 0 done; 1 --fail-on was met; 2 bad usage, unreadable file or
invalid config.
`;

/** `casenote lint`: lints files or standard input and prints the findings. */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check case notes and print the findings',
  help,
  async run(argv: string[], io: CliIo): Promise<number> {
    const args = parseLintArgs(argv);
    if (args.help) {
      io.stdout.write(help);
      return 0;
    }

    let inputs = args.inputs;
    if (inputs.length === 0) {
      if (io.stdin.isTTY)
        throw new CliError('no input: give a FILE, or pipe a note into standard input', { usageOf: 'lint' });
      inputs = ['-'];
    }

    const configured: LintOptions = args.config === undefined ? {} : await loadConfig(args.config, io.cwd);
    const context = {
      ...configured.context,
      ...(args.child ? { child: args.child } : {}),
      ...(args.household ? { household: args.household } : {}),
    };
    const options: LintOptions = { ...configured, context };
    const linter = createConfiguredLinter(options, args.config);
    if (args.config !== undefined) checkRuleIds(options, args.config);
    const template = args.record === undefined ? undefined : await loadRecordTemplate(args.record, io.cwd);
    const files = await readInputs(inputs, io);

    const reports: FileReport[] = files.map((file) => {
      const locate = createLocator(file.text);
      const diagnostics = linter
        .lint(file.text)
        .toSorted((a, b) => a.from - b.from || a.to - b.to)
        .map((diagnostic) => ({ ...diagnostic, ...locate(diagnostic.from) }));
      const { summary } = analyseNote(file.text, context, configured.analysis || {});
      if (!template) return { path: file.path, diagnostics, summary };
      const completeness = checkRecordCompleteness(file.text, template);
      const record = {
        complete: completeness.complete,
        sections: completeness.sections.map(({ id, heading, status, words }) => ({ id, heading, status, words })),
      };
      return { path: file.path, diagnostics, summary, record };
    });

    io.stdout.write(format(args.format, reports));
    return args.failOn !== undefined && meetsFailOn(reports, args.failOn) ? 1 : 0;
  },
};

function createConfiguredLinter(options: LintOptions, configFile: string | undefined) {
  try {
    return createLinter(options);
  } catch (error) {
    if (error instanceof RulePackError) {
      throw new CliError(`invalid config ${configFile ?? ''}: ${error.message}`.replace(/\s+/g, ' '), { cause: error });
    }
    throw error;
  }
}

/** A misspelt rule id would otherwise be ignored silently, leaving the rule on. */
function checkRuleIds(options: LintOptions, configFile: string): void {
  const known = new Set<string>([...getBuiltinRules().map((rule) => rule.id), ...analysisRuleIds]);
  for (const pack of options.extraRules ?? []) for (const rule of pack.rules) known.add(rule.id);
  for (const id of Object.keys(options.rules ?? {})) {
    if (!known.has(id)) throw new CliError(`invalid config ${configFile}: unknown rule '${id}' in 'rules'`);
  }
}

function format(name: Format, reports: FileReport[]): string {
  switch (name) {
    case 'text':
      return formatText(reports);
    case 'json':
      return formatJson(reports);
    default:
      name satisfies never;
      throw new CliError(`unknown format '${String(name)}' (expected ${formats.join(' or ')})`);
  }
}

/** True when any finding is at least as serious as `failOn` (severities are listed most serious first). */
function meetsFailOn(reports: FileReport[], failOn: Severity): boolean {
  const threshold = severities.indexOf(failOn);
  return reports.some((report) =>
    report.diagnostics.some((diagnostic) => severities.indexOf(diagnostic.severity) <= threshold),
  );
}
