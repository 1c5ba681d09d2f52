// A toolbar menu button's behaviour (WAI-ARIA menu button): open with a click or the arrow
// keys, move with arrows/Home/End, Escape closes and returns focus, Tab or a click elsewhere
// closes. Shared by the Edit and Export menus.
import { tick } from 'svelte';

export class MenuButton {
  expanded = $state(false);
  button: HTMLButtonElement | undefined = undefined;
  menu = $state<HTMLElement>();

  /** The enabled items, in order. */
  #items(): HTMLElement[] {
    return [
      ...(this.menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not(:disabled)') ?? []),
    ];
  }

  async open(focus: 'first' | 'last' = 'first'): Promise<void> {
    this.expanded = true;
    await tick();
    const all = this.#items();
    (focus === 'first' ? all[0] : all[all.length - 1])?.focus();
  }

  close(refocus = true): void {
    this.expanded = false;
    if (refocus) this.button?.focus();
  }

  toggle = (): void => {
    if (this.expanded) this.close();
    else void this.open();
  };

  onMenuKeydown = (event: KeyboardEvent): void => {
    const all = this.#items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => all[(to + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') this.close();
    else if (event.key === 'Tab') return this.close(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  onButtonKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.open(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  onWindowPointerDown = (event: PointerEvent): void => {
    if (!this.expanded) return;
    const target = event.target as Node;
    if (!this.menu?.contains(target) && !this.button?.contains(target)) this.close(false);
  };
}
