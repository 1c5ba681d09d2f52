// `leadnet metrics`: every measure of the registry in the JSON of DESIGN §6, one level as CSV,
// the seed and kinds options, and CSV cells a spreadsheet would run as formulas neutralised.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, ROOT, cli, example } from '../helpers/cli';
import { ACTOR_MEASURES, GROUP_MEASURES, NETWORK_MEASURES } from '../../src/core/metrics/registry';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leadnet-cli-metrics-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('leadnet metrics --json', () => {
  it('gives every measure of the registry for the network, each group and each actor', () => {
    const result = cli('metrics', EXAMPLE, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      network: Record<string, unknown>;
      groups: Record<string, Record<string, unknown>>;
      actors: Record<string, Record<string, unknown>>;
    };
    for (const m of NETWORK_MEASURES) expect(json.network, m.id).toHaveProperty(m.id);
    // What the E-I index counted as inside: the example has teams.
    expect(json.network.eiIndexBasis).toBe('team');
    expect(Object.keys(json.groups)).toEqual(example.groups.map((g) => g.id));
    expect(Object.keys(json.actors)).toEqual(example.actors.map((a) => a.id));
    for (const row of Object.values(json.groups))
      expect(Object.keys(row)).toEqual(GROUP_MEASURES.map((m) => m.id));
    for (const row of Object.values(json.actors))
      expect(Object.keys(row)).toEqual(ACTOR_MEASURES.map((m) => m.id));
    expect(result.stdout).not.toMatch(/NaN|Infinity/);
  });

  it('gives the same output for the same seed', () => {
    expect(cli('metrics', EXAMPLE, '--seed', '7').stdout).toBe(
      cli('metrics', EXAMPLE, '--seed', '7').stdout,
    );
  });
});

describe('leadnet metrics --csv', () => {
  it('prints the actors with label, role, group and every actor measure', () => {
    const result = cli('metrics', EXAMPLE, '--csv');
    expect(result.code).toBe(0);
    const [header, ...rows] = result.stdout.split('\r\n');
    expect(header).toBe(
      ['id', 'label', 'role', 'group', ...ACTOR_MEASURES.map((m) => m.id)].join(','),
    );
    expect(rows).toHaveLength(example.actors.length);
    expect(rows[0]!.split(',')[0]).toBe(example.actors[0]!.id);
  });

  it('prints groups or the network with --level', () => {
    const groups = cli('metrics', EXAMPLE, '--csv', '--level', 'group').stdout.split('\r\n');
    expect(groups[0]).toBe(['id', 'label', 'kind', ...GROUP_MEASURES.map((m) => m.id)].join(','));
    expect(groups).toHaveLength(example.groups.length + 1);
    const network = cli('metrics', EXAMPLE, '--csv', '--level', 'network').stdout.split('\r\n');
    expect(network[0]).toBe('measure,value');
    expect(network.slice(1).map((line) => line.split(',')[0])).toEqual([
      ...NETWORK_MEASURES.map((m) => m.id),
      'eiIndexBasis',
    ]);
    expect(network.at(-1)).toBe('eiIndexBasis,team');
  });

  it('says the E-I index is by each person’s group when the network has no teams', () => {
    // Two wards (groups, not teams): a → b inside ward 1, b → c across: (1 − 1)/2 = 0.
    const file = join(ROOT, 'test/fixtures/wards-network.json');
    const network = cli('metrics', file, '--csv', '--level', 'network').stdout.split('\r\n');
    expect(network).toContain('eiIndex,0');
    expect(network.at(-1)).toBe('eiIndexBasis,group');
    const json = JSON.parse(cli('metrics', file, '--json').stdout) as {
      network: Record<string, unknown>;
    };
    expect(json.network).toMatchObject({ eiIndex: 0, eiIndexBasis: 'group' });
  });

  it('neutralises cells that a spreadsheet would run as a formula, and quotes commas', () => {
    const file = join(dir, 'formula.json');
    const doc = {
      format: 'leadnet-network',
      version: 1,
      actors: [
        { id: 'a', label: '=HYPERLINK("http://x")', role: 'member' },
        { id: 'b', label: '+1, -2', role: '@role' },
      ],
      ties: [],
    };
    writeFileSync(file, JSON.stringify(doc));
    const lines = cli('metrics', file, '--csv').stdout.split('\r\n');
    expect(lines[1]!.startsWith(`a,"'=HYPERLINK(""http://x"")",member,`)).toBe(true);
    expect(lines[2]!.startsWith(`b,"'+1, -2",'@role,`)).toBe(true);
  });

  it('refuses --json with --csv and an unknown level (exit 2)', () => {
    expect(cli('metrics', EXAMPLE, '--json', '--csv').code).toBe(2);
    expect(cli('metrics', EXAMPLE, '--csv', '--level', 'team').code).toBe(2);
    expect(cli('metrics', EXAMPLE, '--seed', 'x').code).toBe(2);
  });
});
