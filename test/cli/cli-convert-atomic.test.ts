// `leadnet convert` writes every output file or none (DESIGN §6): each target blocked in turn
// (a folder where a file should go), a rename that fails half-way, a write that fails — the
// folder is left exactly as it was, with no temporary file, and the error is one line, exit 1.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WriteError, type WriteFs, writeAll } from '../../src/cli/write-all';
import { EXAMPLE, ROOT, cli } from '../helpers/cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leadnet-convert-atomic-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every entry under a folder: a file's content, or 'folder' (with what is inside it). */
function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      out[entry.name] = 'folder';
      for (const [inner, value] of Object.entries(snapshot(path)))
        out[`${entry.name}/${inner}`] = value;
    } else out[entry.name] = readFileSync(path, 'utf8');
  }
  return out;
}

const CSV_TARGETS = ['net.csv', 'net.actors.csv', 'net.groups.csv'];

describe('convert to CSV with one of its three targets blocked', () => {
  describe.each([
    ['no earlier output', false],
    ['an earlier output beside it', true],
  ])('%s', (_name, earlier) => {
    it.each(CSV_TARGETS)(
      'when %s is a folder: exit 1, one line, the folder unchanged',
      (blocked) => {
        const out = mkdtempSync(join(dir, 'csv-'));
        mkdirSync(join(out, blocked));
        writeFileSync(join(out, blocked, 'inside.txt'), 'mine');
        if (earlier)
          for (const name of CSV_TARGETS)
            if (name !== blocked) writeFileSync(join(out, name), `earlier ${name}`);
        const before = snapshot(out);

        const result = cli('convert', EXAMPLE, join(out, 'net.csv'));

        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe(
          `cannot write ${join(out, blocked)}: it is a folder; nothing was written`,
        );
        expect(snapshot(out)).toEqual(before);
      },
    );
  });
});

describe('convert to one file', () => {
  it.each(['gexf', 'graphml', 'json'])('refuses an OUT.%s that is a folder', (ending) => {
    const out = mkdtempSync(join(dir, 'one-'));
    const target = join(out, `net.${ending}`);
    mkdirSync(target);
    const result = cli('convert', EXAMPLE, target);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`cannot write ${target}: it is a folder; nothing was written`);
    expect(snapshot(out)).toEqual({ [`net.${ending}`]: 'folder' });
  });

  it('says so in one line when the output folder does not exist', () => {
    const target = join(dir, 'no-such-folder', 'net.gexf');
    const result = cli('convert', EXAMPLE, target);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `cannot write ${target}: there is no folder ${join(dir, 'no-such-folder')}; nothing was written`,
    );
  });
});

describe('the real command prints one line, never a stack trace', () => {
  it('exits 1 with one line on stderr when a CSV target is a folder', () => {
    const out = mkdtempSync(join(dir, 'spawn-'));
    mkdirSync(join(out, 'net.actors.csv'));
    const child = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts')].concat([
        'convert',
        EXAMPLE,
        join(out, 'net.csv'),
      ]),
      { encoding: 'utf8' },
    );
    expect(child.status).toBe(1);
    // The import report comes first (stderr); the failure is the one line after it.
    const lines = child.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(
      `cannot write ${join(out, 'net.actors.csv')}: it is a folder; nothing was written`,
    );
    expect(child.stderr).not.toMatch(/\n\s+at /);
    expect(child.stdout).toBe('');
    expect(readdirSync(out)).toEqual(['net.actors.csv']);
  });
});

/** Node's file system, with the n-th call of one operation failing (1-based). */
function failing(operation: keyof WriteFs, n: number, code = 'EIO'): WriteFs {
  let calls = 0;
  return new Proxy(fs as unknown as WriteFs, {
    get(target, key: keyof WriteFs) {
      const real = target[key] as (...args: unknown[]) => unknown;
      if (key !== operation) return real;
      return (...args: unknown[]) => {
        calls += 1;
        if (calls === n) throw Object.assign(new Error(`${operation} failed`), { code });
        return real(...args);
      };
    },
  });
}

const files = (out: string) => [
  { path: join(out, 'net.csv'), text: 'new ties' },
  { path: join(out, 'net.actors.csv'), text: 'new actors' },
  { path: join(out, 'net.groups.csv'), text: 'new groups' },
];

