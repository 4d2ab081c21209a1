/**
 * Opening hours: weekly local hours in an IANA time zone, turned into UTC windows with Intl
 * (so daylight-saving changes fall where the zone says they do).
 */
import type { AvailabilityWindow } from '../../src/api/types.js';

/** `HH:MM` local times; `end` may be `24:00`, and an `end` at or before `start` runs past midnight. */
export interface DailyInterval {
  start: string;
  end: string;
}

/** Open around the clock, or weekly hours keyed by weekday (0 = Sunday … 6 = Saturday). */
export type WeeklyHours = 'always' | Partial<Record<0 | 1 | 2 | 3 | 4 | 5 | 6, DailyInterval[]>>;

const DAY_MS = 24 * 60 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall-clock fields of `instant` in `timeZone`. */
export function localParts(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Milliseconds the zone's wall clock is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const p = localParts(whole, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - whole;
}

/** The UTC instant at which the zone's wall clock reads the given local time. */
export function zonedTimeToUtc(year: number, month: number, day: number, minutes: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day) + minutes * 60_000;
  const first = offsetAt(wall, timeZone);
  const guess = wall - first;
  const second = offsetAt(guess, timeZone);
  return second === first ? guess : wall - second;
}

function minutesOf(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`Bad time ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Opening windows overlapping [from, to), clipped to it, sorted and merged. */
export function openingWindows(hours: WeeklyHours, timeZone: string, from: number, to: number): Array<[number, number]> {
  if (to <= from) return [];
  if (hours === 'always') return [[from, to]];
  const raw: Array<[number, number]> = [];
  const today = localParts(from, timeZone);
  const days = Math.ceil((to - from) / DAY_MS) + 1;
  for (let offset = -1; offset <= days; offset++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const weekday = date.getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6;
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    for (const interval of hours[weekday] ?? []) {
      const startMinutes = minutesOf(interval.start);
      let endMinutes = minutesOf(interval.end);
      if (endMinutes <= startMinutes) endMinutes += 24 * 60;
      raw.push([zonedTimeToUtc(y, m, d, startMinutes, timeZone), zonedTimeToUtc(y, m, d, endMinutes, timeZone)]);
    }
  }
  const clipped = raw
    .map(([start, end]): [number, number] => [Math.max(start, from), Math.min(end, to)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const window of clipped) {
    const last = merged[merged.length - 1];
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else merged.push([...window]);
  }
  return merged;
}

/** The region's windows for the next seven days from `now`, as the wire spells them. */
export function upcomingWindows(hours: WeeklyHours, timeZone: string, now: Date): AvailabilityWindow[] {
  const from = now.getTime();
  return openingWindows(hours, timeZone, from, from + 7 * DAY_MS).map(([start, end]) => ({
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
  }));
}

export function isOpenAt(hours: WeeklyHours, timeZone: string, now: Date): boolean {
  const at = now.getTime();
  return openingWindows(hours, timeZone, at, at + 1).length > 0;
}
