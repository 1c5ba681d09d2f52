// A new version of the app waiting in the service worker, as the update prompt sees it. main.ts
// hands the switch-over here; the prompt shows it and runs it only when the user says Reload.
export const pendingUpdate = $state<{ apply: (() => Promise<void>) | null }>({ apply: null });

export function offerUpdate(apply: () => Promise<void>): void {
  pendingUpdate.apply = apply;
}
