// Tab hand-over: what this tab does with the other tabs' notices (a save reloads a read-only
// copy, a changed list is read again, a request to let go is answered), and "Edit here
// instead", which asks the editing tab to save and let go, then takes the network over.
import { type StorageReason, say } from '../../messages';
import type { TabMessage } from '../tabs';
import type { Autosave } from './autosave';
import type { Catalogue } from './catalogue';
import type { LibrarySession } from './session';

/** What the hand-over needs of the autosave: to save now before it lets go, or say why not. */
export type HandOverSave = Pick<Autosave, 'cancel' | 'writeNow' | 'whyNotSaved'>;

export class TabHandover {
  readonly #s: LibrarySession;
  readonly #autosave: HandOverSave;
  readonly #catalogue: Pick<Catalogue, 'refreshList'>;
  /** While "Edit here instead" waits: hears the editing tab's refusal. */
  #refusalListener: ((message: TabMessage) => void) | null = null;

  constructor(
    session: LibrarySession,
    autosave: HandOverSave,
    catalogue: Pick<Catalogue, 'refreshList'>,
  ) {
    this.#s = session;
    this.#autosave = autosave;
    this.#catalogue = catalogue;
    session.o.tabs.onMessage((message) => void this.#onMessage(message));
  }

  /**
   * "Edit here instead": asks the editing tab to save and let go, then takes the network over,
   * reloading its latest saved copy.
   */
  editHere(): Promise<void> {
    const s = this.#s;
    return s.run(async () => {
      const entry = s.current;
      if (!entry || !s.readOnly) return;
      const tabs = s.o.tabs;
      let refused: StorageReason | null = null;
      this.#refusalListener = (message) => {
        if (
          message.type === 'release-refused' &&
          message.id === entry.id &&
          message.to === tabs.tabId
        )
          refused = message.reason;
      };
      tabs.post({ type: 'release-request', id: entry.id, from: tabs.tabId });
      const lock = await tabs.acquire(entry.id, s.o.handOverWaitMs);
      this.#refusalListener = null;
      if (!lock) {
        s.notice = refused
          ? say('storage_other_tab_kept', { reason: refused })
          : say('storage_other_tab_silent', {});
        s.emit();
        return;
      }
      const saved = await s.storage.read(entry.id).catch(() => null);
      if (!saved) {
        lock.release();
        s.notice = say('storage_gone', {});
        s.emit();
        return;
      }
      s.show(saved, lock, false);
      s.notice = null;
      s.emit();
    });
  }

  async #onMessage(message: TabMessage): Promise<void> {
    const s = this.#s;
    this.#refusalListener?.(message);
    switch (message.type) {
      case 'saved':
        if (message.id === s.current?.id && s.readOnly) {
          await s.run(async () => {
            if (message.id !== s.current?.id || !s.readOnly) return;
            const saved = await s.storage.read(message.id).catch(() => null);
            if (saved) s.show(saved, null, true);
          });
        }
        await this.#catalogue.refreshList();
        return;
      case 'library-changed':
        await this.#catalogue.refreshList();
        return;
      case 'release-request':
        if (message.id !== s.current?.id || s.readOnly) return;
        await s.run(async () => {
          if (message.id !== s.current?.id || s.readOnly) return;
          this.#autosave.cancel();
          if (!(await this.#autosave.writeNow())) {
            s.o.tabs.post({
              type: 'release-refused',
              id: message.id,
              to: message.from,
              reason: this.#autosave.whyNotSaved(),
            });
            return;
          }
          // Saved: this tab lets go and shows the network read-only from now on.
          s.readOnly = true;
          s.host.setReadOnly(true);
          s.lock?.release();
          s.lock = null;
          s.setSave({ kind: 'read-only' });
        });
        return;
      case 'release-refused':
        return;
    }
  }
}
