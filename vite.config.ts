// The app's build: Svelte, the strict Content-Security-Policy (a <meta> in the production build,
// a header from `vite preview`), the offline service worker (vite-plugin-pwa, generated locally:
// nothing from a CDN), and the hand-out shell (vite.handout.config.ts) built alongside as
// handout-shell.html, which the Export menu fills with a network.
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { BUILD_DEFINES } from './scripts/build-flags';
import { appCspPlugin, appHeaderPolicy } from './scripts/csp';
import { buildHandoutShell } from './vite.handout.config';

/** Emits the single-file hand-out shell next to the app (so it is precached too). */
function handoutShell(): Plugin {
  let shell: Promise<string>;
  return {
    name: 'leadnet:handout-shell',
    apply: 'build',
    buildStart() {
      shell = buildHandoutShell();
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'handout-shell.html', source: await shell });
    },
  };
}

export default defineConfig({
  define: BUILD_DEFINES,
  plugins: [
    svelte(),
    appCspPlugin(),
    handoutShell(),
    VitePWA({
      // Never 'autoUpdate': it reloads open tabs. The app asks first (src/ui/share/UpdatePrompt).
      registerType: 'prompt',
      // Registered from src/share/pwa.ts; no inline registration script (the CSP forbids one).
      injectRegister: false,
      manifest: {
        name: 'Leadnet',
        short_name: 'Leadnet',
        description:
          'See and test leadership in health-care quality improvement collaboratives. Your networks stay in this browser.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#1f3a4d',
        background_color: '#ffffff',
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything built, the worker chunks, the hand-out shell and the model's ODD included (the icons and the
        // manifest are added by the plugin itself).
        globPatterns: ['**/*.{js,css,html,json,md}'],
        // The hand-out shell holds the whole app and its workers: a few MB.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/handout-shell\.html$/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        // Each language's messages under a name of its own (src/ui/message-tables.ts loads the one
        // in use): scripts/first-load.ts counts the larger one in the first load. The engine's
        // texts of each language (loaded after the first view) as engine-texts-<language>.
        chunkFileNames: (chunk) =>
          /[\\/]paraglide[\\/]messages[\\/](\w+)\.js$/.test(chunk.facadeModuleId ?? '')
            ? 'assets/messages-[name]-[hash].js'
            : /[\\/]paraglide[\\/]engine[\\/]messages[\\/](\w+)\.js$/.test(
                  chunk.facadeModuleId ?? '',
                )
              ? 'assets/engine-texts-[name]-[hash].js'
              : 'assets/[name]-[hash].js',
      },
    },
  },
  // frame-ancestors works only as a header; the <meta> carries the rest as well.
  preview: {
    port: 4173,
    strictPort: false,
    headers: { 'Content-Security-Policy': appHeaderPolicy() },
  },
});
