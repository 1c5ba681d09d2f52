// Writing a command's output files all or nothing (DESIGN §6: never a partial output): every
// target is checked, every file written beside its target, and only then renamed into place;
// a failure puts back what was there before and leaves no temporary file behind.
import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The file operations used, so a test can make one of them fail. */
export interface WriteFs {
  lstatSync: (path: string) => nodeFs.Stats;
  writeFileSync: (path: string, text: string, options: { flag: 'wx' }) => void;
  linkSync: (existing: string, path: string) => void;
  copyFileSync: (from: string, to: string, mode: number) => void;
  renameSync: (from: string, to: string) => void;
  rmSync: (path: string, options: { force: true }) => void;
}

/** A one-line reason for the user, never a stack trace. */
export class WriteError extends Error {}

const reason = (error: unknown) =>
  (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));

function sidePath(target: string, ending: string): string {
  const tag = `${process.pid}.${Math.random().toString(36).slice(2)}`;
  return join(dirname(target), `.${basename(target)}.${tag}.${ending}`);
}

/** Why a target cannot be replaced by a file, or undefined when it can. */
function blocked(fs: WriteFs, target: string): string | undefined {
  let stats: nodeFs.Stats;
  try {
    stats = fs.lstatSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return `(${reason(error)})`;
    try {
      if (fs.lstatSync(dirname(target)).isDirectory()) return undefined;
    } catch {
      // no such folder: said below
    }
    return `: there is no folder ${dirname(target)}`;
  }
  if (stats.isDirectory()) return ': it is a folder';
  if (!stats.isFile() && !stats.isSymbolicLink()) return ': it is not a regular file';
  return undefined;
}

/**
 * Refuses, before anything is written, targets that cannot be replaced by a file: a folder,
 * something other than a file, a target in a folder that does not exist, one named twice. A
 * command calls it before its work, so it fails at once; writeAll calls it again.
 */
export function checkTargets(paths: readonly string[], fs: WriteFs = nodeFs): void {
  const seen = new Set<string>();
  for (const path of paths) {
    const key = resolve(path);
    if (seen.has(key))
      throw new WriteError(`cannot write ${path} twice in one command; nothing was written`);
    seen.add(key);
    const why = blocked(fs, path);
    if (why !== undefined)
      throw new WriteError(
        `cannot write ${path}${why.startsWith('(') ? ' ' : ''}${why}; nothing was written`,
      );
  }
}

/**
 * Writes every file or none. Each target is checked first; each file goes to a temporary file
 * beside its target; an existing target is kept as a backup (a hard link, or a copy where links
 * are not allowed) until all renames succeeded. If one fails, the targets renamed so far get
 * their old content back (or are removed if they did not exist), and every temporary file and
 * backup is removed. Throws a WriteError whose message is one line.
 */
export function writeAll(
  files: readonly { path: string; text: string }[],
  fs: WriteFs = nodeFs,
): void {
  checkTargets(
    files.map((f) => f.path),
    fs,
  );
  const temps: string[] = [];
  const backups: (string | undefined)[] = [];
  /** Targets already renamed into place. */
  let placed = 0;
  let at = files[0]?.path ?? 'the output';
  try {
    for (const file of files) {
      at = file.path;
      const temp = sidePath(file.path, 'tmp');
      temps.push(temp);
      fs.writeFileSync(temp, file.text, { flag: 'wx' });
    }
    for (const file of files) {
      at = file.path;
      let backup: string | undefined;
      if (exists(fs, file.path)) {
        backup = sidePath(file.path, 'bak');
        try {
          fs.linkSync(file.path, backup);
        } catch {
          fs.copyFileSync(file.path, backup, nodeFs.constants.COPYFILE_EXCL);
        }
      }
      backups.push(backup);
      fs.renameSync(temps[placed]!, file.path);
      placed += 1;
    }
  } catch (error) {
    const stuck = rollBack(fs, files, backups, placed);
    for (const temp of temps) quietly(() => fs.rmSync(temp, { force: true }));
    for (const backup of backups)
      if (backup !== undefined && !stuck.some((s) => s.backup === backup))
        quietly(() => fs.rmSync(backup, { force: true }));
    const undone =
      stuck.length === 0
        ? 'nothing was written'
        : `could not put back ${stuck.map((s) => `${s.target} (the earlier file is ${s.backup ?? 'gone'})`).join(', ')}`;
    throw new WriteError(`cannot write ${at} (${reason(error)}); ${undone}`);
  }
  for (const backup of backups)
    if (backup !== undefined) quietly(() => fs.rmSync(backup, { force: true }));
}

function exists(fs: WriteFs, path: string): boolean {
  try {
    fs.lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Puts back the targets renamed so far; returns those it could not, with their backup. */
function rollBack(
  fs: WriteFs,
  files: readonly { path: string }[],
  backups: readonly (string | undefined)[],
  placed: number,
): { target: string; backup: string | undefined }[] {
  const stuck: { target: string; backup: string | undefined }[] = [];
  for (let i = placed - 1; i >= 0; i -= 1) {
    const target = files[i]!.path;
    const backup = backups[i];
    try {
      if (backup === undefined) fs.rmSync(target, { force: true });
      else fs.renameSync(backup, target);
    } catch {
      stuck.push({ target, backup });
    }
  }
  return stuck;
}

function quietly(action: () => void): void {
  try {
    action();
  } catch {
    // a leftover we cannot remove is not worth hiding the real error
  }
}
