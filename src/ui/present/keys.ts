// The presenter's keys: P (or F5, what presentation clickers send to start a show) enters
// projection mode; while presenting, the arrow keys, PageDown/PageUp (a clicker's two buttons),
// Space, Home and End walk through the steps and Escape leaves. Editing keys do nothing then.

/** The steps a presenter can be asked to take. */
export interface Walk {
  presenting: boolean;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  stop(): void;
  toggle(): void;
}

const typing = (target: EventTarget | null) =>
  target instanceof Element &&
  target.closest('input, textarea, select, [contenteditable="true"]') !== null;

/**
 * Handles a key for the presenter; returns true when it was the presenter's (the app then does
 * nothing else with it). While presenting every key is the presenter's, so no edit can happen.
 */
export function presenterKey(event: KeyboardEvent, walk: Walk): boolean {
  const modified = event.ctrlKey || event.metaKey || event.altKey;
  if (!walk.presenting) {
    if (modified || typing(event.target)) return false;
    if (event.key === 'p' || event.key === 'P' || event.key === 'F5') {
      event.preventDefault();
      walk.toggle();
      return true;
    }
    return false;
  }
  // A focused button takes Space and Enter itself (the on-screen Next, say).
  const onButton = event.target instanceof Element && event.target.closest('button') !== null;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'Right':
      walk.next();
      break;
    case ' ':
    case 'Enter':
      if (onButton) return true;
      if (event.shiftKey) walk.previous();
      else walk.next();
      break;
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Left':
    case 'Backspace':
      walk.previous();
      break;
    case 'Home':
      walk.first();
      break;
    case 'End':
      walk.last();
      break;
    case 'Escape':
    case 'p':
    case 'P':
      walk.stop();
      break;
    case 'Tab':
      return true; // moving between the presenter's buttons
    default:
      // A clicker's F5 would reload the page in the middle of the talk.
      if (event.key === 'F5') event.preventDefault();
      return true;
  }
  event.preventDefault();
  return true;
}
