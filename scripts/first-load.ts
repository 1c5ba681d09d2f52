// The first load: the bytes a browser fetches before the network shows — the entry script, the
// scripts it preloads and the style sheets that index.html names — gzipped, as a server would
// send them. `npm run build` prints it; test/e2e/bundle-budget.spec.ts holds it to the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  files: { name: string; gzip: number }[];
  gzip: number;
}

export function firstLoad(dist = 'dist'): FirstLoad {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const names = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="\/([^"]+)"/g),
  ].map((match) => match[1]!);
  const files = [...new Set(names)].map((name) => ({
    name,
    gzip: gzipSync(readFileSync(join(dist, name)), { level: 9 }).length,
  }));
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { files, gzip } = firstLoad(process.argv[2]);
  console.log(
    `first load: ${(gzip / 1024).toFixed(1)} KB gzipped in ${files.length} files (entry, preloads, styles)`,
  );
}
