/**
 * The visit form's words: labels and error messages, each a whole sentence in `msg()` so that a
 * translation never has to be stitched together from fragments.
 */
import { msg, str } from '@lit/localize';
import {
  ADDRESS_LINE_MAX_LENGTH,
  ADULT_AGE_YEARS,
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  VISIT_REASON_MAX_LENGTH,
} from './field-rules.js';
import type { FieldError, VisitFormField } from './visit-form-values.js';

export { RELATIONSHIPS, GENDER_OPTIONS, DECLARATION_OPTIONS, INSURANCE_DECLARATION_OPTIONS, PAYMENT_METHOD_OPTIONS } from './choices.js';
export type { Choice } from './choices.js';
export { US_STATE_NAMES, usStateOptions } from './us-state-names.js';
export type { UsState } from './us-state-names.js';

const LABELS: Record<VisitFormField, () => string> = {
  visitReason: () => msg('Reason for visit'),
  phone: () => msg('Phone'),
  email: () => msg('Email'),
  addressLine1: () => msg('Street address'),
  addressLine2: () => msg('Apartment, suite, etc. (optional)'),
  city: () => msg('City'),
  state: () => msg('State'),
  postalCode: () => msg('ZIP code'),
  declaration: () => msg('Who is this visit for?'),
  dependentFirstName: () => msg('First name'),
  dependentLastName: () => msg('Last name'),
  dependentDateOfBirth: () => msg('Date of birth'),
  dependentGender: () => msg('Gender'),
  relationshipToPatient: () => msg('Your relationship to the patient'),
  paymentMethod: () => msg('Payment method'),
  couponCode: () => msg('Coupon or service key'),
  insuranceDeclaration: () => msg('Whose insurance is it?'),
  insuranceProviderId: () => msg('Insurance provider'),
  insuranceMemberId: () => msg('Member ID'),
  holderFirstName: () => msg("Policy holder's first name"),
  holderLastName: () => msg("Policy holder's last name"),
  holderDateOfBirth: () => msg("Policy holder's date of birth"),
  holderGender: () => msg("Policy holder's gender"),
  departmentId: () => msg('Department'),
  acceptedTerms: () => msg('I accept the terms of service'),
};

/** The visible label of a form field. */
export function fieldLabel(field: VisitFormField): string {
  return LABELS[field]();
}

/** What to do when a field is empty (or a choice is not one of the options). */
const REQUIRED: Record<VisitFormField, () => string> = {
  visitReason: () => msg('Enter the reason for your visit'),
  phone: () => msg('Enter a phone number'),
  email: () => msg('Enter an email address'),
  addressLine1: () => msg('Enter a street address'),
  addressLine2: () => msg('Enter the apartment, suite or unit'),
  city: () => msg('Enter a city'),
  state: () => msg('Choose a state'),
  postalCode: () => msg('Enter a ZIP code'),
  declaration: () => msg('Choose who this visit is for'),
  dependentFirstName: () => msg("Enter the patient's first name"),
  dependentLastName: () => msg("Enter the patient's last name"),
  dependentDateOfBirth: () => msg("Enter the patient's date of birth"),
  dependentGender: () => msg("Choose the patient's gender"),
  relationshipToPatient: () => msg('Choose your relationship to the patient'),
  paymentMethod: () => msg('Choose a payment method'),
  couponCode: () => msg('Enter your coupon or service key'),
  insuranceDeclaration: () => msg('Choose whose insurance this is'),
  insuranceProviderId: () => msg('Choose your insurance provider'),
  insuranceMemberId: () => msg('Enter the member ID from the insurance card'),
  holderFirstName: () => msg("Enter the policy holder's first name"),
  holderLastName: () => msg("Enter the policy holder's last name"),
  holderDateOfBirth: () => msg("Enter the policy holder's date of birth"),
  holderGender: () => msg("Choose the policy holder's gender"),
  departmentId: () => msg('Choose a department'),
  acceptedTerms: () => msg('Accept the terms to continue'),
};

const NAME_FIELDS: readonly VisitFormField[] = ['dependentFirstName', 'dependentLastName', 'holderFirstName', 'holderLastName'];

function tooLongMessage(field: VisitFormField): string {
  if (field === 'visitReason') return msg(str`Keep the reason to ${VISIT_REASON_MAX_LENGTH} characters or fewer`);
  if (field === 'email') return msg(str`Enter an email address of ${EMAIL_MAX_LENGTH} characters or fewer`);
  if (NAME_FIELDS.includes(field)) return msg(str`Keep the name to ${NAME_MAX_LENGTH} characters or fewer`);
  return msg(str`Keep this to ${ADDRESS_LINE_MAX_LENGTH} characters or fewer`);
}

/** What the patient should do to fix a field; the server's own words are shown as they came. */
export function fieldErrorMessage(field: VisitFormField, error: FieldError): string {
  if ('serverMessage' in error) return error.serverMessage;
  switch (error.rule) {
    case 'required':
      return REQUIRED[field]();
    case 'too-long':
      return tooLongMessage(field);
    case 'invalid-phone':
      return msg('Enter a phone number like 555-222-3334');
    case 'invalid-email':
      return msg('Enter an email address like name@example.com');
    case 'invalid-zip':
      return msg('Enter a ZIP code like 12345 or 12345-6789');
    case 'invalid-state':
      return msg('Choose a state from the list');
    case 'invalid-date':
      return msg('Enter a real date of birth, with month, day and year');
    case 'future-date':
      return msg('Enter a date of birth that is not in the future');
    case 'not-adult':
      return msg(str`The person booking for someone else must be ${ADULT_AGE_YEARS} or older`);
    case 'invalid-name':
      return msg('Use only letters, spaces, apostrophes, periods and hyphens');
    case 'terms-not-accepted':
      return msg('Accept the terms to continue');
    default:
      return msg('Check this field');
  }
}

/** Heading of the error summary above the form. */
export function errorSummaryHeading(count: number): string {
  return count === 1 ? msg('Please fix 1 problem before booking') : msg(str`Please fix ${count} problems before booking`);
}
