// The constants the builds compile in (scripts/build-flags.ts), as TypeScript sees them.
interface ImportMetaEnv {
  /** The build may load the browser tests' hook (src/ui/graph/test-hook.ts). */
  readonly LEADNET_TEST_HOOK: boolean;
}
