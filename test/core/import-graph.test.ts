// The structure's two rules that lint cannot see whole: no import circle through any file of src/
// and workers/ (components included: the lint rule import-x/no-cycle does not follow .svelte
// files), and no file of src/ over 400 lines unless CONTRIBUTING's "Long files" says why.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src', 'workers'];
const SKIP = /^src\/paraglide\//;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const sources = ROOTS.flatMap(files).filter((f) => !SKIP.test(f));
const known = new Set(sources);

/** Relative imports of a file (`import … from './x'`, `export … from`, `import './x'`). */
export function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  const pattern = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;
  for (let match = pattern.exec(code); match; match = pattern.exec(code)) found.push(match[1]!);
  return found;
}

function resolve(from: string, spec: string): string | null {
  const base = join(dirname(from), spec.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`, `${base}.svelte.ts`])
    if (known.has(candidate)) return candidate;
  return null;
}

/** Strongly connected components with more than one file (or a file importing itself). */
export function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    // Tarjan's algorithm with an explicit stack of (node, next edge) frames.
    const frames: [string, number][] = [[start, 0]];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const [node, edge] = frame;
      const edges = graph.get(node) ?? [];
      if (edge < edges.length) {
        frame[1] += 1;
        const to = edges[edge]!;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          frames.push([to, 0]);
        } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
        continue;
      }
      frames.pop();
      if (frames.length > 0) {
        const parent = frames[frames.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(node)!));
      }
      if (low.get(node) === index.get(node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        if (component.length > 1 || edges.includes(node)) found.push(component.sort());
      }
    }
  }
  return found;
}

describe('the structure', () => {
  it('finds a circle when there is one (the check itself)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(circles(graph)).toEqual([['a', 'b', 'c']]);
    expect(
      circles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
    expect(
      importsOf("import x from './a';\n// import y from './b';\nexport * from '../c';"),
    ).toEqual(['./a', '../c']);
  });

  it('has no import circle in src/ and workers/, components included', () => {
    const graph = new Map<string, string[]>();
    for (const file of sources) {
      const targets = importsOf(readFileSync(file, 'utf8'))
        .map((spec) => resolve(file, spec))
        .filter((t): t is string => t !== null);
      graph.set(file, targets);
    }
    expect(sources.length).toBeGreaterThan(100);
    expect(circles(graph)).toEqual([]);
  });

  it('keeps every file of src/ within 400 lines, or says why in CONTRIBUTING', () => {
    const contributing = readFileSync('CONTRIBUTING.md', 'utf8');
    const section = /## Long files\n([\s\S]*?)(?:\n## |$)/.exec(contributing)?.[1] ?? '';
    const explained = new Set([...section.matchAll(/^- `(src\/[^`]+)`:/gm)].map((m) => m[1]!));
    const long = sources
      .filter((f) => f.startsWith('src/'))
      .filter((f) => readFileSync(f, 'utf8').split('\n').length > 400)
      .map((f) => relative('.', f));
    expect(long.filter((f) => !explained.has(f))).toEqual([]);
    // A reason for a file that is no longer long (or gone) is stale.
    expect([...explained].filter((f) => !long.includes(f))).toEqual([]);
  });
});
