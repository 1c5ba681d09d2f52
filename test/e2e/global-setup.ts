// Serves the production build with `vite preview` for the browser tests, on a free port.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChromium } from './browser';

function freePort(): Promise<number> {
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

export default async function setup(): Promise<() => Promise<void>> {
  findChromium(); // fail at once, with the install command, when there is no browser
  // LEADNET_E2E_DIST serves another build folder (parallel work on one checkout).
  const dist = process.env.LEADNET_E2E_DIST ?? 'dist';
  if (!existsSync(`${dist}/index.html`))
    throw new Error(
      `No production build in ${dist}/: run \`npm run build\` first (npm run test:e2e does).`,
    );
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
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForServer(url, child, 20_000);
  } catch (error) {
    child.kill();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  process.env.LEADNET_E2E_URL = url;
  return async () => {
    child.kill();
  };
}
