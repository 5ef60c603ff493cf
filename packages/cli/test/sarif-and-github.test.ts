import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, makeTempDir, runCli } from './run-cli.ts';

beforeAll(assertBuilt);

const temp = makeTempDir({
  'notes/visit.txt': 'I visited today.\nJade is putting herself at risk.\n',
  'notes/team a/letter.html': '<h1>Letter</h1><p>The CIN plan was reviewed.</p>',
  'notes/100%, odd:name.txt': 'Kai is very manipulative.\n',
  // a rule whose id is one word ("respite"): its SARIF name would be the id again
  'notes/team a/short-breaks.txt': 'Jade goes to respite on Fridays.\n',
});
afterAll(temp.remove);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The constraints of the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) that a log like ours
 * can break: required properties, enumerations, minimums, and rule references that resolve.
 */
function sarifProblems(log: unknown): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  need(isObject(log), 'log is an object');
  if (!isObject(log)) return problems;
  need(log.version === '2.1.0', 'version is "2.1.0"');
  need(typeof log.$schema === 'string' && /^https?:\/\//.test(log.$schema), '$schema is a URI');
  need(Array.isArray(log.runs), 'runs is an array');
  for (const run of (log.runs as unknown[]) ?? []) {
    if (!isObject(run) || !isObject(run.tool) || !isObject(run.tool.driver)) {
      problems.push('run.tool.driver is required');
      continue;
    }
    const driver = run.tool.driver;
    need(typeof driver.name === 'string' && driver.name !== '', 'driver.name is required');
    // what the OASIS validator (sarif-multitool validate) also warns about
    need(/^https?:\/\/\S+$/.test(String(driver.informationUri)), 'driver.informationUri tells a reader about the tool');
    const rules = (driver.rules ?? []) as unknown[];
    need(Array.isArray(rules), 'driver.rules is an array');
    const ids = new Set<string>();
    for (const rule of rules) {
      need(isObject(rule) && typeof rule.id === 'string', 'reportingDescriptor.id is required');
      if (!isObject(rule)) continue;
      need(!ids.has(rule.id as string), `rule ids are unique (${String(rule.id)})`);
      ids.add(rule.id as string);
      need(
        rule.name === undefined || String(rule.name).toLowerCase() !== String(rule.id).toLowerCase(),
        `a rule's name is not its id again (${String(rule.id)})`,
      );
      if (rule.helpUri !== undefined) need(/^https?:\/\/\S+$/.test(String(rule.helpUri)), 'helpUri is an absolute URI');
      for (const key of ['shortDescription', 'fullDescription', 'help'])
        if (rule[key] !== undefined)
          need(isObject(rule[key]) && typeof (rule[key] as Json).text === 'string', `${key}.text`);
      const level = isObject(rule.defaultConfiguration) ? rule.defaultConfiguration.level : undefined;
      need(
        level === undefined || ['none', 'note', 'warning', 'error'].includes(String(level)),
        'defaultConfiguration.level',
      );
    }
    need(
      run.columnKind === undefined || ['utf16CodeUnits', 'unicodeCodePoints'].includes(String(run.columnKind)),
      'columnKind',
    );
    for (const result of (run.results ?? []) as unknown[]) {
      if (!isObject(result)) {
        problems.push('result is an object');
        continue;
      }
      need(isObject(result.message) && typeof result.message.text === 'string', 'result.message.text is required');
      need(['none', 'note', 'warning', 'error'].includes(String(result.level)), 'result.level');
      const index = result.ruleIndex as number;
      need(
        Number.isInteger(index) && index >= 0 && (rules[index] as Json | undefined)?.id === result.ruleId,
        'ruleIndex points at ruleId',
      );
      for (const location of (result.locations ?? []) as Json[]) {
        const physical = location.physicalLocation as Json | undefined;
        const uri = (physical?.artifactLocation as Json | undefined)?.uri;
        need(typeof uri === 'string' && !/[\s%](?![0-9A-F]{2})/.test(uri), 'artifactLocation.uri is a URI reference');
        const region = physical?.region as Json | undefined;
        if (region === undefined) continue;
        const {
          startLine = 0,
          startColumn = 0,
          endLine = 0,
          endColumn = 0,
        } = region as Record<string, number | undefined>;
        need(startLine >= 1 && startColumn >= 1 && endLine >= startLine && endColumn >= 1, 'region minimums');
        need(endLine > startLine || endColumn > startColumn, 'region is not empty');
      }
    }
  }
  return problems;
}

describe('--format sarif', () => {
  test('a folder of nested .txt and .html notes gives a valid SARIF 2.1.0 log with rule metadata and help URIs', () => {
    const run = runCli(['lint', 'notes', '--format', 'sarif'], { cwd: temp.dir });
    expect(run.status).toBe(0);
    const log = JSON.parse(run.stdout) as { runs: [{ tool: { driver: { rules: Json[] } }; results: Json[] }] };
    expect(sarifProblems(log)).toEqual([]);
    const [only] = log.runs;
    const uris = only.results.map(
      (result) => ((result.locations as Json[])[0]?.physicalLocation as Json | undefined)?.artifactLocation,
    );
    expect(uris).toContainEqual({ uri: 'notes/team%20a/letter.html' });
    expect(uris).toContainEqual({ uri: 'notes/visit.txt' });
    expect(uris).toContainEqual({ uri: 'notes/100%25%2C%20odd%3Aname.txt' });
    const risk = only.results.find((result) => result.ruleId === 'put-self-at-risk') as Json;
    expect((risk.locations as Json[])[0]).toEqual({
      physicalLocation: {
        artifactLocation: { uri: 'notes/visit.txt' },
        region: { startLine: 2, startColumn: 6, endLine: 2, endColumn: 32 },
      },
    });
    const rule = only.tool.driver.rules[risk.ruleIndex as number] as Json;
    expect(rule.helpUri).toMatch(/^https:\/\//);
    expect(rule.name).toBe('PutSelfAtRisk');
    expect(only.tool.driver.rules.find((descriptor) => descriptor.id === 'respite')).not.toHaveProperty('name');
    expect(JSON.stringify(log)).not.toContain('Jade is putting herself at risk');
  });

  test('no findings is still a valid log with an empty result list', () => {
    const clean = makeTempDir({ 'ok.txt': 'I visited you at home today and you showed me your drawings.\n' });
    try {
      const run = runCli(['lint', 'ok.txt', '--format', 'sarif', '--quiet'], { cwd: clean.dir });
      const log = JSON.parse(run.stdout) as { runs: [{ results: unknown[] }] };
      expect(sarifProblems(log)).toEqual([]);
      expect(log.runs[0].results).toEqual([]);
    } finally {
      clean.remove();
    }
  });
});

describe('--format github', () => {
  test('each finding is one GitHub Actions annotation with its file, range and rule', () => {
    const run = runCli(['lint', 'notes/visit.txt', '--format', 'github'], { cwd: temp.dir });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.every((line) => /^::(error|warning|notice) file=/.test(line))).toBe(true);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::warning file=notes\/visit\.txt,line=2,col=6,endLine=2,endColumn=32,title=casenote put-self-at-risk::.+Source: https:\/\//,
      ),
    );
  });

  test('a comma, colon or per cent sign in a file name is escaped, so it cannot break the annotation', () => {
    const run = runCli(['lint', 'notes/100%, odd:name.txt', '--format', 'github'], { cwd: temp.dir });
    expect(run.stdout).toContain('file=notes/100%25%2C odd%3Aname.txt,');
  });
});
