import { msg, str } from '@lit/localize';
import type { AvailabilityWindow } from '../api/types.js';

interface Span {
  start: number;
  end: number;
}

/** Windows whose start and end are real instants in the right order; the rest are ignored. */
function wellFormedSpans(windows: AvailabilityWindow[]): Span[] {
  return windows
    .map((opening) => ({ start: Date.parse(opening?.start), end: Date.parse(opening?.end) }))
    .filter(({ start, end }) => Number.isFinite(start) && Number.isFinite(end) && start < end);
}

/** True when `now` falls inside one of the region's windows (start included, end excluded). */
export function isWithinOpeningHours(windows: AvailabilityWindow[], now: Date): boolean {
  const time = now.getTime();
  return wellFormedSpans(windows).some(({ start, end }) => start <= time && time < end);
}

/**
 * When the region next opens: the earliest window start after `now`. Null when it is open now
 * or no window lies ahead. A loop, not Math.min(...starts): spreading throws past ~125,000 windows.
 */
export function nextOpening(windows: AvailabilityWindow[], now: Date): Date | null {
  if (isWithinOpeningHours(windows, now)) return null;
  const time = now.getTime();
  let earliest = Infinity;
  for (const { start } of wellFormedSpans(windows)) if (start > time && start < earliest) earliest = start;
  return earliest === Infinity ? null : new Date(earliest);
}

/** The calendar day of an instant in a time zone, as a count of days that compares across dates. */
function dayNumber(date: Date, timeZone: string | undefined): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / 86_400_000;
}

/** How far off an opening is, in calendar days where the patient is, and its words for the clock. */
type OpeningParts =
  | { when: 'today' | 'tomorrow'; time: string }
  | { when: 'this-week' | 'later'; time: string; day: string };

function openingParts(date: Date, now: Date, locale: string, timeZone: string | undefined): OpeningParts {
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(date);
  const daysAhead = dayNumber(date, timeZone) - dayNumber(now, timeZone);
  if (daysAhead <= 0) return { when: 'today', time };
  if (daysAhead === 1) return { when: 'tomorrow', time };
  if (daysAhead < 7) return { when: 'this-week', time, day: new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long' }).format(date) };
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', month: 'long', day: 'numeric' }).format(date);
  return { when: 'later', time, day };
}

/**
 * When a closed region opens, in the patient's time zone (the browser's unless given), with the zone
 * shown so nobody misreads it: "today at 8:00 AM MST", "tomorrow at …", "Monday at …", or the date
 * beyond the coming week. A phrase; for a whole sentence that translates cleanly use `opensAtMessage`.
 */
export function formatOpening(date: Date, now: Date, locale: string, timeZone?: string): string {
  const parts = openingParts(date, now, locale, timeZone);
  switch (parts.when) {
    case 'today':
      return msg(str`today at ${parts.time}`);
    case 'tomorrow':
      return msg(str`tomorrow at ${parts.time}`);
    case 'this-week':
      return msg(str`${parts.day} at ${parts.time}`, { id: 'opening-on-weekday', desc: 'day is a weekday, like "Monday"' });
    case 'later':
      return msg(str`${parts.day} at ${parts.time}`, { id: 'opening-on-date', desc: 'day is like "Monday, March 9"' });
  }
}

/** A whole sentence for a closed region: "Opens today at 8:00 AM MST." */
export function opensAtMessage(date: Date, now: Date, locale: string, timeZone?: string): string {
  const parts = openingParts(date, now, locale, timeZone);
  switch (parts.when) {
    case 'today':
      return msg(str`Opens today at ${parts.time}.`);
    case 'tomorrow':
      return msg(str`Opens tomorrow at ${parts.time}.`);
    case 'this-week':
      return msg(str`Opens ${parts.day} at ${parts.time}.`, { id: 'opens-on-weekday', desc: 'day is a weekday, like "Monday"' });
    case 'later':
      return msg(str`Opens ${parts.day} at ${parts.time}.`, { id: 'opens-on-date', desc: 'day is like "Monday, March 9"' });
  }
}
