import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The packages' import graph: files within a package import each other without loops (type-only
// imports included, as a loop of types is still a loop a reader has to untangle), and packages
// import only the @casenote packages they declare, one way (rules → lint/guides → tiptap → react,
// element; the CLI beside), so a newcomer can read each package from the bottom up.

const root = fileURLToPath(new URL('../../', import.meta.url));
const packagesDir = path.join(root, 'packages');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const specifierPattern =
  /(?:^|[\n;])\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module specifiers a source file imports or re-exports (comments and strings elsewhere aside). */
function specifiersOf(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return Array.from(withoutComments.matchAll(specifierPattern), (found) => found[1] ?? found[2] ?? '');
}

function resolveRelative(from: string, specifier: string, files: Set<string>): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  const stem = base.replace(/\.(js|ts|tsx)$/, '');
  return [base, `${stem}.ts`, `${stem}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find(
    (candidate) => files.has(candidate),
  );
}

/** Strongly connected components of more than one file (or a file importing itself): the loops. */
function findLoops(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (start: string) => {
    // iterative Tarjan, so a long chain of imports cannot overflow the stack
    const work: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const target = edges[frame.next++] as string;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(target) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1 || edges.includes(frame.node)) loops.push(component.sort());
      }
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return loops;
}

const packageNames = readdirSync(packagesDir).filter((name) => {
  try {
    return statSync(path.join(packagesDir, name, 'src')).isDirectory();
  } catch {
    return false;
  }
});

describe('the import graph a contributor reads', () => {
  it('finds a loop when there is one (the checker itself works)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findLoops(graph)).toEqual([['a', 'b', 'c']]);
    expect(
      findLoops(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
    expect(
      specifiersOf(
        "import type { A } from './a.ts';\nexport { b } from \"./b.ts\";\nconst c = await import('./c.ts');",
      ),
    ).toEqual(['./a.ts', './b.ts', './c.ts']);
  });

  for (const name of packageNames) {
    it(`has no import loops inside @casenote/${name}`, () => {
      const files = sourceFiles(path.join(packagesDir, name, 'src'));
      const known = new Set(files);
      const graph = new Map<string, string[]>();
      for (const file of files) {
        const targets = specifiersOf(readFileSync(file, 'utf8'))
          .filter((specifier) => specifier.startsWith('.'))
          .map((specifier) => resolveRelative(file, specifier, known))
          .filter((target): target is string => target !== undefined);
        graph.set(file, targets);
      }
      const loops = findLoops(graph).map((loop) => loop.map((file) => path.relative(root, file)));
      expect(loops).toEqual([]);
    });
  }

  it('imports only declared @casenote packages, and the packages depend on each other one way', () => {
    const packageGraph = new Map<string, string[]>();
    for (const name of packageNames) {
      const manifest = JSON.parse(readFileSync(path.join(packagesDir, name, 'package.json'), 'utf8'));
      const declared = new Set(
        Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter((dependency) =>
          dependency.startsWith('@casenote/'),
        ),
      );
      const used = new Set<string>();
      for (const file of sourceFiles(path.join(packagesDir, name, 'src'))) {
        for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
          const imported = /^@casenote\/[a-z-]+/.exec(specifier)?.[0];
          if (imported && imported !== manifest.name) used.add(imported);
        }
      }
      const undeclared = [...used].filter((dependency) => !declared.has(dependency));
      expect(undeclared, `${manifest.name} imports packages it does not declare`).toEqual([]);
      packageGraph.set(manifest.name, [...used]);
    }
    expect(findLoops(packageGraph)).toEqual([]);
  });
});
