// The app's source text (src/, without the generated paraglide output), for tests that check a
// message key or code is used somewhere.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function sourceText(skip: (path: string) => boolean = () => false): string {
  const sources: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join('src', 'paraglide')) walk(path);
      } else if (/\.(ts|svelte)$/.test(entry.name) && !skip(path))
        sources.push(readFileSync(path, 'utf8'));
    }
  };
  walk('src');
  return sources.join('\n');
}
