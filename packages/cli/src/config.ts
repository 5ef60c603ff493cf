import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import {
  defaultContactRecord,
  RecordTemplateError,
  type RecordTemplate,
  validateRecordTemplate,
} from '@casenote/guides';
import { categories, severities, type LintOptions, type RulePack } from '@casenote/lint';
import { CliError, firstLine } from './errors.ts';
import { describeReadError } from './read-error.ts';

const configKeys = ['rules', 'categories', 'allow', 'extraRules'] as const;

/** Config file names found without `--config`, looked for in this order in each folder. */
export const configFileNames = ['.casenoterc.yml', '.casenoterc.yaml', '.casenoterc.json'] as const;

/**
 * Finds the config that applies when none is given: the first `.casenoterc.yml`, `.yaml` or `.json`
 * in `cwd` or the nearest folder above it, as ESLint and Vale look for theirs.
 *
 * @returns The config's absolute path, or `undefined` when there is none up to the file system root.
 */
export function findConfig(cwd: string): string | undefined {
  let folder = path.resolve(cwd);
  for (;;) {
    for (const name of configFileNames) {
      const candidate = path.join(folder, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
const severityOrOff: readonly string[] = [...severities, 'off'];

/**
 * Loads a `--config` file (YAML or JSON) into `LintOptions`, reading the rule packs it lists in
 * `extraRules` (paths relative to the config file). The packs' entries are validated later, by the
 * engine, when the linter is created.
 *
 * @param file Path to the config file, relative to `cwd` or absolute.
 * @param cwd Directory relative paths are resolved against.
 * @returns The options to pass to `createLinter`.
 * @throws {CliError} When a file cannot be read or parsed, or the config has the wrong shape.
 */
export async function loadConfig(file: string, cwd: string): Promise<LintOptions> {
  const configPath = path.resolve(cwd, file);
  const config = await readYamlFile(configPath, file, 'config');
  if (config === null || config === undefined) return {};
  if (!isPlainObject(config)) throw invalid(file, 'expected a mapping of options at the top level');

  for (const key of Object.keys(config)) {
    if (!(configKeys as readonly string[]).includes(key)) {
      throw invalid(file, `unknown option '${key}' (expected ${configKeys.join(', ')})`);
    }
  }

  const options: LintOptions = {};
  if (config.rules !== undefined) options.rules = readSeverityMap(file, 'rules', config.rules);
  if (config.categories !== undefined) {
    const map = readSeverityMap(file, 'categories', config.categories);
    for (const category of Object.keys(map)) {
      if (!(categories as readonly string[]).includes(category)) {
        throw invalid(file, `unknown category '${category}' in 'categories' (expected ${categories.join(', ')})`);
      }
    }
    options.categories = map as NonNullable<LintOptions['categories']>;
  }
  if (config.allow !== undefined) options.allow = readStringList(file, 'allow', config.allow);
  if (config.extraRules !== undefined) {
    const packPaths = readStringList(file, 'extraRules', config.extraRules);
    const configDir = path.dirname(configPath);
    options.extraRules = await Promise.all(packPaths.map((packPath) => loadRulePack(configDir, packPath, cwd)));
  }
  return options;
}

async function loadRulePack(configDir: string, packPath: string, cwd: string): Promise<RulePack> {
  const absolute = path.resolve(configDir, packPath);
  // Name the pack by its path from where the user ran the command, or in full if it is elsewhere.
  const relative = path.relative(cwd, absolute);
  const name = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  const rules = await readYamlFile(absolute, name, 'rule pack');
  if (!Array.isArray(rules)) throw new CliError(`invalid rule pack ${name}: expected a list of rules`);
  return { name, rules };
}

async function readYamlFile(absolute: string, shown: string, what: string): Promise<unknown> {
  let source: string;
  try {
    source = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${what} ${shown}: ${describeReadError(error)}`, { cause: error });
  }
  try {
    // YAML 1.2 is a superset of JSON, so one parser reads both.
    return parse(source);
  } catch (error) {
    const reason = error instanceof Error ? firstLine(error.message) : String(error);
    throw new CliError(`invalid ${what} ${shown}: ${reason}`, { cause: error });
  }
}

function readSeverityMap(
  file: string,
  key: string,
  value: unknown,
): Record<string, (typeof severities)[number] | 'off'> {
  if (!isPlainObject(value)) throw invalid(file, `'${key}' must map names to a severity or 'off'`);
  const map: Record<string, (typeof severities)[number] | 'off'> = Object.create(null);
  for (const [name, level] of Object.entries(value)) {
    if (reservedKeys.has(name)) throw invalid(file, `'${key}.${name}' is not a rule or category name`);
    if (typeof level !== 'string' || !severityOrOff.includes(level)) {
      throw invalid(file, `'${key}.${name}' must be one of ${severityOrOff.join(', ')}, not ${JSON.stringify(level)}`);
    }
    map[name] = level as (typeof severities)[number] | 'off';
  }
  return map;
}

/** Keys that would reach an object's prototype: never rule or category names. */
const reservedKeys = new Set(['__proto__', 'constructor', 'prototype']);

function readStringList(file: string, key: string, value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw invalid(file, `'${key}' must be a list of strings`);
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(file: string, reason: string): CliError {
  return new CliError(`invalid config ${file}: ${reason}`);
}

/**
 * Loads `--record`: `default` for the built-in example template, or a YAML/JSON template file,
 * validated (an invalid one is a usage error naming the section and field).
 */
export async function loadRecordTemplate(value: string, cwd: string): Promise<RecordTemplate> {
  if (value === 'default') return defaultContactRecord;
  const absolute = path.resolve(cwd, value);
  let source: string;
  try {
    source = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read record template ${value}: ${describeReadError(error)}`, { cause: error });
  }
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    throw new CliError(`invalid record template ${value}: ${firstLine((error as Error).message)}`, { cause: error });
  }
  try {
    return validateRecordTemplate(data, value);
  } catch (error) {
    if (error instanceof RecordTemplateError)
      throw new CliError(`invalid record template ${error.message}`, { cause: error });
    throw error;
  }
}
