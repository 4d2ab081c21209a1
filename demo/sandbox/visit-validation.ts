/**
 * Validation of `POST api/8/practices/{practiceId}/visits` bodies, strictly, field for field:
 * first the shape (typed against `VisitRequest`), then the shared field rules, in document order.
 * Strict as far as the reference goes, no further: the actor's relationship to the patient is optional,
 * and billing fields the reference lists but the chosen payment method does not use are ignored.
 * Business rules that need the sandbox's state live in booking-rules.ts.
 */
import type { Address, BillingInfo, VisitActor, VisitDetails, VisitPatient, VisitRequest } from '../../src/api/types.js';
import {
  checkDateOfBirth,
  checkEmail,
  checkName,
  checkPhone,
  checkState,
  checkTermsAccepted,
  checkTextLine,
  checkVisitReason,
  checkZip,
  type RuleError,
} from '../../src/booking/field-rules.js';
import * as s from './schema.js';
import { problemRejection, ruleRejection, type Rejection } from './sentences.js';

/** Relationships to the patient that DexCare accepts for an actor. */
export const RELATIONSHIPS = [
  'Mother', 'Father', 'Grand parent', 'Step parent', 'Foster parent', 'Legal guardian', 'Relative',
  'Non relative', 'Brother', 'Sister', 'Daughter', 'Son', 'Friend', 'Grand child', 'Spouse',
  'Significant other', 'Case manager', 'Domestic partner', 'Employer', 'Power of attorney', 'Surrogate or proxy',
] as const;

export const GENDERS = ['male', 'female', 'other'] as const;
const DECLARATIONS = ['self', 'other'] as const;
const ID_MAX_LENGTH = 64;

type CouponBilling = Extract<BillingInfo, { paymentMethod: 'couponcode' }>;
type CardBilling = Extract<BillingInfo, { paymentMethod: 'creditcard' }>;
type InsuranceBilling = Extract<BillingInfo, { paymentMethod: 'insurance' }>;
type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/**
 * The reference describes one billingInfo object with all these fields; which of them are required
 * depends on `paymentMethod`. Those the chosen method does not use may come along and are ignored
 * (kept in the recorded body, never checked); a field not in this list is still refused.
 */
const BILLING_FIELDS = Object.keys({
  paymentMethod: true, declaration: true, firstName: true, lastName: true, gender: true, dateOfBirth: true,
  couponCode: true, insuranceType: true, insuranceProviderId: true, insuranceMemberId: true, stripeToken: true,
} satisfies Record<KeysOfUnion<BillingInfo>, true>);

/**
 * The actor as the sandbox takes it: the reference's `{ firstName, lastName, phone, dateOfBirth }`,
 * plus the relationship to the patient that DexCare's SDKs send (and the widget sends), checked against
 * DexCare's values when present, never required.
 */
export interface ReceivedActor extends Omit<VisitActor, 'relationshipToPatient'> {
  relationshipToPatient?: VisitActor['relationshipToPatient'];
}

/** A visit request as the sandbox takes it: `VisitRequest`, with the actor as above. */
export interface ReceivedVisitRequest extends Omit<VisitRequest, 'actor'> {
  actor?: ReceivedActor;
}

const address = s.object<Address>({
  line1: s.string,
  line2: s.optional(s.string),
  city: s.string,
  state: s.string,
  postalCode: s.string,
});

const billing = { ignored: BILLING_FIELDS };

const visitRequest = s.object<ReceivedVisitRequest>({
  patient: s.object<VisitPatient>({ identifier: s.string, phone: s.string, email: s.string, address }),
  actor: s.optional(
    s.object<ReceivedActor>({
      firstName: s.string,
      lastName: s.string,
      phone: s.string,
      dateOfBirth: s.string,
      relationshipToPatient: s.optional(s.oneOf(RELATIONSHIPS)),
    }),
  ),
  billingInfo: s.tagged<BillingInfo, 'paymentMethod'>('paymentMethod', {
    couponcode: s.object<CouponBilling>({ paymentMethod: s.oneOf(['couponcode']), couponCode: s.string }, billing),
    creditcard: s.object<CardBilling>({ paymentMethod: s.oneOf(['creditcard']), stripeToken: s.string }, billing),
    insurance: s.object<InsuranceBilling>(
      {
        paymentMethod: s.oneOf(['insurance']),
        declaration: s.oneOf(DECLARATIONS),
        firstName: s.string,
        lastName: s.string,
        gender: s.oneOf(GENDERS),
        dateOfBirth: s.string,
        insuranceType: s.oneOf(['manual']),
        insuranceProviderId: s.string,
        insuranceMemberId: s.string,
      },
      billing,
    ),
  }),
  visitDetails: s.object<VisitDetails>({
    practiceRegionId: s.string,
    ehrSystemName: s.string,
    departmentId: s.string,
    visitReason: s.string,
    declaration: s.oneOf(DECLARATIONS),
    // Any boolean passes the shape; checkTermsAccepted then refuses anything but `true`.
    acceptedTerms: s.boolean as s.Check<true>,
    preTriageTags: s.arrayOf(s.string),
  }),
});

