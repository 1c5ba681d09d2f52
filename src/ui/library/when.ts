// How the library says when a network last changed: "just now", "12 min ago", then the date.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function describeWhen(time: number, now: number, locale?: string): string {
  const ago = now - time;
  if (ago < MINUTE) return 'just now';
  if (ago < HOUR) return `${Math.floor(ago / MINUTE)} min ago`;
  const date = new Date(time);
  const sameDay = new Date(now).toDateString() === date.toDateString();
  return sameDay
    ? `today ${date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })}`
    : date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "45 actors · 120 ties", singular where it is one. */
export function describeSize(actors: number, ties: number): string {
  return `${actors} ${actors === 1 ? 'actor' : 'actors'} · ${ties} ${ties === 1 ? 'tie' : 'ties'}`;
}
