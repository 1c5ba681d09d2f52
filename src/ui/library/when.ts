// How the library says when a network last changed: "just now", "12 min ago", then the date, and
// how big a network is, in the UI's language.
import { locale as uiLocale, m } from '../i18n-plain';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function describeWhen(time: number, now: number, locale: string = uiLocale()): string {
  const ago = now - time;
  if (ago < MINUTE) return m.app_when_just_now();
  if (ago < HOUR) return m.app_when_minutes_ago({ minutes: Math.floor(ago / MINUTE) });
  const date = new Date(time);
  const sameDay = new Date(now).toDateString() === date.toDateString();
  return sameDay
    ? m.app_when_today({
        time: date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }),
      })
    : date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "45 actors · 120 ties", singular where it is one. */
export function describeSize(actors: number, ties: number): string {
  const people =
    actors === 1
      ? m.app_size_actor_one({ count: actors })
      : m.app_size_actor_other({ count: actors });
  const links =
    ties === 1 ? m.app_size_tie_one({ count: ties }) : m.app_size_tie_other({ count: ties });
  return `${people} · ${links}`;
}
