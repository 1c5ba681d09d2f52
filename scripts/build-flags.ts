// Constants the app's builds (vite.config.ts, vite.handout.config.ts) compile in.
// LEADNET_TEST_HOOK: whether GraphView may load the browser tests' hook (src/ui/graph/test-hook.ts,
// and then only under automation). On unless the environment says `LEADNET_TEST_HOOK=0`: the
// browser tests run against `npm run build`'s output. CONTRIBUTING "The test hook".
export const BUILD_DEFINES = {
  'import.meta.env.LEADNET_TEST_HOOK': JSON.stringify(process.env.LEADNET_TEST_HOOK !== '0'),
};
