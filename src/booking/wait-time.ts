import { msg, str } from '@lit/localize';

/**
 * A wait estimate sorted into the buckets DexCare's SDK words: next in line, under five minutes,
 * minutes and hours rounded up to the next five minutes (never promise less than the estimate),
 * or unknown when the number makes no sense.
 */
export type WaitTimeBucket =
  | { kind: 'next' }
  | { kind: 'under-five-minutes' }
  | { kind: 'minutes'; minutes: number }
  | { kind: 'hours'; hours: number; minutes: number }
  | { kind: 'over-a-day' }
  | { kind: 'unknown' };

export function waitTimeBucket(seconds: number): WaitTimeBucket {
  if (!Number.isFinite(seconds) || seconds < 0) return { kind: 'unknown' };
  if (seconds === 0) return { kind: 'next' };
  if (seconds < 300) return { kind: 'under-five-minutes' };
  // Past a day, a figure is either wrong or no use to a patient deciding now.
  if (seconds > 86_400) return { kind: 'over-a-day' };
  const totalMinutes = Math.ceil(seconds / 300) * 5;
  if (totalMinutes < 60) return { kind: 'minutes', minutes: totalMinutes };
  return { kind: 'hours', hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}

/** The estimate as a phrase, as a badge shows it after "Estimated wait:": "about 15 minutes". */
export function formatWaitTime(seconds: number): string {
  const bucket = waitTimeBucket(seconds);
  switch (bucket.kind) {
    case 'next':
      return msg("You're next");
    case 'under-five-minutes':
      return msg('less than 5 minutes');
    case 'minutes':
      return msg(str`about ${bucket.minutes} minutes`);
    case 'hours': {
      const { hours, minutes } = bucket;
      if (hours === 1) return minutes === 0 ? msg('about 1 hour') : msg(str`about 1 hour ${minutes} minutes`);
      return minutes === 0 ? msg(str`about ${hours} hours`) : msg(str`about ${hours} hours ${minutes} minutes`);
    }
    case 'over-a-day':
      return msg('more than a day');
    case 'unknown':
      return msg('Wait time unavailable');
  }
}

/**
 * The badge's line under "Open now", one whole message per bucket so a translation never stitches a
 * label to a phrase: "Estimated wait: about 15 minutes".
 */
export function estimatedWaitMessage(seconds: number): string {
  const bucket = waitTimeBucket(seconds);
  switch (bucket.kind) {
    case 'next':
      return msg("Estimated wait: you're next");
    case 'under-five-minutes':
      return msg('Estimated wait: less than 5 minutes');
    case 'minutes':
      return msg(str`Estimated wait: about ${bucket.minutes} minutes`);
    case 'hours': {
      const { hours, minutes } = bucket;
      if (hours === 1) return minutes === 0 ? msg('Estimated wait: about 1 hour') : msg(str`Estimated wait: about 1 hour ${minutes} minutes`);
      return minutes === 0 ? msg(str`Estimated wait: about ${hours} hours`) : msg(str`Estimated wait: about ${hours} hours ${minutes} minutes`);
    }
    case 'over-a-day':
      return msg('Estimated wait: more than a day');
    case 'unknown':
      return msg('Wait time unavailable');
  }
}
