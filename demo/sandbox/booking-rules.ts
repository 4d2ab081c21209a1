/**
 * Rules for a well-formed visit request that need the sandbox's state: payment methods the practice
 * takes, service keys, the card token, region and department, the patient record, and whether the
 * region takes visits right now. The first refusal wins.
 */
import type { AvailabilityReason } from '../../src/api/types.js';
import { regionAvailability } from './regions.js';
import { COUPON_CODES, type SeedPractice, type SeedRegion } from './seed.js';
import type { Rejection } from './sentences.js';
import type { Store } from './store.js';
import type { ReceivedVisitRequest } from './visit-validation.js';

const PAYMENT_SWITCH = { couponcode: 'serviceKey', creditcard: 'selfPay', insurance: 'insurance' } as const;

const UNAVAILABLE: Record<AvailabilityReason, string> = {
  NO_REGIONS_FOUND: "Virtual visits aren't offered in the location you chose.",
  REGION_BUSY: 'All clinicians for this location are busy right now. Please try again later.',
  OFF_HOURS: 'This location is closed right now. Please book again during its opening hours.',
  NO_ONCALL_PROVIDERS: 'No providers are on call for this location right now. Please try again later.',
};

export const isKnownCoupon = (code: string) =>
  (COUPON_CODES as readonly string[]).includes(code.trim().toUpperCase());

function refuse(field: string, error: string, code = 'VISIT_CREATE_ERROR'): Rejection {
  return { error, code, field };
}

function paymentRejection(request: ReceivedVisitRequest, practice: SeedPractice): Rejection | null {
  const billing = request.billingInfo;
  if (!practice.payment[PAYMENT_SWITCH[billing.paymentMethod]]) {
    return refuse('billingInfo.paymentMethod', `${practice.displayName} doesn't accept this payment method. Please choose another.`);
  }
  if (billing.paymentMethod === 'couponcode' && !isKnownCoupon(billing.couponCode)) {
    return refuse('billingInfo.couponCode', "That service key isn't valid. Please check it and try again.");
  }
  if (billing.paymentMethod === 'creditcard' && !/^tok_[A-Za-z0-9_]+$/.test(billing.stripeToken)) {
    return refuse('billingInfo.stripeToken', "We couldn't process your card. Please check your card details and try again.");
  }
  return null;
}

function placeRejection(request: ReceivedVisitRequest, region: SeedRegion | undefined): Rejection | null {
  const details = request.visitDetails;
  if (!region || !region.active) return refuse('visitDetails.practiceRegionId', UNAVAILABLE.NO_REGIONS_FOUND, 'NO_REGIONS_FOUND');
  const department = region.departments.find((candidate) => candidate.id === details.departmentId);
  if (!department) {
    return refuse('visitDetails.departmentId', `That department isn't part of ${region.displayName}. Please choose your location again.`);
  }
  if (department.ehrSystemName !== details.ehrSystemName) {
    return refuse('visitDetails.ehrSystemName', `The department's health record system doesn't match. Please choose your location again.`);
  }
  return null;
}

function patientRejection(request: ReceivedVisitRequest, store: Store, userId: string): Rejection | null {
  const identifier = request.patient.identifier;
  const notFound = (error: string) => refuse('patient.identifier', error, 'PATIENT_RECORD_NOT_FOUND');
  if (store.patientFirstName(identifier) === undefined) {
    return notFound("We couldn't find the patient's record. Please sign in again and retry.");
  }
  if (request.visitDetails.declaration === 'self' && identifier !== userId) {
    return notFound("The patient record doesn't belong to the signed-in account.");
  }
  if (request.visitDetails.declaration === 'other' && store.dependents.get(identifier)?.ownerId !== userId) {
    return notFound('Please add the person you are booking for before booking their visit.');
  }
  return null;
}

/** The first reason the sandbox refuses this request, or null to book it. */
export function bookingRejection(request: ReceivedVisitRequest, practice: SeedPractice, store: Store, userId: string): Rejection | null {
  const region = practice.regions.find((candidate) => candidate.id === request.visitDetails.practiceRegionId);
  const rejection =
    paymentRejection(request, practice) ?? placeRejection(request, region) ?? patientRejection(request, store, userId);
  if (rejection) return rejection;
  const availability = regionAvailability(region, store.clock.now());
  if (availability.available || !availability.reason) return null;
  const reason = availability.reason;
  const error = reason === 'REGION_BUSY' && region?.busyMessage ? region.busyMessage : UNAVAILABLE[reason];
  return refuse('visitDetails.practiceRegionId', error, reason);
}
