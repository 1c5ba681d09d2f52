// `leadnet metrics` on long chains generated here: a 9,000-actor directed path and a
// 50,000-actor directed cycle (the documented actor limit) answer with every measure and exit
// 0 — a recursive strong-components search in the summary printed a stack trace from ~8,000.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { chainDocument } from '../helpers/long-chains';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leadnet-cli-chains-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface MetricsJson {
  network: Record<string, number | null>;
  actors: Record<string, Record<string, number | null>>;
}

async function metrics(file: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['metrics', file, '--json'], {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  });
  return { code, json: JSON.parse(out.join('\n')) as MetricsJson, stderr: err };
}

describe('leadnet metrics on long chains', () => {
  it('answers for a directed path of 9,000 actors', async () => {
    const n = 9_000;
    const file = join(dir, 'path.json');
    writeFileSync(file, JSON.stringify(chainDocument(n)));
    const { code, json, stderr } = await metrics(file);
    expect(code).toBe(0);
    // Only least-upper-boundedness declines, saying why (its search is cubic in components).
    expect(stderr).toEqual([
      'warning: lubness: lubness: 9000 strong components in one weak component (at most 4000)',
    ]);
    expect(json.network).toMatchObject({
      actors: n,
      arcs: n - 1,
      strongComponents: n,
      weakComponents: 1,
      isolates: 0,
      hierarchy: 1,
      connectedness: 1,
    });
    expect(Object.keys(json.actors)).toHaveLength(n);
    const i = 2_500;
    expect(json.actors[`a${i}`]!.betweenness).toBeCloseTo(
      (i * (n - 1 - i)) / ((n - 1) * (n - 2)),
      12,
    );
  });

  // Betweenness and closeness are a breadth-first search from every actor: 2.5·10⁹ steps each
  // here, about 80 s on two cores. The timeout is for a loaded machine, not a speed claim.
  it('answers for a directed cycle of 50,000 actors', { timeout: 900_000 }, async () => {
    const n = 50_000;
    const file = join(dir, 'cycle.json');
    writeFileSync(file, JSON.stringify(chainDocument(n, { cycle: true })));
    const { code, json, stderr } = await metrics(file);
    expect(code).toBe(0);
    expect(stderr).toEqual([]);
    expect(json.network).toMatchObject({
      actors: n,
      arcs: n,
      strongComponents: 1,
      weakComponents: 1,
      reciprocity: 0,
      hierarchy: 0,
      lubness: 1,
    });
    expect(Object.keys(json.actors)).toHaveLength(n);
    for (const id of ['a0', 'a31415', `a${n - 1}`]) {
      // On a directed cycle every actor lies on half of all shortest paths between others,
      // and is n(n−1)/2 steps from the rest in all: closeness (n−1)/(n(n−1)/2) = 2/n.
      expect(json.actors[id]!.betweenness).toBeCloseTo(0.5, 12);
      expect(json.actors[id]!.closeness).toBeCloseTo(2 / n, 15);
      expect(json.actors[id]!.coreNumber).toBe(2);
    }
  });
});
