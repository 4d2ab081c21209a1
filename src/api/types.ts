/**
 * Wire types of DexCare's v8 Virtual Visits API, spelled as the reference spells them
 * (../shared/reference/dexcare-v8-virtual-visits.txt). Shared by the client and the sandbox.
 */

export type PaymentMethod = 'creditcard' | 'insurance' | 'couponcode';
export type Declaration = 'self' | 'other';
export type Gender = 'male' | 'female' | 'other';
export type AvailabilityReason = 'NO_REGIONS_FOUND' | 'REGION_BUSY' | 'OFF_HOURS' | 'NO_ONCALL_PROVIDERS';

export interface Department {
  id: string;
  epicDepartmentId: string;
  ehrSystemName: string;
  defaultDepartmentName: string;
}

/** A UTC window in which the region takes visits. */
export interface AvailabilityWindow {
  start: string;
  end: string;
}

export interface PracticeRegion {
  id: string;
  practiceId: string;
  displayName: string;
  regionCode: string;
  active: boolean;
  availability: AvailabilityWindow[];
  busy: boolean;
  busyMessage: string;
  paymentAccountId: string;
  /** In cents. */
  visitPrice: number;
  departments: Department[];
}

export interface Practice {
  id: string;
  displayName: string;
  careMode: 'virtual' | 'retail';
  payment: { insurance: boolean; selfPay: boolean; serviceKey: boolean };
  epicBookingEnabled: boolean;
  practiceRegions: PracticeRegion[];
}

export interface RegionAvailability {
  available: boolean;
  reason: AvailabilityReason | null;
}

export interface WaitTime {
  estimateGeneratedAt: string;
  /** Seconds; a float on the wire that is always whole. */
  estimatedWaitTimeSeconds: number;
}

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  postalCode: string;
}

export interface VisitPatient {
  identifier: string;
  phone: string;
  email: string;
  address: Address;
}

export interface VisitActor {
  firstName: string;
  lastName: string;
  phone: string;
  dateOfBirth: string;
  /** The actor's relationship to the patient; required when booking for someone else. */
  relationshipToPatient: string;
}

export type BillingInfo =
  | { paymentMethod: 'couponcode'; couponCode: string }
  | { paymentMethod: 'creditcard'; stripeToken: string }
  | {
      paymentMethod: 'insurance';
      declaration: Declaration;
      firstName: string;
      lastName: string;
      gender: Gender;
      dateOfBirth: string;
      insuranceType: 'manual';
      insuranceProviderId: string;
      insuranceMemberId: string;
    };

export interface VisitDetails {
  practiceRegionId: string;
  ehrSystemName: string;
  departmentId: string;
  visitReason: string;
  declaration: Declaration;
  acceptedTerms: true;
  preTriageTags: string[];
}

/** Body of `POST api/8/practices/{practiceId}/visits`. */
export interface VisitRequest {
  patient: VisitPatient;
  actor?: VisitActor;
  billingInfo: BillingInfo;
  visitDetails: VisitDetails;
}

export interface VisitResponse {
  visitId: string;
  userId: string;
  userEmail: string;
  waitingroomId: string;
  conferenceroomId: string;
  visitRedirectUrl: string;
  isTokBox: boolean;
  tokBoxVisit: {
    apiKey: string;
    waitingRoomSession: { sessionId: string };
    videoConferenceSession: { sessionId: string };
  };
}

/** Body of a 400 answer, as DexCare sends it. `field` names the offending field when known. */
export interface ApiErrorBody {
  error: string;
  code?: string;
  field?: string;
}

/**
 * The signed-in patient, as the host hands it to the element's `patient` property
 * (and as the sandbox's sign-in returns it).
 */
export interface Patient {
  identifier: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  gender: Gender;
  email: string;
  phone: string;
  address: Address;
}
