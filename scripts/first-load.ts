// The first load: the bytes a browser fetches before the network shows — the entry script, the
// scripts it preloads and the style sheets that index.html names, and one language's messages
// (the entry awaits them: src/ui/message-tables.ts; the larger language is counted) — gzipped, as
// a server would send them. `npm run build` prints it; test/e2e/bundle-budget.spec.ts holds it
// to the budget.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  files: { name: string; gzip: number }[];
  gzip: number;
}

/** The UI's languages (project.inlang): each compiles to a chunk messages-<language>-<hash>.js. */
export const LANGUAGES: readonly string[] = (
  JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as { locales: string[] }
).locales;

/** A language's messages chunk (not an area's messages.ts, which may be named messages-<hash>). */
export const LANGUAGE_CHUNK = new RegExp(
  `^(?:assets/)?messages-(?:${LANGUAGES.join('|')})-[\\w-]+\\.js$`,
);

export function firstLoad(dist = 'dist'): FirstLoad {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const names = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="\/([^"]+)"/g),
  ].map((match) => match[1]!);
  const gzipped = (name: string) => ({
    name,
    gzip: gzipSync(readFileSync(join(dist, name)), { level: 9 }).length,
  });
  const files = [...new Set(names)].map(gzipped);
  const languages = readdirSync(join(dist, 'assets'))
    .filter((name) => LANGUAGE_CHUNK.test(name))
    .map((name) => gzipped(`assets/${name}`))
    .sort((a, b) => b.gzip - a.gzip);
  if (languages.length < 2)
    throw new Error('first load: no messages-<language> chunks in the build');
  files.push(languages[0]!);
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { files, gzip } = firstLoad(process.argv[2]);
  console.log(
    `first load: ${(gzip / 1024).toFixed(1)} KB gzipped in ${files.length} files (entry, preloads, styles)`,
  );
}