describe('writeAll when a step fails half-way', () => {
  it.each([1, 2, 3])(
    'rename %i of 3 fails: the earlier targets get their old content back, nothing is left over',
    (n) => {
      const out = mkdtempSync(join(dir, 'rename-'));
      writeFileSync(join(out, 'net.csv'), 'old ties');
      writeFileSync(join(out, 'net.groups.csv'), 'old groups');
      const before = snapshot(out);
      const target = files(out)[n - 1]!.path;
      expect(() => writeAll(files(out), failing('renameSync', n))).toThrow(
        new WriteError(`cannot write ${target} (EIO); nothing was written`),
      );
      expect(snapshot(out)).toEqual(before);
    },
  );

  it.each([1, 2, 3])('writing temporary file %i fails: nothing is left over', (n) => {
    const out = mkdtempSync(join(dir, 'write-'));
    writeFileSync(join(out, 'net.actors.csv'), 'old actors');
    const before = snapshot(out);
    expect(() => writeAll(files(out), failing('writeFileSync', n, 'ENOSPC'))).toThrow(
      /^cannot write .* \(ENOSPC\); nothing was written$/,
    );
    expect(snapshot(out)).toEqual(before);
  });

  it('keeps the old content by a copy where hard links are not allowed', () => {
    const out = mkdtempSync(join(dir, 'copy-'));
    writeFileSync(join(out, 'net.csv'), 'old ties');
    writeFileSync(join(out, 'net.actors.csv'), 'old actors');
    const before = snapshot(out);
    const noLinks = new Proxy(failing('renameSync', 3), {
      get(target, key: keyof WriteFs) {
        if (key === 'linkSync')
          return () => {
            throw Object.assign(new Error('no links here'), { code: 'EPERM' });
          };
        return target[key];
      },
    });
    expect(() => writeAll(files(out), noLinks)).toThrow(WriteError);
    expect(snapshot(out)).toEqual(before);
  });

  it('says which targets it could not put back', () => {
    const out = mkdtempSync(join(dir, 'stuck-'));
    writeFileSync(join(out, 'net.csv'), 'old ties');
    // The third rename fails, and so does putting back the first target.
    let renames = 0;
    const stuck = new Proxy(fs as unknown as WriteFs, {
      get(target, key: keyof WriteFs) {
        if (key !== 'renameSync') return target[key];
        return (from: string, to: string) => {
          renames += 1;
          if (renames >= 3) throw Object.assign(new Error('stuck'), { code: 'EBUSY' });
          fs.renameSync(from, to);
        };
      },
    });
    let message = '';
    try {
      writeAll(files(out), stuck);
    } catch (error) {
      message = (error as WriteError).message;
    }
    const kept = /the earlier file is (.*)\)$/.exec(message)?.[1] ?? '';
    expect(message).toBe(
      `cannot write ${join(out, 'net.groups.csv')} (EBUSY); could not put back ${join(out, 'net.csv')} (the earlier file is ${kept})`,
    );
    // The earlier content is kept where the message says; the second target did not exist
    // before, so it is removed; no temporary file stays.
    expect(readFileSync(kept, 'utf8')).toBe('old ties');
    expect(snapshot(out)).toEqual({ 'net.csv': 'new ties', [basename(kept)]: 'old ties' });
  });

  it('writes every file when nothing fails, and replaces earlier ones', () => {
    const out = mkdtempSync(join(dir, 'ok-'));
    writeFileSync(join(out, 'net.actors.csv'), 'old actors');
    writeAll(files(out));
    expect(snapshot(out)).toEqual({
      'net.csv': 'new ties',
      'net.actors.csv': 'new actors',
      'net.groups.csv': 'new groups',
    });
  });

  it('refuses the same target twice', () => {
    const out = mkdtempSync(join(dir, 'twice-'));
    const target = join(out, 'net.csv');
    expect(() =>
      writeAll([
        { path: target, text: 'a' },
        { path: join(out, '.', 'net.csv'), text: 'b' },
      ]),
    ).toThrow(new WriteError(`cannot write ${target} twice in one command; nothing was written`));
    expect(readdirSync(out)).toEqual([]);
  });
});
