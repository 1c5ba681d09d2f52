// `leadnet sensitivity` and `sensitivity merge` (DESIGN §5.7, §6): the same numbers as the engine
// the app runs, shards merged into the unsharded run's very bytes, parts of different runs and bad
// input refused, and the README's GNU parallel example run as written.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, ROOT, cli, example } from '../helpers/cli';
import { run } from '../../src/cli/main';
import { sensitivity } from '../../src/core/sensitivity/run';
import { sensitivityJsonText } from '../../src/core/sensitivity/output';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leadnet-cli-sensitivity-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RUN = [
  'sensitivity',
  EXAMPLE,
  '--scenario',
  'support-removed',
  '--scenario',
  'coordinator-leaves',
  '--parameters',
  'alpha,chi0=0.02:0.05,tauX',
  '--trajectories',
  '3',
  '--runs',
  '4',
  '--seed',
  '5',
];

/** Runs shards 1…n of a command and writes each part to a file; returns the files. */
function shards(args: string[], n: number, prefix: string): string[] {
  return Array.from({ length: n }, (_, i) => {
    const { code, stdout, stderr } = cli(...args, '--shard', `${i + 1}/${n}`);
    expect(code, stderr).toBe(0);
    const file = join(dir, `${prefix}-${i + 1}.json`);
    writeFileSync(file, stdout);
    return file;
  });
}

