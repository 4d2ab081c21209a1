import { msg, str } from '@lit/localize';
import { waitTimeBucket } from './wait-time.js';

/** A whole sentence for a polite live region when the estimate changes. */
export function waitTimeAnnouncement(seconds: number): string {
  const bucket = waitTimeBucket(seconds);
  switch (bucket.kind) {
    case 'next':
      return msg("You're next in line.");
    case 'under-five-minutes':
      return msg('The estimated wait is less than 5 minutes.');
    case 'minutes':
      return msg(str`The estimated wait is about ${bucket.minutes} minutes.`);
    case 'hours': {
      const { hours, minutes } = bucket;
      if (hours === 1) {
        return minutes === 0
          ? msg('The estimated wait is about 1 hour.')
          : msg(str`The estimated wait is about 1 hour ${minutes} minutes.`);
      }
      return minutes === 0
        ? msg(str`The estimated wait is about ${hours} hours.`)
        : msg(str`The estimated wait is about ${hours} hours ${minutes} minutes.`);
    }
    case 'over-a-day':
      return msg('The estimated wait is more than a day.');
    case 'unknown':
      return msg('The estimated wait time is not available right now.');
  }
}
