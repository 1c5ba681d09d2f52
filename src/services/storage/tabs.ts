// Tabs of the same browser agreeing on who edits which network: a Web Lock per open network
// (held by the tab that edits it, released when the tab closes), and a BroadcastChannel for
// notices (saved, the library list changed, "let me edit here").
import type { StorageReason } from '../messages';

/** Held while this tab edits a network; released when it switches, hands over or closes. */
export interface DocumentLock {
  release(): void;
}

export type TabMessage =
  /** The editing tab saved this network: read-only tabs reload it, lists refresh. */
  | { type: 'saved'; id: string; updated: number }
  /** An entry was added, renamed or deleted. */
  | { type: 'library-changed' }
  /** A read-only tab asks the editing tab to save and let go of this network. */
  | { type: 'release-request'; id: string; from: string }
  /** The editing tab could not save its changes, so it keeps the network. */
  | { type: 'release-refused'; id: string; to: string; reason: StorageReason };

export interface TabCoordinator {
  /** This tab's own id in messages. */
  readonly tabId: string;
  /**
   * Takes the lock of a network: at once if free, else waits up to `waitMs` (0: not at all).
   * Null when another tab keeps it.
   */
  acquire(id: string, waitMs: number): Promise<DocumentLock | null>;
  post(message: TabMessage): void;
  onMessage(listener: (message: TabMessage) => void): void;
}

const lockName = (id: string) => `leadnet:doc:${id}`;

function newTabId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;
}

/** The browser's Web Locks and BroadcastChannel; without them, a tab that never waits. */
export function browserTabs(): TabCoordinator {
  const locks = globalThis.navigator?.locks;
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel('leadnet') : undefined;
  const tabId = newTabId();
  const listeners: ((message: TabMessage) => void)[] = [];
  channel?.addEventListener('message', (event: MessageEvent<TabMessage>) => {
    for (const listener of listeners) listener(event.data);
  });
  return {
    tabId,
    acquire(id, waitMs) {
      if (!locks) return Promise.resolve({ release() {} });
      return new Promise((resolve) => {
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        const options: LockOptions =
          waitMs > 0 ? { signal: AbortSignal.timeout(waitMs) } : { ifAvailable: true };
        locks
          .request(lockName(id), options, (lock) => {
            if (!lock) return resolve(null);
            resolve({ release });
            return held; // the lock is kept until release() settles this
          })
          .catch(() => resolve(null)); // the wait timed out
      });
    },
    post(message) {
      channel?.postMessage(message);
    },
    onMessage(listener) {
      listeners.push(listener);
    },
  };
}

/**
 * Several "tabs" in one process sharing locks and a channel: for the unit tests of the
 * hand-over between two tabs. Messages arrive asynchronously and never at their sender.
 */
export class MemoryTabHub {
  readonly #holders = new Map<string, string>();
  readonly #waiters = new Map<string, (() => void)[]>();
  readonly #tabs: { tabId: string; listeners: ((message: TabMessage) => void)[] }[] = [];

  tab(): TabCoordinator {
    const tab = { tabId: newTabId(), listeners: [] as ((message: TabMessage) => void)[] };
    this.#tabs.push(tab);
    return {
      tabId: tab.tabId,
      acquire: (id, waitMs) => this.#acquire(tab.tabId, id, waitMs),
      post: (message) => {
        for (const other of this.#tabs)
          if (other !== tab)
            for (const listener of other.listeners) queueMicrotask(() => listener(message));
      },
      onMessage: (listener) => tab.listeners.push(listener),
    };
  }

  #acquire(tabId: string, id: string, waitMs: number): Promise<DocumentLock | null> {
    const grant = (): DocumentLock => {
      this.#holders.set(id, tabId);
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          this.#holders.delete(id);
          this.#waiters.get(id)?.shift()?.();
        },
      };
    };
    if (!this.#holders.has(id)) return Promise.resolve(grant());
    if (waitMs <= 0) return Promise.resolve(null);
    return new Promise((resolve) => {
      const waiter = () => {
        clearTimeout(timer);
        resolve(grant());
      };
      const timer = setTimeout(() => {
        const queue = this.#waiters.get(id) ?? [];
        queue.splice(queue.indexOf(waiter), 1);
        resolve(null);
      }, waitMs);
      this.#waiters.set(id, [...(this.#waiters.get(id) ?? []), waiter]);
    });
  }
}