describe('leadnet sensitivity', () => {
  it('prints the engine’s result: what the numbers are, the measures, the design, the provenance', () => {
    const { code, stdout } = cli(...RUN);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.about).toMatch(/every number is simulated by an illustrative model/);
    expect(Object.keys(json.results)).toEqual(['support-removed', 'coordinator-leaves']);
    expect(Object.keys(json.results['support-removed'].parameters)).toEqual([
      'alpha',
      'chi0',
      'tauX',
    ]);
    expect(json.factors[1]).toEqual({
      name: 'chi0',
      range: [0.02, 0.05],
      scale: 'linear',
      integer: false,
    });
    expect(json.matrix).toHaveLength(3 * 4 + 1);
    expect(json.provenance.sensitivity.targets).toEqual(['support-removed', 'coordinator-leaves']);
    // The same numbers as the engine the app's workers run, for the same seed.
    const engine = sensitivity({
      doc: example,
      scenarios: ['support-removed', 'coordinator-leaves'],
      parameters: ['alpha', { name: 'chi0', range: [0.02, 0.05] }, 'tauX'],
      trajectories: 3,
      runs: 4,
      seed: 5,
    });
    expect(stdout).toBe(sensitivityJsonText(engine));
  });

  it('--csv: one row per scenario and parameter, most influential first, under the provenance', () => {
    const { code, stdout } = cli(...RUN, '--csv');
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toMatch(/^# Leadnet sensitivity analysis: every number is simulated/);
    expect(lines.some((l) => l.startsWith('# robustness of support-removed (JSON): {'))).toBe(true);
    const header = lines.findIndex((l) => l.startsWith('target,'));
    expect(lines[header]).toBe(
      'target,parameter,rank,mu,mu_lower,mu_upper,mu_star,mu_star_lower,mu_star_upper,sigma,sigma_lower,sigma_upper,noise,above_noise',
    );
    const rows = lines.slice(header + 1).map((l) => l.split(','));
    expect(rows).toHaveLength(6);
    const json = JSON.parse(cli(...RUN).stdout);
    const removed = rows.filter((r) => r[0] === 'support-removed');
    expect(removed.map((r) => r[1])).toEqual(json.results['support-removed'].ranking);
    expect(removed.map((r) => Number(r[6]))).toEqual(
      json.results['support-removed'].ranking.map(
        (name: string) => json.results['support-removed'].parameters[name].muStar,
      ),
    );
  });

  it('--shard i/n and merge: byte for byte the unsharded run, parts in any order, JSON and CSV', () => {
    const whole = cli(...RUN).stdout;
    for (const n of [1, 3, 20]) {
      const files = shards(RUN, n, `s${n}`);
      const merged = cli('sensitivity', 'merge', ...[...files].reverse());
      expect(merged.code, merged.stderr).toBe(0);
      expect(merged.stdout, `${n} shards`).toBe(whole);
    }
    const files = shards(RUN, 3, 'csv');
    expect(cli('sensitivity', 'merge', '--csv', ...files).stdout).toBe(cli(...RUN, '--csv').stdout);
    // A Sobol run too.
    const sobol = [
      'sensitivity',
      EXAMPLE,
      '--scenario',
      'support-removed',
      '--method',
      'sobol',
      '--parameters',
      'alpha,tauX',
      '--samples',
      '8',
      '--runs',
      '3',
    ];
    expect(cli('sensitivity', 'merge', ...shards(sobol, 4, 'sobol')).stdout).toBe(
      cli(...sobol).stdout,
    );
  });

  it('--threads N: worker threads give the bytes of one thread, a whole run and a shard alike', async () => {
    const onThreads = async (...argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
      expect(code, err.join('\n')).toBe(0);
      expect(err.join('\n')).not.toMatch(/one thread/); // the threads ran, no fallback
      return out.join('\n');
    };
    const one = cli(...RUN, '--threads', '1').stdout;
    expect(one).toBe(cli(...RUN).stdout);
    expect(await onThreads(...RUN, '--threads', '2')).toBe(one);
    expect(await onThreads(...RUN, '--threads', '3', '--shard', '2/3')).toBe(
      cli(...RUN, '--shard', '2/3').stdout,
    );
    const zero = cli(...RUN, '--threads', '0');
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/--threads takes a whole number of at least 1/);
  }, 60_000);

  it('refuses parts of different runs, a shard missing or twice, and files that are no parts', () => {
    const a = shards(RUN, 2, 'a');
    const b = shards(
      RUN.map((x, i) => (RUN[i - 1] === '--seed' ? '6' : x)),
      2,
      'b',
    );
    const other = cli('sensitivity', 'merge', a[0]!, b[1]!);
    expect(other.code).toBe(1);
    expect(other.stdout).toBe('');
    expect(other.stderr).toBe(
      `${b[1]}: a part of another run than ${a[0]}: their provenance differs at provenance.seed`,
    );
    const c = shards([...RUN, '--week', '40'], 2, 'c');
    expect(cli('sensitivity', 'merge', a[0]!, c[1]!).stderr).toMatch(
      /their provenance differs at provenance\.weeks$/,
    );
    const three = shards(RUN, 3, 'three');
    expect(cli('sensitivity', 'merge', a[0]!, three[1]!).stderr).toBe(
      `${three[1]}: a part of a run in 3 shards, ${a[0]} of one in 2`,
    );
    const missing = cli('sensitivity', 'merge', three[0]!, three[2]!);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('shard 2 of 3 is missing');
    expect(cli('sensitivity', 'merge', a[0]!, a[0]!, a[1]!).stderr).toBe(
      `shard 1 of 2 is given twice: ${a[0]} and ${a[0]}`,
    );
    const notPart = join(dir, 'result.json');
    writeFileSync(notPart, cli(...RUN).stdout);
    expect(cli('sensitivity', 'merge', notPart).stderr).toMatch(
      /result\.json: not a part of a sensitivity run \(written by leadnet sensitivity … --shard i\/n\)$/,
    );
    const cut = join(dir, 'cut.json');
    const part = JSON.parse(readFileSync(a[0]!, 'utf8'));
    part.values['support-removed'].pop();
    writeFileSync(cut, JSON.stringify(part));
    expect(cli('sensitivity', 'merge', cut, a[1]!).stderr).toMatch(
      /cut\.json: a part of a sensitivity run whose slice or outputs are incomplete or changed$/,
    );
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"about": ');
    expect(cli('sensitivity', 'merge', broken)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/broken\.json: not a part of a sensitivity run \(not JSON: /),
    });
    expect(cli('sensitivity', 'merge').code).toBe(2);
  });

  it('refuses a malformed --shard (exit 2) and parameters it cannot vary (exit 1), saying where', () => {
    for (const shard of ['0/3', '4/3', '1/0', 'a/b', '2', '1/2/3', '-1/2', ' 1/2']) {
      const r = cli(...RUN, '--shard', shard);
      expect(r.code, shard).toBe(2);
      expect(r.stderr, shard).toContain(
        `--shard "${shard}": give i/n, whole numbers with 1 ≤ i ≤ n`,
      );
    }
    const base = ['sensitivity', EXAMPLE, '--scenario', 'support-removed', '--runs', '2'];
    expect(cli(...base, '--parameters', 'alpha,supportGatesAll')).toMatchObject({
      code: 1,
      stderr:
        'parameters[1]: supportGatesAll has no documented range to vary over: it is a switch or the horizon, a choice of the run (compare its settings in What if…? instead)',
    });
    expect(cli(...base, '--parameters', 'alpha=0.1:1.5')).toMatchObject({
      code: 1,
      stderr:
        'parameters[0].range: the range of alpha, [0.1, 1.5], goes outside its hard bounds [0, 1]',
    });
    expect(cli(...base, '--parameters', 'alpha=0.1')).toMatchObject({ code: 2 });
    expect(cli(...base, '--method', 'anova')).toMatchObject({
      code: 1,
      stderr: 'method: "anova" is not a method: morris or sobol',
    });
    expect(cli(...base, '--team', 'team-nope').code).toBe(1);
    expect(cli(...base, '--shard', '1/2', '--csv').code).toBe(2);
  });
});

