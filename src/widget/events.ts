/**
 * The element's public events, declared once and typed in HTMLElementEventMap. All bubble and cross
 * shadow roots. What they carry: src/booking/event-details.ts.
 */
import { ConfigurationError, isAbortError } from '../api/errors.js';
import {
  visitErrorDetail,
  type AvailabilityChangedDetail, type RegionSelectedDetail, type SignInRequiredDetail, type VisitCreatedDetail, type VisitErrorDetail,
} from '../booking/event-details.js';

export type {
  AvailabilityChangedDetail, RegionSelectedDetail, SignInReason, SignInRequiredDetail, VisitCreatedDetail, VisitErrorDetail,
} from '../booking/event-details.js';

/**
 * `visit-error` for a failure to load, or nothing for an abort (the widget was removed). A configuration
 * problem is also explained in the console: the patient reads "not available on this page", the
 * integrator needs the reason (it holds no secret).
 */
export function loadErrorEvent(error: unknown): CustomEvent<VisitErrorDetail> | undefined {
  if (isAbortError(error)) return undefined;
  if (error instanceof ConfigurationError) console.warn(`<dexcare-virtual-visit>: ${error.message}`);
  return visitErrorEvent(visitErrorDetail(error));
}

/** Events that bubble out of the widget and may be cancelable. */
function publicEvent<T>(type: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable });
}

export const visitCreatedEvent = (detail: VisitCreatedDetail) => publicEvent('visit-created', detail, true);
export const signInRequiredEvent = (detail: SignInRequiredDetail) => publicEvent('sign-in-required', detail);
export const regionSelectedEvent = (detail: RegionSelectedDetail) => publicEvent('region-selected', detail);
export const availabilityChangedEvent = (detail: AvailabilityChangedDetail) => publicEvent('availability-changed', detail);
export const visitSubmitEvent = () => publicEvent('visit-submit', {});
export const visitErrorEvent = (detail: VisitErrorDetail) => publicEvent('visit-error', detail);

declare global {
  interface HTMLElementEventMap {
    'visit-created': CustomEvent<VisitCreatedDetail>;
    'sign-in-required': CustomEvent<SignInRequiredDetail>;
    'region-selected': CustomEvent<RegionSelectedDetail>;
    'availability-changed': CustomEvent<AvailabilityChangedDetail>;
    'visit-submit': CustomEvent<Record<string, never>>;
    'visit-error': CustomEvent<VisitErrorDetail>;
  }
}
