// The hand-out shell: the whole app as one HTML file (vite-plugin-singlefile) that opens from
// file:// — a USB stick, an e-mail attachment — with nothing fetched. The Export menu fills it
// with a network in the browser; `npm run build` builds it into dist/handout-shell.html.
//
// STACK.md's trap: file:// refuses module workers started from blob: URLs, and
// `new Worker(new URL(…))` is not inlined. So the workers (imported with `?worker`) are
// rewritten to `?worker&inline` here and bundled as classic scripts (`worker.format: 'iife'`).
// The file gets a CSP of its own, with the hashes of its inline script and styles.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { type InlineConfig, type Plugin, type UserConfig, build, defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { BUILD_DEFINES } from './scripts/build-flags';
import { withHandoutPolicy } from './scripts/csp';

const NO_PWA = '\0leadnet:no-pwa';
/** The hand-out's page: its own entry, src/share/handout-main.ts. */
const PAGE = 'handout.html';

/** `?worker` imports become inline workers: the hand-out has no files next to it. */
function inlineWorkers(): Plugin {
  return {
    name: 'leadnet:inline-workers',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source === 'virtual:pwa-register') return NO_PWA;
      if (!source.endsWith('?worker')) return null;
      return this.resolve(`${source}&inline`, importer, { skipSelf: true });
    },
    load(id) {
      // A file opened from disk has no service worker: registering one does nothing.
      if (id === NO_PWA) return 'export function registerSW() { return async () => {}; }';
      return null;
    },
  };
}

/** The icon inline (a file:// page cannot load /favicon.svg), and the hand-out's CSP. */
function handoutHtml(): Plugin {
  const icon = readFileSync(new URL('./public/favicon.svg', import.meta.url), 'utf8');
  const iconHref = `data:image/svg+xml,${encodeURIComponent(icon)}`;
  return {
    name: 'leadnet:handout-html',
    enforce: 'post',
    transformIndexHtml: (html) =>
      html
        .replace(/<link rel="icon"[^>]*>/, `<link rel="icon" href="${iconHref}" />`)
        .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, ''),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle[PAGE];
        if (page?.type !== 'asset') throw new Error('the hand-out build made no handout.html');
        page.source = withHandoutPolicy(String(page.source));
      },
    },
  };
}

const config: UserConfig = {
  define: BUILD_DEFINES,
  plugins: [inlineWorkers(), svelte(), viteSingleFile(), handoutHtml()],
  // public/ (examples, schema, icons) is not part of a hand-out.
  publicDir: false,
  worker: { format: 'iife' },
  build: {
    target: 'es2022',
    outDir: '.tmp/handout-shell',
    emptyOutDir: true,
    reportCompressedSize: false,
    rolldownOptions: { input: PAGE },
  },
  logLevel: 'warn',
};

export default defineConfig(config);

/** Builds the shell in memory and returns its HTML (the app's build emits it as an asset). */
export async function buildHandoutShell(): Promise<string> {
  const inline: InlineConfig = {
    ...config,
    configFile: false,
    build: { ...config.build, write: false },
  };
  const output = await build(inline);
  const outputs = Array.isArray(output) ? output : [output];
  for (const out of outputs) {
    if (!('output' in out)) continue;
    const page = out.output.find((file) => file.fileName === PAGE);
    if (page?.type === 'asset') return String(page.source);
  }
  throw new Error('the hand-out build made no handout.html');
}
