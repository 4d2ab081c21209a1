import { msg, str } from '@lit/localize';
import { ApiError, DexCareError } from '../api/errors.js';

/** Words for the patient about a failed request; never the raw error, which may be technical. */
export function loadErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 404) return msg('This clinic could not be found. Please contact the health system.');
  if (error instanceof ApiError && error.retryAfterSeconds !== undefined) {
    // The server said when (429 or 503 with Retry-After), and it is longer than the widget waits by itself.
    const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
    if (minutes > 24 * 60) return msg('The clinic is too busy to answer right now. Please try again tomorrow.');
    return minutes === 1
      ? msg('The clinic is too busy to answer right now. Please try again in a minute.')
      : msg(str`The clinic is too busy to answer right now. Please try again in ${minutes} minutes.`);
  }
  if (error instanceof DexCareError) {
    switch (error.kind) {
      case 'network':
        return msg('We could not reach the clinic. Check your internet connection and try again.');
      case 'timeout':
        return msg('The clinic is taking too long to answer. Please try again.');
      case 'invalid-response':
        return msg('The clinic sent an answer we could not read. Please try again in a moment.');
      case 'configuration':
        return msg('Online visits are not available on this page right now.');
      default:
        break;
    }
  }
  return msg('Something went wrong on our side. Please try again in a moment.');
}
