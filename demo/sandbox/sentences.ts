/**
 * The `error` sentences of 400 answers: written for the patient, since DexCare's guidance is to show
 * the server's text. Codes follow DexCare: shape and format problems are OPENAPI_VALIDATION_ERROR,
 * refusals of well-formed requests VISIT_CREATE_ERROR (or a more specific code).
 */
import type { ApiErrorBody } from '../../src/api/types.js';
import type { RuleError } from '../../src/booking/field-rules.js';
import type { Problem } from './schema.js';

/** A 400 answer: always with a code and, when one field is to blame, its wire path. */
export type Rejection = Required<Pick<ApiErrorBody, 'error' | 'code'>> & Pick<ApiErrorBody, 'field'>;

const LABELS: Record<string, string> = {
  '': 'booking request',
  patient: 'patient details',
  'patient.identifier': 'patient record',
  'patient.phone': 'contact phone number',
  'patient.email': 'contact email address',
  'patient.address': 'address',
  'patient.address.line1': 'street address',
  'patient.address.line2': 'second address line',
  'patient.address.city': 'city',
  'patient.address.state': 'state',
  'patient.address.postalCode': 'ZIP code',
  actor: 'details of the person booking',
  'actor.firstName': 'first name of the person booking',
  'actor.lastName': 'last name of the person booking',
  'actor.phone': 'phone number of the person booking',
  'actor.dateOfBirth': 'date of birth of the person booking',
  'actor.relationshipToPatient': 'relationship to the patient',
  billingInfo: 'payment details',
  'billingInfo.paymentMethod': 'payment method',
  'billingInfo.couponCode': 'service key',
  'billingInfo.stripeToken': 'card',
  'billingInfo.declaration': 'insurance holder (you or someone else)',
  'billingInfo.firstName': "insurance holder's first name",
  'billingInfo.lastName': "insurance holder's last name",
  'billingInfo.gender': "insurance holder's gender",
  'billingInfo.dateOfBirth': "insurance holder's date of birth",
  'billingInfo.insuranceType': 'insurance type',
  'billingInfo.insuranceProviderId': 'insurance provider',
  'billingInfo.insuranceMemberId': 'insurance member ID',
  visitDetails: 'visit details',
  'visitDetails.practiceRegionId': 'location',
  'visitDetails.ehrSystemName': 'health record system',
  'visitDetails.departmentId': 'department',
  'visitDetails.visitReason': 'reason for your visit',
  'visitDetails.declaration': 'choice of who the visit is for',
  'visitDetails.acceptedTerms': 'terms of service',
  'visitDetails.preTriageTags': 'symptom tags',
  firstName: 'first name',
  lastName: 'last name',
  dateOfBirth: 'date of birth',
  gender: 'gender',
};

export function labelOf(path: string): string {
  return LABELS[path] ?? LABELS[path.replace(/\[\d+\]$/, '')] ?? 'information';
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A shape problem (missing, unknown, wrong type, outside an enum) as a 400 answer. */
export function problemRejection(problem: Problem): Rejection {
  const field = problem.path || undefined;
  const label = labelOf(problem.path);
  if (problem.kind === 'missing' && problem.path === 'visitDetails.visitReason') {
    return { error: 'Please tell us the reason for your visit.', code: 'MISSING_VISIT_REASON', field };
  }
  const error = {
    missing: `Please provide the ${label}.`,
    unknown: `We could not book your visit because the request contained an unexpected field: ${problem.path}.`,
    type: `We could not book your visit because the ${label} had the wrong format${
      problem.kind === 'type' ? ` (expected ${problem.expected})` : ''
    }.`,
    enum: `The ${label} is not one of the accepted choices.`,
  }[problem.kind];
  return { error: capitalize(error), code: 'OPENAPI_VALIDATION_ERROR', field };
}

const REFUSALS: ReadonlySet<RuleError> = new Set(['future-date', 'not-adult', 'terms-not-accepted']);

/** A field-rule failure (from src/booking/field-rules.ts) as a 400 answer. */
export function ruleRejection(field: string, rule: RuleError): Rejection {
  const label = labelOf(field);
  if (field === 'visitDetails.visitReason') {
    if (rule === 'required') return { error: 'Please tell us the reason for your visit.', code: 'MISSING_VISIT_REASON', field };
    if (rule === 'too-long') {
      return { error: 'Please describe the reason for your visit in 500 characters or fewer.', code: 'OPENAPI_VALIDATION_ERROR', field };
    }
  }
  const sentences: Record<RuleError, string> = {
    required: `Please enter the ${label}.`,
    'too-long': `The ${label} is too long.`,
    'invalid-phone': `Please enter a valid 10-digit US ${label}, like 555-222-3334.`,
    'invalid-email': `Please enter a valid ${label}, like name@example.com.`,
    'invalid-zip': `Please enter a valid ${label}, like 59601 or 59601-1234.`,
    'invalid-state': `Please enter a valid US ${label}, like MT.`,
    'invalid-date': `Please enter the ${label} as a real date (YYYY-MM-DD).`,
    'future-date': `The ${label} can't be in the future.`,
    'not-adult': 'The person booking for someone else must be at least 18 years old.',
    'invalid-name': `The ${label} may contain only letters, spaces, apostrophes, periods and hyphens.`,
    'terms-not-accepted': 'Please accept the terms of service to book your visit.',
  };
  return {
    error: capitalize(sentences[rule]),
    code: REFUSALS.has(rule) ? 'VISIT_CREATE_ERROR' : 'OPENAPI_VALIDATION_ERROR',
    field,
  };
}
