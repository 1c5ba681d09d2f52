// The CLI holds every file to the limits the app does (src/core/limits.ts): a GEXF or GraphML
// whose `leadnet` carrier nests 10,000 deep, a Leadnet JSON of 60,000 actors, over 50 MB or
// nested 10,000 deep, and a scenario file nested 10,000 deep are each refused in one line,
// exit 1, nothing written, never a stack trace. Every input is generated here.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import { exportNetwork } from '../../src/core/formats';
import { LIMITS } from '../../src/core/limits';
import { EXAMPLE, cli } from '../helpers/cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leadnet-limits-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A refusal: exit 1, one line on stderr, nothing on stdout. */
function refused(result: ReturnType<typeof cli>, line: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(line);
  expect(result.stderr).not.toMatch(/RangeError|at \w+ \(|Unserializable/);
}

describe('a carrier nested 10,000 deep', () => {
  it.each(['gexf', 'graphml'] as const)(
    'convert refuses a %s whose carrier nests 10,000 deep, writing nothing',
    (format) => {
      const doc = { ...createExampleDocument(), deep: 'PLACEHOLDER' } as never;
      const text = exportNetwork(doc, format).files[0]!.text.replace(
        '&quot;PLACEHOLDER&quot;',
        deep(10_000),
      );
      const input = write(`deep.${format}`, text);
      for (const to of ['json', 'gexf', 'graphml', 'csv']) {
        const out = join(dir, `out-${format}.${to}`);
        refused(
          cli('convert', input, out),
          /deep\.(gexf|graphml): its leadnet attribute \(Leadnet's own data, in JSON\) is nested more than 100 levels deep/,
        );
        expect(existsSync(out)).toBe(false);
      }
    },
  );
});

describe('Leadnet JSON over the limits, through validate, metrics, simulate and convert', () => {
  it('60,000 actors are refused by every command, in the words convert uses', () => {
    const doc = createSyntheticNetwork({ actors: 60_000, tiesPerActor: 0.1, seed: 3 });
    const file = write('big.json', JSON.stringify(doc));
    const line =
      /big\.json: more than 50000 actors \(nodes\); Leadnet reads networks up to that size$/;
    for (const argv of [
      ['validate', file],
      ['metrics', file],
      ['simulate', file, '--runs', '1'],
      ['convert', file, join(dir, 'big.gexf')],
    ])
      refused(cli(...argv), line);
    expect(existsSync(join(dir, 'big.gexf'))).toBe(false);
  });

  it('a file over 50 MB is refused by validate as by convert, saying the limit', () => {
    const file = write(
      'huge.json',
      `{"format":"leadnet-network","version":1,"actors":[],"ties":[],"x":"${'a'.repeat(LIMITS.bytes)}"}`,
    );
    const line = /huge\.json: the file is 50 MB; Leadnet reads files up to 50 MB$/;
    refused(cli('validate', file), line);
    refused(cli('convert', file, join(dir, 'huge.gexf')), line);
  });

  it('JSON nested 10,000 deep is refused by validate as by convert, at its line and column', () => {
    const file = write(
      'deep.json',
      `{"format":"leadnet-network","version":1,"actors":[],"ties":[],"x":${deep(10_000)}}`,
    );
    const line = /deep\.json line 1, column \d+: nested more than 100 levels deep/;
    refused(cli('validate', file), line);
    refused(cli('convert', file, join(dir, 'deep.gexf')), line);
  });

  it('a scenario file nested 10,000 deep is refused in one line', () => {
    const scenario = write('scenario.json', `{"id":"s","x":${deep(10_000)}}`);
    refused(
      cli('simulate', EXAMPLE, '--scenario', scenario, '--runs', '1'),
      /scenario\.json line 1, column \d+: nested more than 100 levels deep/,
    );
  });
});
