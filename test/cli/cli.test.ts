// The command line contract (DESIGN §6): exit codes 0 ok, 1 bad input, 2 usage; `validate`
// prints one summary line or one `path: message` error per line; `metrics --json` prints
// `{ network, groups, actors }`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import type { NetworkDocument } from '../../src/core/document';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE = join(ROOT, 'public/examples/qic-example.json');
const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as NetworkDocument;

/** A document with two rule errors: a tie to a missing actor and a tie from an actor to itself. */
const BAD = {
  format: 'leadnet-network',
  version: 1,
  actors: [
    { id: 'a1', role: 'member' },
    { id: 'a2', role: 'coordinator' },
  ],
  ties: [
    { id: 't1', source: 'a1', target: 'a99', kind: 'leadership' },
    { id: 't2', source: 'a2', target: 'a2', kind: 'leadership' },
  ],
};
const BAD_LINES = [
  'ties[0].target: no actor with id "a99"',
  'ties[1]: a tie from "a2" to themself is not allowed',
];

let dir: string;
let badFile: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leadnet-cli-'));
  badFile = join(dir, 'bad.json');
  writeFileSync(badFile, JSON.stringify(BAD, null, 2));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI in-process with an io that collects what it writes, one call per line group. */
function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
  const split = (chunks: string[]) => (chunks.length ? chunks.join('\n').split('\n') : []);
  return { code, stdout: split(out), stderr: split(err), rawStdout: out.join('\n') };
}

describe('leadnet validate', () => {
  it('exits 0 with a one-line summary for a valid file', () => {
    const result = cli('validate', EXAMPLE);
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([]);
    expect(result.stdout).toHaveLength(1);
    expect(result.stdout[0]).toContain(`${example.actors.length} actors`);
    expect(result.stdout[0]).toContain(`${example.ties.length} ties`);
    expect(result.stdout[0]).toContain(`${example.groups.length} groups`);
  });

  it('exits 1 with one `path: message` error per line on stderr for an invalid file', () => {
    const result = cli('validate', badFile);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual(BAD_LINES);
  });

  it.each([
    ['a stray bracket', '{\n  "format": "leadnet-network",\n  ]\n}'],
    ['a misspelt literal', '{\n  "format": "leadnet-network",\n  "x": tru\n}'],
    ['a trailing comma in a list', '{\n  "format": "leadnet-network",\n  "x": [1,]\n}'],
  ])('exits 1 for a file with %s, with one error line that gives the line', (_what, text) => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, text);
    const result = cli('validate', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toHaveLength(1);
    // The file is named, as convert names it (one reader for every JSON).
    expect(result.stderr[0]).toBe(
      `${file} line 3, column ${result.stderr[0]!.match(/column (\d+)/)![1]}: not valid JSON: unexpected "${text.includes('tru') ? 't' : ']'}"`,
    );
  });

  it('exits 1 and names the file when it does not exist', () => {
    const missing = join(dir, 'no-such-file.json');
    const result = cli('validate', missing);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr.join('\n')).toContain(missing);
  });
});

describe('usage errors exit 2 with the usage on stderr', () => {
  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate', EXAMPLE]],
    ['validate with two files', ['validate', EXAMPLE, EXAMPLE]],
    ['validate with no file', ['validate']],
    ['an unknown option', ['validate', EXAMPLE, '--strict']],
    ['metrics with an unknown option', ['metrics', EXAMPLE, '--xml']],
    ['--kinds without a value', ['metrics', EXAMPLE, '--kinds']],
  ])('%s', (_case, argv) => {
    const result = cli(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    const stderr = result.stderr.join('\n');
    expect(stderr).toMatch(/^leadnet: /);
    expect(stderr).toContain('Usage:');
  });

  it('help prints the usage on stdout and exits 0', () => {
    const result = cli('--help');
    expect(result.code).toBe(0);
    expect(result.stdout.join('\n')).toContain('Usage:');
  });
});