type Rule = [field: string, check: () => RuleError | null];

const idRule = (value: string): RuleError | null => checkTextLine(value, { maxLength: ID_MAX_LENGTH });

function fieldRules(request: ReceivedVisitRequest, now: Date): Rule[] {
  const { patient, actor, billingInfo: billing, visitDetails: details } = request;
  const rules: Rule[] = [
    ['patient.phone', () => checkPhone(patient.phone)],
    ['patient.email', () => checkEmail(patient.email)],
    ['patient.address.line1', () => checkTextLine(patient.address.line1)],
    ['patient.address.line2', () => checkTextLine(patient.address.line2 ?? '', { required: false })],
    ['patient.address.city', () => checkTextLine(patient.address.city)],
    ['patient.address.state', () => checkState(patient.address.state)],
    ['patient.address.postalCode', () => checkZip(patient.address.postalCode)],
  ];
  if (actor) {
    rules.push(
      ['actor.firstName', () => checkName(actor.firstName)],
      ['actor.lastName', () => checkName(actor.lastName)],
      ['actor.phone', () => checkPhone(actor.phone)],
      ['actor.dateOfBirth', () => checkDateOfBirth(actor.dateOfBirth, { now, adult: true })],
    );
  }
  if (billing.paymentMethod === 'couponcode') {
    rules.push(['billingInfo.couponCode', () => checkTextLine(billing.couponCode, { maxLength: ID_MAX_LENGTH })]);
  } else if (billing.paymentMethod === 'creditcard') {
    rules.push(['billingInfo.stripeToken', () => checkTextLine(billing.stripeToken, { maxLength: 255 })]);
  } else {
    rules.push(
      ['billingInfo.firstName', () => checkName(billing.firstName)],
      ['billingInfo.lastName', () => checkName(billing.lastName)],
      ['billingInfo.dateOfBirth', () => checkDateOfBirth(billing.dateOfBirth, { now })],
      ['billingInfo.insuranceProviderId', () => idRule(billing.insuranceProviderId)],
      ['billingInfo.insuranceMemberId', () => idRule(billing.insuranceMemberId)],
    );
  }
  rules.push(
    ['visitDetails.practiceRegionId', () => idRule(details.practiceRegionId)],
    ['visitDetails.ehrSystemName', () => idRule(details.ehrSystemName)],
    ['visitDetails.departmentId', () => idRule(details.departmentId)],
    ['visitDetails.visitReason', () => checkVisitReason(details.visitReason)],
    ['visitDetails.acceptedTerms', () => checkTermsAccepted(details.acceptedTerms)],
  );
  return rules;
}

/** The declaration decides whether an actor must, or must not, come along. */
function actorRejection(request: ReceivedVisitRequest): Rejection | null {
  const declaration = request.visitDetails.declaration;
  if (declaration === 'self' && request.actor !== undefined) {
    return {
      error: 'This visit is for you, so details of another person booking must not be sent.',
      code: 'OPENAPI_VALIDATION_ERROR',
      field: 'actor',
    };
  }
  if (declaration === 'other' && request.actor === undefined) {
    return {
      error: 'Please tell us who is booking this visit on behalf of the patient.',
      code: 'OPENAPI_VALIDATION_ERROR',
      field: 'actor',
    };
  }
  return null;
}

/** The body as a `ReceivedVisitRequest`, or the first problem with it. `now` is the sandbox clock. */
export function validateVisitRequest(body: unknown, now: Date): { request: ReceivedVisitRequest } | { rejection: Rejection } {
  const problem = visitRequest(body, '');
  if (problem) return { rejection: problemRejection(problem) };
  const request = body as ReceivedVisitRequest;
  const actorProblem = actorRejection(request);
  if (actorProblem) return { rejection: actorProblem };
  for (const [field, check] of fieldRules(request, now)) {
    const rule = check();
    if (rule) return { rejection: ruleRejection(field, rule) };
  }
  return { request };
}
