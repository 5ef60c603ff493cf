import { constants } from 'node:fs';
import { access, realpath, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { analysisRuleIds, type ChildContext, createLinter, RulePackError, type LintOptions } from '@casenote/lint';
import { getBuiltinRules } from '@casenote/rules/details';
import { parseChild, parseCommandArgs } from '../args.ts';
import { collectNotes } from '../notes/collect-notes.ts';
import { isIsoDate, loadManifest, type Manifest, type ManifestRow } from '../audit/manifest.ts';
import { parsePeriodLength, type PeriodLength } from '../audit/periods.ts';
import { createProgress, describeThroughput } from '../audit/progress.ts';
import { renderHtmlReport } from '../audit/render-html.ts';
import { buildReport, type Example } from '../audit/report-model.ts';
import { runNotes, type NoteFile } from '../audit/run-notes.ts';
import type { InputProblem, NoteFigures } from '../audit/types.ts';
import { loadConfig } from '../config.ts';
import { CliError } from '../errors.ts';
import { describeReadError } from '../read-error.ts';
import type { CliIo, Command } from '../types.ts';

const help = `Usage: casenote audit PATH… [options]

Audit a set of case notes: reads .txt, .md and .html notes from the files and
folders given (folders recursively), lints each as 'casenote lint' would, and
writes a report for auditors. HTML notes are converted to text first.

Options:
      --out FILE             Write the HTML report (self-contained, no network)
      --json FILE            Write the JSON report ('-' for standard output)
      --manifest FILE        CSV or JSONL with columns id, child_id, date,
                             team, type, re_referral; 'id' is the note's file
                             name without its extension
      --since DATE           Only notes dated on or after DATE (yyyy-mm-dd)
      --until DATE           Only notes dated on or before DATE (yyyy-mm-dd)
      --compare-periods LEN  Compare consecutive periods of LEN (6m, 3m, 1y,
                             2w, 30d) ending at the latest note's date
  -c, --config FILE          The same config as 'casenote lint --config'
      --child NAME[:AGE]     The child the notes are written to (otherwise
                             inferred from each note), as 'casenote lint'
      --household NAME[:AGE],…
                             Every child in the household: the report says
                             which of them each note mentions
      --no-examples          Leave excerpts of notes out of the reports
      --jobs N               Worker threads (default: one per CPU; 1 = none)
  -h, --help                 Show this help

--since, --until and --compare-periods need dates, so they need --manifest.
Files that cannot be read, broken HTML and bad manifest rows are listed in the
reports with their location and skipped. A short summary and the throughput go
to standard error; a progress bar too when it is a terminal.

Exit codes: 0 done (even with skipped input); 2 bad usage, an unreadable
manifest or config, or a report that cannot be written.
`;

interface AuditArgs {
  help: boolean;
  inputs: string[];
  out: string | undefined;
  json: string | undefined;
  manifest: string | undefined;
  since: string | undefined;
  until: string | undefined;
  comparePeriods: { spec: string; length: PeriodLength } | undefined;
  config: string | undefined;
  child: ChildContext | undefined;
  household: ChildContext[] | undefined;
  examples: boolean;
  jobs: number;
}

function usage(message: string): CliError {
  return new CliError(message, { usageOf: 'audit' });
}

function parseAuditArgs(argv: string[]): AuditArgs {
  const { values, positionals } = parseCommandArgs('audit', argv, {
    out: { type: 'string', short: 'o' },
    json: { type: 'string' },
    manifest: { type: 'string', short: 'm' },
    since: { type: 'string' },
    until: { type: 'string' },
    'compare-periods': { type: 'string' },
    config: { type: 'string', short: 'c' },
    child: { type: 'string' },
    household: { type: 'string' },
    'no-examples': { type: 'boolean' },
    jobs: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  for (const option of ['out', 'json', 'manifest', 'config'] as const) {
    if (values[option] === '') throw usage(`option '--${option}' needs a file path`);
  }
  for (const option of ['since', 'until'] as const) {
    const value = values[option];
    if (value !== undefined && !isIsoDate(value))
      throw usage(`option '--${option}' takes a date written yyyy-mm-dd, not '${value}'`);
  }
  if (values.since !== undefined && values.until !== undefined && values.since > values.until) {
    throw usage(`--since ${values.since} is after --until ${values.until}`);
  }
  const spec = values['compare-periods'];
  const length = spec === undefined ? undefined : parsePeriodLength(spec);
  if (spec !== undefined && length === undefined)
    throw usage(`option '--compare-periods' takes a length such as 6m, 3m, 1y, 2w or 30d, not '${spec}'`);
  if (values.manifest === undefined) {
    const needsDates = (['since', 'until', 'compare-periods'] as const).find((option) => values[option] !== undefined);
    if (needsDates) throw usage(`option '--${needsDates}' needs --manifest (the notes' dates come from it)`);
  }
  let jobs = Math.max(1, Math.min(8, availableParallelism()));
  if (values.jobs !== undefined) {
    if (!/^\d{1,2}$/.test(values.jobs) || Number(values.jobs) < 1)
      throw usage(`option '--jobs' takes a number of threads from 1 to 99, not '${values.jobs}'`);
    jobs = Number(values.jobs);
  }
  return {
    help: values.help ?? false,
    inputs: positionals,
    out: values.out,
    json: values.json,
    manifest: values.manifest,
    since: values.since,
    until: values.until,
    comparePeriods: spec !== undefined && length !== undefined ? { spec, length } : undefined,
    config: values.config,
    child: values.child === undefined ? undefined : parseChild(values.child, '--child', 'audit'),
    household:
      values.household === undefined
        ? undefined
        : values.household.split(',').map((member) => parseChild(member, '--household', 'audit')),
    examples: !(values['no-examples'] ?? false),
    jobs,
  };
}

/** Examples kept per rule in the report. */
const examplesPerRule = 2;
/** Below this many notes, starting worker threads costs more than it saves. */
const notesPerWorkerThread = 200;

/** `casenote audit`: audits folders of notes and writes HTML and JSON reports. */
export const auditCommand: Command = {
  name: 'audit',
  summary: 'Audit folders of notes and write an HTML or JSON report',
  help,
  async run(argv: string[], io: CliIo): Promise<number> {
    const args = parseAuditArgs(argv);
    if (args.help) {
      io.stdout.write(help);
      return 0;
    }
    if (args.inputs.length === 0) throw usage('no notes: give one or more files or folders');
    if (args.json === '-' && args.out === '-') throw usage("only one report can go to standard output ('-')");
    if (args.out === '-') throw usage("the HTML report needs a file: '--out report.html'");

    const configured: LintOptions = args.config === undefined ? {} : await loadConfig(args.config, io.cwd);
    // the child and household as `casenote lint` takes them: options over the config's context
    const context = {
      ...configured.context,
      ...(args.child ? { child: args.child } : {}),
      ...(args.household ? { household: args.household } : {}),
    };
    const lintOptions: LintOptions = { ...configured, context };
    checkConfig(lintOptions, args.config);
    const manifest = args.manifest === undefined ? undefined : await loadManifest(args.manifest, io.cwd);
    const { notes: found, problems: skippedNotes } = await collectNotes(args.inputs, io.cwd);
    // Before any work: a report must never replace a note, the manifest or the config, and an
    // unwritable path is named now rather than after an hour's audit.
    const inputs = [...found.map((note) => note.absolute), args.manifest, args.config];
    for (const output of [args.out, args.json]) {
      if (output !== undefined && output !== '-') await checkOutputPath(io.cwd, output, inputs);
    }

    // Match rows to notes by id (file name without extension), then apply the date filters.
    const rowOfPath = new Map<string, ManifestRow>();
    const usedIds = new Set<string>();
    const excluded = { outsideDates: 0, noDate: 0 };
    const files: NoteFile[] = [];
    for (const note of found) {
      const id = path.basename(note.absolute, path.extname(note.absolute));
      const row = manifest?.rows.get(id);
      if (row) {
        rowOfPath.set(note.shown, row);
        usedIds.add(id);
      }
      if (args.since !== undefined || args.until !== undefined) {
        if (row?.date === undefined) {
          excluded.noDate += 1;
          continue;
        }
        if (
          (args.since !== undefined && row.date < args.since) ||
          (args.until !== undefined && row.date > args.until)
        ) {
          excluded.outsideDates += 1;
          continue;
        }
      }
      files.push({ index: files.length, absolute: note.absolute, shown: note.shown });
    }
    const skippedRows = manifest ? [...manifest.problems, ...missingNotes(manifest, usedIds)] : [];
    skippedRows.sort((a, b) => lineOf(a) - lineOf(b));

    const figures: (NoteFigures | undefined)[] = Array.from({ length: files.length });
    const failures: (InputProblem | undefined)[] = Array.from({ length: files.length });
    const examples = new Map<string, { index: number; example: Example }[]>();
    const progress = createProgress(io.stderr, files.length);
    let seconds = 0;
    try {
      await runNotes(files, {
        lintOptions,
        withSnippets: args.examples,
        jobs: files.length < notesPerWorkerThread ? 1 : args.jobs,
        onOutcome(index, outcome) {
          progress.tick();
          if (!outcome.ok) {
            failures[index] = { location: outcome.path, reason: outcome.reason };
            return;
          }
          for (const snippet of outcome.figures.snippets)
            keepExample(examples, index, { ...snippet, path: outcome.figures.path });
          figures[index] = { ...outcome.figures, snippets: [] };
        },
      });
    } finally {
      seconds = progress.finish();
    }

    const audited = figures.filter((note): note is NoteFigures => note !== undefined);
    const report = buildReport({
      figures: audited,
      examples: [...examples.values()].flatMap((list) => list.map((entry) => entry.example)),
      manifest,
      rowOf: (note) => rowOfPath.get(note.path),
      skippedNotes: [...skippedNotes, ...failures.filter((failure): failure is InputProblem => failure !== undefined)],
      skippedRows,
      since: args.since,
      until: args.until,
      comparePeriods: args.comparePeriods,
      excluded,
      now: new Date(),
    });

    if (args.out !== undefined) await writeReport(io.cwd, args.out, renderHtmlReport(report));
    if (args.json !== undefined) {
      const json = `${JSON.stringify(report, null, 2)}\n`;
      if (args.json === '-') io.stdout.write(json);
      else await writeReport(io.cwd, args.json, json);
    }

    const lines = [describeThroughput(report.notes, report.words, seconds)];
    lines.push(`${report.diagnostics} findings (${report.perThousandWords} per 1,000 words).`);
    if (report.skipped.length > 0) {
      lines.push(`Skipped ${report.skipped.length} input${report.skipped.length === 1 ? '' : 's'}:`);
      for (const entry of report.skipped) lines.push(`  ${'path' in entry ? entry.path : entry.row}: ${entry.reason}`);
    }
    if (report.warnings.length > 0) {
      lines.push(`Read with problems (audited as far as possible):`);
      for (const warning of report.warnings) lines.push(`  ${warning.path}: ${warning.reason}`);
    }
    if (excluded.outsideDates + excluded.noDate > 0) {
      lines.push(
        `Left out by --since/--until: ${excluded.outsideDates} outside the dates, ${excluded.noDate} without a date.`,
      );
    }
    if (args.out !== undefined) lines.push(`HTML report: ${args.out}`);
    if (args.json !== undefined && args.json !== '-') lines.push(`JSON report: ${args.json}`);
    if (args.out === undefined && args.json === undefined)
      lines.push('No report written: add --out report.html and/or --json report.json.');
    io.stderr.write(`${lines.join('\n')}\n`);
    return 0;
  },
};

/** Keeps the examples from the earliest notes (in path order), so runs with threads give the same report. */
function keepExample(
  examples: Map<string, { index: number; example: Example }[]>,
  index: number,
  example: Example,
): void {
  const list = examples.get(example.ruleId) ?? [];
  list.push({ index, example });
  list.sort((a, b) => a.index - b.index);
  if (list.length > examplesPerRule) list.length = examplesPerRule;
  examples.set(example.ruleId, list);
}

function missingNotes(manifest: Manifest, usedIds: Set<string>): InputProblem[] {
  const missing: InputProblem[] = [];
  for (const row of manifest.rows.values()) {
    if (!usedIds.has(row.id))
      missing.push({
        location: row.location,
        reason: `no note named '${row.id}' (.txt, .md or .html) among the paths given`,
      });
  }
  return missing;
}

function lineOf(problem: InputProblem): number {
  return Number(/:(\d+)$/.exec(problem.location)?.[1] ?? 0);
}

/** The same checks `casenote lint --config` makes, so a bad config stops the audit before it starts. */
function checkConfig(options: LintOptions, configFile: string | undefined): void {
  try {
    createLinter(options);
  } catch (error) {
    if (error instanceof RulePackError)
      throw new CliError(`invalid config ${configFile ?? ''}: ${error.message}`.replace(/\s+/g, ' '), { cause: error });
    throw error;
  }
  if (configFile === undefined) return;
  const known = new Set<string>([...getBuiltinRules().map((rule) => rule.id), ...analysisRuleIds]);
  for (const pack of options.extraRules ?? []) for (const rule of pack.rules) known.add(rule.id);
  for (const id of Object.keys(options.rules ?? {})) {
    if (!known.has(id)) throw new CliError(`invalid config ${configFile}: unknown rule '${id}' in 'rules'`);
  }
}

async function checkOutputPath(cwd: string, file: string, inputs: (string | undefined)[]): Promise<void> {
  const target = await realOrResolved(path.resolve(cwd, file));
  for (const input of inputs) {
    if (input !== undefined && (await realOrResolved(path.resolve(cwd, input))) === target)
      throw usage(`will not write a report onto an input: ${file} is one of the notes, the manifest or the config`);
  }
  try {
    const info = await stat(target).catch(() => undefined);
    if (info?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    await access(info ? target : path.dirname(target), constants.W_OK);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${describeReadError(error)}`, { cause: error });
  }
}

/** A path with symbolic links resolved when it exists, so two names for one file compare equal. */
async function realOrResolved(absolute: string): Promise<string> {
  return realpath(absolute).catch(() => absolute);
}

async function writeReport(cwd: string, file: string, content: string): Promise<void> {
  try {
    await writeFile(path.resolve(cwd, file), content);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${describeReadError(error)}`, { cause: error });
  }
}
