import { msg } from '@lit/localize';
import { ApiError, DexCareError, UncertainOutcomeError } from '../api/errors.js';
import { loadErrorMessage } from './error-messages.js';

/** Words for a failed visit request that names no field; the patient's entries are kept. */
export function submitErrorMessage(error: unknown): string {
  // The visit may exist: never "try again" as if nothing happened.
  if (error instanceof UncertainOutcomeError) {
    return msg(
      'We could not confirm your visit request, and it may have been created. Before you request it again, look for the waiting-room link in your email or text messages, or call the clinic. We kept everything you typed.',
    );
  }
  if (error instanceof ApiError && error.status === 400) {
    return error.fromServer
      ? error.message
      : msg('The clinic could not accept this request. Check your details and try again. We kept everything you typed.');
  }
  if (error instanceof ApiError && error.status === 404) return msg('This clinic could not be found. Please contact the health system.');
  if (error instanceof DexCareError && error.kind === 'sign-in-required') {
    return msg('Please sign in to request your visit. We kept everything you typed.');
  }
  if (error instanceof DexCareError && error.kind === 'timeout') {
    return msg('The clinic did not confirm your request in time. Your visit may not have been created: please wait a moment, then try again.');
  }
  return `${loadErrorMessage(error)} ${msg('We kept everything you typed.')}`;
}