describe('leadnet metrics', () => {
  it('--json prints { network, groups, actors } with the network summary', () => {
    const result = cli('metrics', EXAMPLE, '--json');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.rawStdout) as {
      network: Record<string, unknown>;
      groups: unknown;
      actors: unknown;
    };
    expect(Object.keys(output).sort()).toEqual(['actors', 'groups', 'network']);
    expect(output.network.actors).toBe(example.actors.length);
    expect(output.network.ties).toBe(example.ties.length);
    expect(typeof output.groups).toBe('object');
    expect(typeof output.actors).toBe('object');
  });

  it('--kinds leadership counts leadership ties only', () => {
    const leadership = example.ties.filter((t) => t.kind === 'leadership').length;
    expect(leadership).toBeLessThan(example.ties.length);
    for (const argv of [
      ['metrics', EXAMPLE, '--kinds', 'leadership', '--json'],
      ['metrics', EXAMPLE, '--kinds=leadership', '--json'],
    ]) {
      const result = cli(...argv);
      expect(result.code).toBe(0);
      const { network } = JSON.parse(result.rawStdout) as {
        network: { actors: number; ties: number; tiesByKind: Record<string, number> };
      };
      expect(network.actors).toBe(example.actors.length);
      expect(network.ties).toBe(leadership);
      expect(network.tiesByKind).toEqual({ leadership });
    }
  });

  it('--kinds takes a comma-separated list', () => {
    const kinds = ['support', 'reporting'];
    const result = cli('metrics', EXAMPLE, '--kinds', kinds.join(','), '--json');
    expect(result.code).toBe(0);
    const { network } = JSON.parse(result.rawStdout) as { network: { ties: number } };
    expect(network.ties).toBe(example.ties.filter((t) => kinds.includes(t.kind)).length);
  });

  it('exits 1 on an invalid file with its errors on stderr', () => {
    const result = cli('metrics', badFile, '--json');
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual(BAD_LINES);
  });
});

describe('the real command', () => {
  const leadnet = (...args: string[]) =>
    spawnSync('npm', ['run', '--silent', 'leadnet', '--', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('`npm run --silent leadnet -- validate` exits 0 on the example and 1 on a bad file', () => {
    const good = leadnet('validate', 'public/examples/qic-example.json');
    expect(good.error).toBeUndefined();
    expect(good.status).toBe(0);
    expect(good.stdout.trim().split('\n')).toHaveLength(1);
    expect(good.stdout).toContain(`${example.actors.length} actors`);

    const bad = leadnet('validate', badFile);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toEqual(BAD_LINES);

    const usage = leadnet('frobnicate');
    expect(usage.status).toBe(2);
  }, 60_000);

  it('works from a checkout whose path contains # and % (it must not exit 0 doing nothing)', () => {
    const checkout = mkdtempSync(join(tmpdir(), 'leadnet #1 100% '));
    try {
      cpSync(join(ROOT, 'package.json'), join(checkout, 'package.json'));
      cpSync(join(ROOT, 'src/cli'), join(checkout, 'src/cli'), { recursive: true });
      cpSync(join(ROOT, 'src/core'), join(checkout, 'src/core'), { recursive: true });
      // The range pool the CLI shares with the page, and the API its worker threads expose.
      cpSync(join(ROOT, 'src/services'), join(checkout, 'src/services'), { recursive: true });
      cpSync(join(ROOT, 'workers'), join(checkout, 'workers'), { recursive: true });
      // The engine's texts (src/core/messages reads them from here).
      cpSync(join(ROOT, 'messages'), join(checkout, 'messages'), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
      const missing = spawnSync(
        'npm',
        ['run', '--silent', 'leadnet', '--', 'validate', 'nothing.json'],
        {
          cwd: checkout,
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('nothing.json');
      const good = spawnSync('npm', ['run', '--silent', 'leadnet', '--', 'validate', EXAMPLE], {
        cwd: checkout,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(good.status).toBe(0);
      expect(good.stdout).toContain(`${example.actors.length} actors`);
    } finally {
      rmSync(checkout, { recursive: true, force: true });
    }
  }, 60_000);
});
