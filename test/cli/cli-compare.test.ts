// `leadnet compare BEFORE AFTER` (DESIGN §6, issue 13) on two versions of the example — a
// coordinator replaced, five ties changed — reports exactly those changes in the JSON shape of
// §6, and each measure's change as CSV; the match report goes to stderr; usage errors exit 2,
// a broken file 1.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, cli, example } from '../helpers/cli';
import {
  ADDED_TIES,
  REMOVED_TIES,
  REPLACED,
  REPLACEMENT,
  exampleSecondWave,
} from '../helpers/waves';

let dir: string;
let second: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leadnet-compare-'));
  second = join(dir, 'wave2.json');
  writeFileSync(second, JSON.stringify(exampleSecondWave(example)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('compare', () => {
  it('reports the replaced coordinator and the changed ties as DESIGN §6 says', () => {
    const { code, stdout, stderr } = cli('compare', EXAMPLE, second, '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('people matched by id: 44 of 45 before and 45 after');
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['match', 'actors', 'ties', 'measures']);
    expect(json.actors).toEqual({ joined: [REPLACEMENT], left: [REPLACED] });
    expect(json.ties.kept).toBe(106);
    const ids = (list: { id: string }[]) => list.map((t) => t.id);
    const his = example.ties.filter((t) => [t.source, t.target].includes(REPLACED.id));
    expect(ids(json.ties.removed).sort()).toEqual([...ids(his), ...REMOVED_TIES].sort());
    expect(json.ties.added).toHaveLength(8);
    expect(json.ties.added.slice(6)).toMatchObject(ADDED_TIES);
    expect(Object.keys(json.measures)).toEqual(['network', 'groups', 'actors']);
    expect(json.measures.network.ties).toEqual({ before: 120, after: 114, change: -6 });
    expect(json.measures.actors[REPLACEMENT.id].inDegree).toEqual({
      before: null,
      after: 4,
      change: null,
    });
  });

  it('writes each measure change as a CSV row, undefined values empty', () => {
    const { code, stdout } = cli('compare', EXAMPLE, second, '--csv');
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('level,id,label,measure,before,after,change');
    expect(lines).toContain('network,,,ties,120,114,-6');
    expect(lines).toContain(`actor,${REPLACEMENT.id},${REPLACEMENT.label},inDegree,,4,`);
    expect(lines).toContain(`actor,${REPLACED.id},${REPLACED.label},inDegree,7,,`);
  });

  it('refuses a wrong --match or a missing file as usage, and a broken file as bad input', () => {
    expect(cli('compare', EXAMPLE, second, '--match', 'name').code).toBe(2);
    expect(cli('compare', EXAMPLE).code).toBe(2);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": "leadnet-network", "version": 1, "actors": [{"id": 3}]}');
    const result = cli('compare', EXAMPLE, broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^actors\[0\]/);
  });
});
