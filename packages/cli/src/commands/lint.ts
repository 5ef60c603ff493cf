import path from 'node:path';
import { checkRecordCompleteness } from '@casenote/guides';
import {
  analysisRuleIds,
  createLinter,
  DataError,
  explain,
  severities,
  type LintOptions,
  type Severity,
} from '@casenote/lint';
import { getBuiltinRules, getRuleDetails } from '@casenote/rules/details';
import { formats, parseLintArgs, type Format } from '../args.ts';
import { findConfig, loadConfig, loadRecordTemplate } from '../config.ts';
import { CliError } from '../errors.ts';
import { displayPath } from '../format/display-path.ts';
import { formatGithub } from '../format/github.ts';
import { formatJson } from '../format/json.ts';
import { createLocator } from '../format/location.ts';
import type { FileReport } from '../format/report.ts';
import { formatSarif } from '../format/sarif.ts';
import { formatText } from '../format/text.ts';
import { readInputs } from '../input.ts';
import { readVersion } from '../version.ts';
import type { CliIo, Command } from '../types.ts';

const help = `Usage: casenote lint [FILE|FOLDER|GLOB…|-] [options]

Check case notes for victim-blaming wording, jargon, deficit labels and writing
that is not addressed to the child. FILEs are read whatever their extension;
FOLDERs are searched (skipping hidden folders and node_modules) and GLOBs such
as 'notes/**/*.txt' (quoted) matched for .txt, .md, .html and .htm notes. HTML
notes are converted to text first. Notes are UTF-8 or UTF-16 (with a byte order
mark); other files are named and skipped, as are files over 5 MB. With no
input, reads standard input (unless it is a terminal); '-' reads it too.

Options:
  -f, --format FORMAT        text (default), json, sarif (SARIF 2.1.0, for code
                             scanning) or github (GitHub Actions annotations)
  -c, --config FILE          YAML or JSON config: rules, categories, allow, extraRules
                             (default: the nearest .casenoterc.yml, .casenoterc.yaml
                             or .casenoterc.json in this folder or above it)
      --no-config            Do not look for a .casenoterc file
      --fail-on SEVERITY     Exit with 1 if a finding is this severe or more:
                             ${severities.join(' | ')}
      --max-warnings N       Exit with 1 if there are more than N warnings
  -q, --quiet                Report errors only (warnings, info and hints are left out)
      --child NAME[:AGE]     The child the notes are written to (otherwise inferred)
      --household NAME[:AGE],…
                             Every child in the household, to check each is mentioned
      --record default|FILE  Check each note against a contact-record template: the
                             built-in example, or a YAML/JSON template file
  -h, --help                 Show this help

Lines and columns are 1-based; columns count UTF-16 code units, as the JSON
offsets 'from' and 'to' do.

Exit codes:
  0  done, and no --fail-on or --max-warnings limit was passed
  1  --fail-on was met or --max-warnings exceeded
  2  bad usage, invalid config, or an input that could not be read (the
     others are still checked and reported; the unreadable ones are named on
     standard error)
`;

/** `casenote lint`: lints files, folders, globs or standard input and prints the findings. */
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

    const configFile = args.config ?? (args.noConfig ? undefined : findConfig(io.cwd));
    const shownConfig =
      args.config ?? (configFile === undefined ? undefined : path.relative(io.cwd, configFile) || configFile);
    const configured: LintOptions = configFile === undefined ? {} : await loadConfig(configFile, io.cwd);
    const context = {
      ...configured.context,
      ...(args.child ? { child: args.child } : {}),
      ...(args.household ? { household: args.household } : {}),
    };
    const options: LintOptions = { ...configured, context };
    const linter = createConfiguredLinter(options, shownConfig);
    if (shownConfig !== undefined) checkRuleIds(options, shownConfig);
    const template = args.record === undefined ? undefined : await loadRecordTemplate(args.record, io.cwd);
    const { notes, problems } = await readInputs(inputs, io);

    const details = getRuleDetails();
    const reports: FileReport[] = notes.map((note) => {
      const locate = createLocator(note.text);
      // one analysis gives the findings and the summary (the audit reads its figures the same way)
      const checked = linter.check(note.text);
      const diagnostics = checked.diagnostics
        .filter((diagnostic) => !args.quiet || diagnostic.severity === 'error')
        .toSorted((a, b) => a.from - b.from || a.to - b.to)
        .map((diagnostic) => {
          const end = locate(diagnostic.to);
          // every finding's explanation in the report (a built-in rule's from the rule details)
          const explanation = explain(diagnostic, details) ?? '';
          return { ...diagnostic, explanation, ...locate(diagnostic.from), endLine: end.line, endColumn: end.column };
        });
      const { summary } = checked.analysis;
      const sentences = checked.analysis.sentences.map(({ from, to, kind, addressee, voice, speaker, reason }) => ({
        from,
        to,
        ...locate(from),
        kind,
        addressee,
        voice,
        speaker,
        reason,
      }));
      if (!template) return { path: note.path, diagnostics, summary, sentences };
      const completeness = checkRecordCompleteness(note.text, template);
      const record = {
        complete: completeness.complete,
        sections: completeness.sections.map(({ id, heading, status, words }) => ({ id, heading, status, words })),
      };
      return { path: note.path, diagnostics, summary, sentences, record };
    });

    io.stdout.write(format(args.format, reports));
    for (const problem of problems)
      io.stderr.write(`casenote lint: skipped ${displayPath(problem.location)}: ${problem.reason}\n`);
    if (problems.length > 0) return 2;
    const warnings = reports.reduce(
      (sum, report) => sum + report.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length,
      0,
    );
    if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
      io.stderr.write(`casenote lint: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`);
      return 1;
    }
    return args.failOn !== undefined && meetsFailOn(reports, args.failOn) ? 1 : 0;
  },
};

function createConfiguredLinter(options: LintOptions, configFile: string | undefined) {
  try {
    return createLinter(options);
  } catch (error) {
    if (error instanceof DataError) {
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
    case 'sarif':
      return formatSarif(reports, readVersion());
    case 'github':
      return formatGithub(reports);
    default:
      name satisfies never;
      throw new CliError(`unknown format '${String(name)}' (expected ${formats.join(', ')})`);
  }
}

/** True when any finding is at least as serious as `failOn` (severities are listed most serious first). */
function meetsFailOn(reports: FileReport[], failOn: Severity): boolean {
  const threshold = severities.indexOf(failOn);
  return reports.some((report) =>
    report.diagnostics.some((diagnostic) => severities.indexOf(diagnostic.severity) <= threshold),
  );
}
