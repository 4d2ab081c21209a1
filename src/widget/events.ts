/**
 * The element's public events, declared once and typed in HTMLElementEventMap. All bubble and cross
 * shadow roots. What they carry: src/booking/event-details.ts.
 */
import type {
  AvailabilityChangedDetail, RegionSelectedDetail, SignInRequiredDetail, VisitCreatedDetail, VisitErrorDetail,
} from '../booking/event-details.js';

export type {
  AvailabilityChangedDetail, RegionSelectedDetail, SignInReason, SignInRequiredDetail, VisitCreatedDetail, VisitErrorDetail,
} from '../booking/event-details.js';

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
