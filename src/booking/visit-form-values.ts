import type { Declaration, Gender, PaymentMethod } from '../api/types.js';
import type { RuleError } from './field-rules.js';

/** Everything the patient types into the visit form, as strings and flags: no derived data. */
export interface VisitFormValues {
  visitReason: string;
  /** Contact phone and email for this visit: how the clinic reaches the patient. */
  phone: string;
  email: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  state: string;
  postalCode: string;
  /** Who the visit is for: the signed-in person, or someone in their care. */
  declaration: Declaration;
  /** When `declaration` is 'other': the person the visit is for. */
  dependentFirstName: string;
  dependentLastName: string;
  dependentDateOfBirth: string;
  dependentGender: Gender | '';
  /** The signed-in person's relationship to the patient (DexCare's wording, e.g. 'Mother'). */
  relationshipToPatient: string;
  paymentMethod: PaymentMethod | '';
  couponCode: string;
  /** Whose insurance pays: the patient's own, or a policy holder's. */
  insuranceDeclaration: Declaration;
  insuranceProviderId: string;
  insuranceMemberId: string;
  holderFirstName: string;
  holderLastName: string;
  holderDateOfBirth: string;
  holderGender: Gender | '';
  departmentId: string;
  acceptedTerms: boolean;
}

export type VisitFormField = keyof VisitFormValues;

/** A broken rule (worded by messages.ts), or the server's own words when a 400 named the field. */
export type FieldError = { rule: RuleError } | { serverMessage: string };
export type FieldErrors = Partial<Record<VisitFormField, FieldError>>;

export const EMPTY_VISIT_FORM: VisitFormValues = {
  visitReason: '',
  phone: '',
  email: '',
  addressLine1: '',
  addressLine2: '',
  city: '',
  state: '',
  postalCode: '',
  declaration: 'self',
  dependentFirstName: '',
  dependentLastName: '',
  dependentDateOfBirth: '',
  dependentGender: '',
  relationshipToPatient: '',
  paymentMethod: '',
  couponCode: '',
  insuranceDeclaration: 'self',
  insuranceProviderId: '',
  insuranceMemberId: '',
  holderFirstName: '',
  holderLastName: '',
  holderDateOfBirth: '',
  holderGender: '',
  departmentId: '',
  acceptedTerms: false,
};
