import type { BillingInfo, Gender, Patient, Practice, PracticeRegion, VisitActor, VisitPatient, VisitRequest } from '../api/types.js';
import { normalizePhone } from './field-rules.js';
import { offersPaymentMethod } from './payment-methods.js';
import { chosenDepartment } from './regions.js';
import type { VisitFormValues } from './visit-form-values.js';

/** What the body needs besides the form: who is signed in, and what other steps produced. */
export interface VisitRequestContext {
  practice: Practice;
  region: PracticeRegion;
  /** The signed-in person: the patient for a 'self' visit, the actor for an 'other' one. */
  patient: Patient;
  /** The patient identifier of the person in the signed-in person's care ('other' visits). */
  dependentPatientId?: string;
  /** Stripe's token for the card ('creditcard' payment). */
  stripeToken?: string;
  preTriageTags?: string[];
}

/** A person's details as billing needs them. */
interface Person {
  firstName: string;
  lastName: string;
  gender: Gender | '';
  dateOfBirth: string;
}

// Errors name what is missing, never a value: they may reach logs.
function required(value: string | undefined, what: string): string {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) throw new Error(`Cannot build the visit request: ${what} is missing.`);
  return trimmed;
}

function requiredGender(gender: Gender | '', whose: string): Gender {
  if (!gender) throw new Error(`Cannot build the visit request: the ${whose} gender is missing.`);
  return gender;
}

function toPatient(values: VisitFormValues, ctx: VisitRequestContext): VisitPatient {
  const identifier = values.declaration === 'other'
    ? required(ctx.dependentPatientId, "the dependent's patient identifier (dependentPatientId)")
    : required(ctx.patient.identifier, "the signed-in patient's identifier");
  const line2 = values.addressLine2.trim();
  return {
    identifier,
    phone: normalizePhone(values.phone),
    email: values.email.trim(),
    address: {
      line1: values.addressLine1.trim(),
      ...(line2 ? { line2 } : {}),
      city: values.city.trim(),
      state: values.state.trim(),
      postalCode: values.postalCode.trim(),
    },
  };
}

/** The signed-in person booking for someone in their care; reached on the visit's contact phone. */
function toActor(values: VisitFormValues, ctx: VisitRequestContext): VisitActor {
  return {
    firstName: ctx.patient.firstName.trim(),
    lastName: ctx.patient.lastName.trim(),
    phone: normalizePhone(values.phone),
    dateOfBirth: ctx.patient.dateOfBirth.trim(),
    relationshipToPatient: required(values.relationshipToPatient, 'the relationship to the patient'),
  };
}

/** Whose details go with the insurance: the visit's patient for their own plan, else the holder's. */
function insuredPerson(values: VisitFormValues, ctx: VisitRequestContext): Person {
  if (values.insuranceDeclaration === 'other') {
    return { firstName: values.holderFirstName, lastName: values.holderLastName, gender: values.holderGender, dateOfBirth: values.holderDateOfBirth };
  }
  if (values.declaration === 'other') {
    return { firstName: values.dependentFirstName, lastName: values.dependentLastName, gender: values.dependentGender, dateOfBirth: values.dependentDateOfBirth };
  }
  return ctx.patient;
}

function toBillingInfo(values: VisitFormValues, ctx: VisitRequestContext): BillingInfo {
  const method = values.paymentMethod;
  if (!offersPaymentMethod(ctx.practice, method)) {
    throw new Error('Cannot build the visit request: the payment method is missing or not offered by the practice.');
  }
  switch (method) {
    case 'couponcode':
      return { paymentMethod: 'couponcode', couponCode: required(values.couponCode, 'the coupon code') };
    case 'creditcard':
      return { paymentMethod: 'creditcard', stripeToken: required(ctx.stripeToken, 'the Stripe token') };
    case 'insurance': {
      const person = insuredPerson(values, ctx);
      return {
        paymentMethod: 'insurance',
        declaration: values.insuranceDeclaration,
        firstName: person.firstName.trim(),
        lastName: person.lastName.trim(),
        gender: requiredGender(person.gender, "insured person's"),
        dateOfBirth: person.dateOfBirth.trim(),
        insuranceType: 'manual',
        insuranceProviderId: required(values.insuranceProviderId, 'the insurance provider'),
        insuranceMemberId: required(values.insuranceMemberId, 'the insurance member id'),
      };
    }
  }
}

/**
 * The body of `POST api/8/practices/{practiceId}/visits`, exactly the wire schema and in the
 * reference's key order. Expects validated values; throws when something the body cannot do without
 * is missing rather than send a request DexCare would refuse.
 */
export function toVisitRequest(values: VisitFormValues, ctx: VisitRequestContext): VisitRequest {
  if (values.acceptedTerms !== true) throw new Error('Cannot build the visit request: the terms are not accepted.');
  const department = chosenDepartment(ctx.region, values.departmentId);
  if (!department) throw new Error('Cannot build the visit request: no department of the region matches.');
  return {
    patient: toPatient(values, ctx),
    ...(values.declaration === 'other' ? { actor: toActor(values, ctx) } : {}),
    billingInfo: toBillingInfo(values, ctx),
    visitDetails: {
      practiceRegionId: ctx.region.id,
      ehrSystemName: department.ehrSystemName,
      departmentId: department.id,
      visitReason: values.visitReason.trim(),
      declaration: values.declaration,
      acceptedTerms: true,
      preTriageTags: [...(ctx.preTriageTags ?? [])],
    },
  };
}
