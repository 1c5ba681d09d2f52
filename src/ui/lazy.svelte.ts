// Parts of the app the first view does not show (What if…?, the measures, the text view, the story,
// projection, the library) load on first use, so the first paint carries only the network, the
// toolbar and the details panel; after the first paint they load in the background, so a click
// finds them ready (and the service worker keeps them offline, as it keeps everything built).
import type { Component } from 'svelte';

export interface Lazy<T> {
  /** The component once loaded; reading it starts the load. */
  readonly component: T | null;
  /** The component once loaded (by `load()` or the prefetch); reading it starts nothing. */
  readonly loaded: T | null;
  /** Starts the load (idempotent); resolves once the component is there. */
  load(): Promise<T>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazy<T extends Component<any>>(importer: () => Promise<{ default: T }>): Lazy<T> {
  let component = $state.raw<T | null>(null);
  let loading: Promise<T> | null = null;
  const load = () =>
    (loading ??= importer().then((module) => {
      component = module.default;
      return module.default;
    }));
  return {
    get component() {
      if (!component) void load();
      return component;
    },
    get loaded() {
      return component;
    },
    load,
  };
}

/** Loads each part when the browser is idle after the first paint. */
export function prefetch(parts: readonly { load(): Promise<unknown> }[]): void {
  const start = () => parts.forEach((part) => void part.load());
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 1000);
}
