/**
 * What the element's public events carry (the events themselves: src/widget/events.ts). None carries
 * patient data or a token.
 */
import type { AvailabilityReason } from '../api/types.js';
import { ApiError, DexCareError, UncertainOutcomeError, type DexCareErrorKind } from '../api/errors.js';

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
  /** `uncertain`: the request may have reached DexCare and the visit may exist; the patient is told so. */
  kind: DexCareErrorKind | 'validation' | 'stripe' | 'dependent';
  /** HTTP status and DexCare code when the server answered. */
  status?: number;
  code?: string;
}

/** What `visit-error` says of a failure: its kind, and the HTTP status and code when the server answered. */
export function visitErrorDetail(error: unknown): VisitErrorDetail {
  if (error instanceof ApiError) return { kind: error.kind, status: error.status, code: error.code };
  if (error instanceof UncertainOutcomeError && error.status !== undefined) return { kind: error.kind, status: error.status };
  return { kind: error instanceof DexCareError ? error.kind : 'validation' };
}
