import type { Severity } from '@casenote/lint';
import { considerText, type FileReport } from './report.ts';

const commands: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/**
 * Formats reports as GitHub Actions workflow commands (`::warning file=…,line=…::message`), which
 * GitHub shows as annotations on the changed files. Values are escaped as the Actions toolkit does,
 * so a message or a file name cannot start a second command.
 */
export function formatGithub(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const diagnostic of report.diagnostics) {
      const properties = [`file=${escapeProperty(report.path)}`];
      if (diagnostic.scope !== 'note') {
        properties.push(
          `line=${diagnostic.line}`,
          `col=${diagnostic.column}`,
          `endLine=${diagnostic.endLine}`,
          `endColumn=${diagnostic.endColumn}`,
        );
      }
      properties.push(`title=${escapeProperty(`casenote ${diagnostic.ruleId}`)}`);
      const consider = considerText(diagnostic);
      const suggestion =
        diagnostic.suggestions.length > 0 ? ` Try: ${diagnostic.suggestions.join(' / ')}.` : consider && `${consider}.`;
      const source = diagnostic.source ? ` Source: ${diagnostic.source}` : '';
      lines.push(
        `::${commands[diagnostic.severity]} ${properties.join(',')}::${escapeData(`${diagnostic.message}${suggestion}${source}`)}`,
      );
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
