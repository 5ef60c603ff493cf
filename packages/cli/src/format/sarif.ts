import type * as Sarif from 'sarif';
import type { Severity } from '@casenote/lint';
import { getBuiltinRules } from '@casenote/rules/details';
import { displayPath } from './display-path.ts';
import { considerText, type FileReport } from './report.ts';

const levels: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

/**
 * Formats reports as a SARIF 2.1.0 log (for GitHub code scanning and other SARIF viewers): one run,
 * the rules that fired with their explanation and the guidance they cite as `helpUri`, and one result
 * per finding with its region (columns in UTF-16 code units, as the engine counts them). Whole-note
 * prompts have a location without a region. The note's text itself is never copied into the log.
 */
export function formatSarif(reports: FileReport[], version: string): string {
  const builtin = new Map(getBuiltinRules().map((rule) => [rule.id, rule]));
  const rules: Sarif.ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Sarif.Result[] = [];

  for (const report of reports) {
    const uri = report.path === '-' ? 'stdin' : encodeUri(report.path);
    for (const diagnostic of report.diagnostics) {
      let index = ruleIndex.get(diagnostic.ruleId);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(diagnostic.ruleId, index);
        const rule = builtin.get(diagnostic.ruleId);
        const name = toPascalCase(diagnostic.ruleId);
        rules.push({
          id: diagnostic.ruleId,
          // a name that is the id again (a one-word id) is left out, as SARIF asks (§3.49.7)
          ...(name.toLowerCase() === diagnostic.ruleId.toLowerCase() ? {} : { name }),
          shortDescription: {
            text: rule?.message?.replace('{actual}', '…') ?? `${diagnostic.category}: ${diagnostic.ruleId}`,
          },
          fullDescription: { text: diagnostic.explanation },
          ...(diagnostic.source ? { helpUri: diagnostic.source } : {}),
          help: { text: diagnostic.explanation },
          defaultConfiguration: { level: levels[rule?.severity ?? diagnostic.severity] },
          properties: { category: diagnostic.category, tags: [diagnostic.category] },
        });
      }
      const suggestion = diagnostic.suggestions[0];
      const message =
        suggestion === undefined
          ? `${diagnostic.message}${considerText(diagnostic)}`
          : `${diagnostic.message} Try: ${diagnostic.suggestions.join(' / ')}`;
      const physicalLocation: Sarif.PhysicalLocation = { artifactLocation: { uri } };
      if (diagnostic.scope !== 'note') {
        physicalLocation.region = {
          startLine: diagnostic.line,
          startColumn: diagnostic.column,
          endLine: diagnostic.endLine,
          endColumn: diagnostic.endColumn,
        };
      }
      results.push({
        ruleId: diagnostic.ruleId,
        ruleIndex: index,
        level: levels[diagnostic.severity],
        message: { text: message.replace(/\s+/g, ' ').trim() },
        locations: [{ physicalLocation }],
        properties: { category: diagnostic.category, severity: diagnostic.severity },
      });
    }
  }

  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'casenote',
            informationUri,
            version,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts: reports.map((report) => ({
          location: { uri: report.path === '-' ? 'stdin' : encodeUri(report.path) },
          description: { text: displayPath(report.path) },
        })),
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Where a reader of the log learns about the tool: the CLI's README (an address in the log, never fetched). */
const informationUri = 'https://github.com/casenote/casenote/tree/main/packages/cli#readme';

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function encodeUri(file: string): string {
  const slashed = file.replaceAll('\\', '/');
  const absolute = slashed.startsWith('/');
  const encoded = slashed.split('/').map(encodeURIComponent).join('/');
  return absolute ? `file://${encoded}` : encoded;
}

function toPascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase());
}