describe('re-running a design point', () => {
  it('simulate --set with the point’s values, seed and runs gives the point’s mean and se', () => {
    const json = JSON.parse(cli(...RUN).stdout);
    const names: string[] = json.factors.map((f: { name: string }) => f.name);
    const j = 5;
    const sets = names.flatMap((name, i) => ['--set', `${name}=${json.matrix[j][i]}`]);
    const args = ['simulate', EXAMPLE, '--scenario', 'support-removed', '--runs', '4'];
    const point = cli(...args, '--seed', '5', ...sets);
    expect(point.code, point.stderr).toBe(0);
    const run = JSON.parse(point.stdout);
    const difference = run.scenarios['support-removed'].difference.overall;
    const target = json.results['support-removed'].points;
    expect(difference.mean[52]).toBe(target.mean[j]);
    expect(difference.se[52]).toBe(target.se[j]);
    expect(Object.keys(run.provenance.set)).toEqual(names);
    // --replay runs the point again from its provenance, to the byte.
    const file = join(dir, 'point.json');
    writeFileSync(file, point.stdout);
    expect(cli('simulate', EXAMPLE, '--replay', file).stdout).toBe(point.stdout);
    expect(cli(...args, '--set', 'alpha').code).toBe(2);
    expect(cli(...args, '--set', 'alpha=2')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^set\.alpha: /),
    });
  });
});

describe('the README’s GNU parallel sweep', () => {
  it('runs as written and gives the bytes of the unsharded run', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- sweep-example -->\s*```sh\n([\s\S]*?)```\s*<!-- \/sweep-example -->/.exec(
      readme,
    );
    expect(block, 'the README has the sweep example').not.toBeNull();
    const script = block![1]!;
    expect(script).toMatch(/^parallel '/m);
    const out = join(ROOT, 'sweep-example');
    rmSync(out, { recursive: true, force: true });
    try {
      // No fallback: CI installs GNU parallel (.ci/run); without it this fails, it is not skipped.
      execFileSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: ROOT, stdio: 'pipe' });
      expect(readdirSync(out).sort()).toEqual([
        'part-1.json',
        'part-2.json',
        'part-3.json',
        'part-4.json',
        'result.json',
      ]);
      // The same settings in one unsharded run, read off the example's command line.
      const command = /leadnet -- (sensitivity .*?) --shard/.exec(script)![1]!;
      const args = command.split(' ').map((a) => (a.endsWith('.json') ? join(ROOT, a) : a));
      expect(readFileSync(join(out, 'result.json'), 'utf8')).toBe(`${cli(...args).stdout}\n`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    // A guard against a hang, not a speed limit: five Node processes start on a shared machine.
  }, 180_000);
});
