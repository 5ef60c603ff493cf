import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, `Tests: N passed, N failed, N skipped`, that CI systems which do
 * not parse vitest's own summary can read, and before it each project's wall time (its first file's
 * start to its last file's end) and the slowest files, so a slow CI run shows which phase and file
 * grew (the slowest unit files are the ones `slow-files-first.ts` starts first).
 */
export default class SummaryReporter implements Reporter {
  private readonly spans = new Map<string, { start: number; end: number; files: number }>();

  onTestModuleStart(testModule: TestModule): void {
    const name = testModule.project.name;
    const span = this.spans.get(name) ?? { start: Date.now(), end: Date.now(), files: 0 };
    span.files += 1;
    this.spans.set(name, span);
  }

  onTestModuleEnd(testModule: TestModule): void {
    const span = this.spans.get(testModule.project.name);
    if (span) span.end = Date.now();
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const phases = [...this.spans].map(
      ([name, span]) => `${name} ${Math.round((span.end - span.start) / 1000)} s (${span.files} files)`,
    );
    if (phases.length > 0)
      process.stdout.write(`\nProjects, first file start to last file end: ${phases.join('; ')}\n`);
    const slowest = testModules
      .map((testModule) => ({ testModule, duration: testModule.diagnostic().duration }))
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 8)
      .map(
        ({ testModule, duration }) =>
          `${testModule.relativeModuleId} (${testModule.project.name}) ${Math.round(duration / 1000)} s`,
      );
    if (slowest.length > 0) process.stdout.write(`Slowest files: ${slowest.join('; ')}\n`);
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      for (const testCase of testModule.children.allTests()) {
        const state = testCase.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      if (testModule.state() === 'failed' && testModule.children.size === 0) failed += 1;
    }
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
