import type { Patient, Practice, PracticeRegion } from '../api/types.js';
import { isGender, isRelationship } from './choices.js';
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
} from './field-rules.js';
import { offersPaymentMethod } from './payment-methods.js';
import { hasDepartmentChoice } from './regions.js';
import type { FieldError, FieldErrors, VisitFormField, VisitFormValues } from './visit-form-values.js';

export { fieldForServerError } from './server-error-field.js';

/** What the form's rules depend on besides the typed values. */
export interface BookingContext {
  practice: Practice;
  region: PracticeRegion;
  /** The signed-in person: the patient for a 'self' visit, the actor for an 'other' one. */
  patient: Patient;
  /** For tests; the patient's clock otherwise. */
  now?: Date;
}

const DEPENDENT_FIELDS: VisitFormField[] = ['dependentFirstName', 'dependentLastName', 'dependentDateOfBirth', 'dependentGender', 'relationshipToPatient'];
const CONTACT_FIELDS: VisitFormField[] = ['phone', 'email', 'addressLine1', 'addressLine2', 'city', 'state', 'postalCode'];
const HOLDER_FIELDS: VisitFormField[] = ['holderFirstName', 'holderLastName', 'holderDateOfBirth', 'holderGender'];

/** The fields that apply to these values, in the order the form shows them. Card data is Stripe's. */
export function relevantFields(values: VisitFormValues, ctx: BookingContext): VisitFormField[] {
  const fields: VisitFormField[] = ['visitReason', 'declaration'];
  if (values.declaration === 'other') fields.push(...DEPENDENT_FIELDS);
  fields.push(...CONTACT_FIELDS);
  if (hasDepartmentChoice(ctx.region)) fields.push('departmentId');
  fields.push('paymentMethod');
  if (offersPaymentMethod(ctx.practice, values.paymentMethod)) {
    if (values.paymentMethod === 'couponcode') fields.push('couponCode');
    if (values.paymentMethod === 'insurance') {
      fields.push('insuranceProviderId', 'insuranceMemberId', 'insuranceDeclaration');
      if (values.insuranceDeclaration === 'other') fields.push(...HOLDER_FIELDS);
    }
  }
  fields.push('acceptedTerms');
  return fields;
}

/** A choice outside the offered options is treated as no choice: the fix is the same, pick one. */
const chosen = (ok: boolean): RuleError | null => (ok ? null : 'required');

function ruleFor(field: VisitFormField, values: VisitFormValues, ctx: BookingContext): RuleError | null {
  const now = ctx.now ?? new Date();
  switch (field) {
    case 'visitReason':
      return checkVisitReason(values.visitReason);
    case 'declaration':
      if (values.declaration !== 'self' && values.declaration !== 'other') return 'required';
      // Booking for someone else is for adults; any doubt about the signed-in person's age counts as no.
      return values.declaration === 'other' && checkDateOfBirth(ctx.patient.dateOfBirth ?? '', { now, adult: true }) ? 'not-adult' : null;
    case 'dependentFirstName':
    case 'dependentLastName':
    case 'holderFirstName':
    case 'holderLastName':
      return checkName(values[field]);
    case 'dependentDateOfBirth':
    case 'holderDateOfBirth':
      return checkDateOfBirth(values[field], { now });
    case 'dependentGender':
    case 'holderGender':
      return chosen(isGender(values[field]));
    case 'relationshipToPatient':
      return chosen(isRelationship(values.relationshipToPatient));
    case 'phone':
      return checkPhone(values.phone);
    case 'email':
      return checkEmail(values.email);
    case 'addressLine1':
    case 'city':
      return checkTextLine(values[field]);
    case 'addressLine2':
      return checkTextLine(values.addressLine2, { required: false });
    case 'state':
      return checkState(values.state);
    case 'postalCode':
      return checkZip(values.postalCode);
    case 'departmentId':
      return chosen(ctx.region.departments.some((department) => department.id === values.departmentId.trim()));
    case 'paymentMethod':
      return chosen(offersPaymentMethod(ctx.practice, values.paymentMethod));
    case 'couponCode':
    case 'insuranceMemberId':
      return checkTextLine(values[field]);
    case 'insuranceProviderId':
      return chosen(values.insuranceProviderId.trim() !== '');
    case 'insuranceDeclaration':
      return chosen(values.insuranceDeclaration === 'self' || values.insuranceDeclaration === 'other');
    case 'acceptedTerms':
      return checkTermsAccepted(values.acceptedTerms);
  }
}

/** The error of one field, or undefined when it is good or does not apply to these values. */
export function validateField(field: VisitFormField, values: VisitFormValues, ctx: BookingContext): FieldError | undefined {
  if (!relevantFields(values, ctx).includes(field)) return undefined;
  const rule = ruleFor(field, values, ctx);
  return rule ? { rule } : undefined;
}

/** Every relevant field's error, keyed in the order the form shows them (the summary's order). */
export function validateVisitForm(values: VisitFormValues, ctx: BookingContext): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of relevantFields(values, ctx)) {
    const rule = ruleFor(field, values, ctx);
    if (rule) errors[field] = { rule };
  }
  return errors;
}
