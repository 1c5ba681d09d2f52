// Serves a production build with `vite preview` on a free port of 127.0.0.1: the browser tests'
// global setup and the browser bench both start it here.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export interface PreviewServer {
  /** Where the build answers, ending in `/`. */
  url: string;
  stop(): void;
}

/** A port that was free a moment ago (the server is started with --strictPort on it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Starts `vite preview` over the build in `dist` and resolves once it answers; fails with the
 * server's own output when it does not start, and names `npm run build` when there is no build.
 */
export async function startPreview(dist = 'dist', timeoutMs = 20_000): Promise<PreviewServer> {
  if (!existsSync(`${dist}/index.html`))
    throw new Error(`No production build in ${dist}/: run \`npm run build\` first.`);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      dist,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForServer(url, child, timeoutMs);
  } catch (error) {
    child.kill();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return { url, stop: () => child.kill() };
}
