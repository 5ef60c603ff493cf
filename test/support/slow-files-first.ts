import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The unit files that read every corpus sentence, slowest first, as CI's summary last measured them
 * (`Slowest unit files:` in its output). Vitest runs the files it has no timings for (a clean clone
 * has none) largest first, which started the two slowest of these last and left one worker running
 * them alone at the end: on CI the fingerprint (78 s) was the 115th of 115 files. Started first, they
 * run beside the rest and both workers end together (from 324 to 285 s on CI's timings, simulated).
 */
export const slowestFirst = [
  'test/corpus/fixes.test.ts',
  'test/corpus/engine-fingerprint.test.ts',
  'packages/lint/test/reading-scores.test.ts',
  'packages/lint/test/fast-parser.test.ts',
  'packages/lint/test/read-direct.test.ts',
  'test/corpus/analysis-names.test.ts',
];

/** Where a listed file stands in `slowestFirst`; every other file after them, in Vitest's own order. */
export function slowRank(moduleId: string): number {
  const path = moduleId.replaceAll('\\', '/');
  const rank = slowestFirst.findIndex((file) => path.endsWith(`/${file}`));
  return rank < 0 ? slowestFirst.length : rank;
}

/** The files in `slowestFirst` moved to the front of their project's run; nothing else moves. */
export function slowFilesFirst<Spec extends { moduleId: string; project: { name: string } }>(ordered: Spec[]): Spec[] {
  const projectAt = new Map<string, number>();
  for (const [index, spec] of ordered.entries())
    if (!projectAt.has(spec.project.name)) projectAt.set(spec.project.name, index);
  return ordered
    .map((spec, index) => ({ spec, index }))
    .sort(
      (a, b) =>
        (projectAt.get(a.spec.project.name) ?? 0) - (projectAt.get(b.spec.project.name) ?? 0) ||
        slowRank(a.spec.moduleId) - slowRank(b.spec.moduleId) ||
        a.index - b.index,
    )
    .map(({ spec }) => spec);
}

/** Vitest's order (projects by `groupOrder`, then files by their last timings or size), slow files first. */
export default class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return slowFilesFirst(await super.sort(files));
  }
}
