/**
 * The element's public events, declared once and typed in HTMLElementEventMap. All bubble and cross
 * shadow roots. None carries patient data or a token.
 */
import type { AvailabilityReason } from './api/types.js';
import { ApiError, DexCareError, type DexCareErrorKind } from './api/errors.js';

export interface VisitCreatedDetail {
  visitId: string;
  waitingRoomUrl: string;
}

export type SignInReason = 'no-patient' | 'no-token' | 'expired';

export interface SignInRequiredDetail {
  reason: SignInReason;
}

export interface RegionSelectedDetail {
  /** null for "Other": the patient is outside the practice's service area. */
  regionId: string | null;
  regionCode: string | null;
  outOfServiceArea: boolean;
}

export interface AvailabilityChangedDetail {
  regionId: string;
  available: boolean;
  reason: AvailabilityReason | null;
  /** null while closed or unknown. */
  waitTimeSeconds: number | null;
}

export interface VisitErrorDetail {
  kind: DexCareErrorKind | 'validation' | 'stripe' | 'dependent';
  /** HTTP status and DexCare code when the server answered. */
  status?: number;
  code?: string;
}

/** What `visit-error` says of a failure: its kind, and the HTTP status and code when the server answered. */
export function visitErrorDetail(error: unknown): VisitErrorDetail {
  if (error instanceof ApiError) return { kind: error.kind, status: error.status, code: error.code };
  return { kind: error instanceof DexCareError ? error.kind : 'validation' };
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
