// Offline use: registers the service worker that vite-plugin-pwa generates (precaching the whole
// build). A new version is never forced on an open tab: `onUpdate` is told, and the page reloads
// only when the user says so (after the autosave is flushed).
/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

export interface OfflineHooks {
  /** A new version is waiting; call `apply` to switch to it (the page then reloads). */
  onUpdate: (apply: () => Promise<void>) => void;
}

export function registerOffline(hooks: OfflineHooks): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh: () => hooks.onUpdate(() => update(true)),
    onRegisterError: (error) => console.warn('Leadnet could not set up offline use:', error),
  });
}
