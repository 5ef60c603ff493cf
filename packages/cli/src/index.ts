export { main } from './main.ts';
export { loadConfig } from './config.ts';
export { formatJson } from './format/json.ts';
export { formatText } from './format/text.ts';
export { createLocator } from './format/location.ts';
export { CliError } from './errors.ts';
export type { CliIo, Command } from './types.ts';
export type { FileReport, LocatedDiagnostic } from './format/report.ts';
export type { LineColumn } from './format/location.ts';
