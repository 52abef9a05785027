import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';

// A module that needs another at load time, which needs it back, gets one of them half-initialised:
// the order of imports decides what works. Type imports count too: two files that know each
// other's types are one piece that cannot be read, tested or moved apart. Lazy `import()`s do
// not count. (madge and dependency-cruiser need the TypeScript 5 API or Node 22.)
const STATIC_IMPORT = /^\s*(import|export)\s+(?:type\s+)?[^'";]*?\s*from\s*['"](\.{1,2}\/[^'"]+)['"]/gm;
const SIDE_EFFECT_IMPORT = /^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

function resolve(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Each file's imports within `dir` (values and types). */
function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name));
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const [, , specifier] of source.matchAll(STATIC_IMPORT)) targets.push(specifier!);
    for (const [, specifier] of source.matchAll(SIDE_EFFECT_IMPORT)) targets.push(specifier!);
    graph.set(
      file,
      targets.map((t) => resolve(file, t)).filter((t): t is string => t !== null),
    );
  }
  return graph;
}

function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'visiting');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'visiting') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found.map((circle) => circle.map((f) => path.relative(REPO_ROOT, f)));
}

describe('no import circles', () => {
  it('finds a circle when there is one (the check can fail)', () => {
    const a = path.join(REPO_ROOT, 'a.ts');
    const b = path.join(REPO_ROOT, 'b.ts');
    expect(
      circles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });

  it.each(['server/src', 'shared/src', 'client/src'])('[engineer] adds a feature under %s: no module imports itself in a circle', (dir) => {
    expect(circles(importGraph(path.join(REPO_ROOT, dir)))).toEqual([]);
  });
});
