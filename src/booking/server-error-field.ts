import type { VisitFormField, VisitFormValues } from './visit-form-values.js';

// Maps, not plain objects: a path like `constructor` must not find Object's own members.

/** Wire paths of the visit request that map to one form field whatever the values. */
const FIELD_BY_PATH = new Map<string, VisitFormField>(Object.entries({
  'patient.phone': 'phone',
  'patient.email': 'email',
  'patient.address.line1': 'addressLine1',
  'patient.address.line2': 'addressLine2',
  'patient.address.city': 'city',
  'patient.address.state': 'state',
  'patient.address.postalCode': 'postalCode',
  'actor.phone': 'phone',
  'actor.relationshipToPatient': 'relationshipToPatient',
  'billingInfo.paymentMethod': 'paymentMethod',
  'billingInfo.couponCode': 'couponCode',
  'billingInfo.declaration': 'insuranceDeclaration',
  'billingInfo.insuranceProviderId': 'insuranceProviderId',
  'billingInfo.insuranceMemberId': 'insuranceMemberId',
  'visitDetails.visitReason': 'visitReason',
  'visitDetails.departmentId': 'departmentId',
  'visitDetails.declaration': 'declaration',
  'visitDetails.acceptedTerms': 'acceptedTerms',
}));

/** The insured person's details on the wire, typed into the form as a holder's or the dependent's. */
const INSURED_PERSON = new Map<string, { holder: VisitFormField; dependent: VisitFormField }>(Object.entries({
  'billingInfo.firstName': { holder: 'holderFirstName', dependent: 'dependentFirstName' },
  'billingInfo.lastName': { holder: 'holderLastName', dependent: 'dependentLastName' },
  'billingInfo.gender': { holder: 'holderGender', dependent: 'dependentGender' },
  'billingInfo.dateOfBirth': { holder: 'holderDateOfBirth', dependent: 'dependentDateOfBirth' },
}));

/** Codes that blame one field even when the body names none. */
const FIELD_BY_CODE = new Map<string, VisitFormField>([['MISSING_VISIT_REASON', 'visitReason']]);

/** `/body/patient/phone` and `body.patient.phone` (validator spellings) → `patient.phone`. */
function normalizePath(path: string): string {
  return path.trim().replace(/\//g, '.').replace(/^\.+/, '').replace(/^(?:request\.)?body\./, '');
}

/**
 * The form field a 400 answer blames, so its text can sit next to that field. Null when it names
 * nothing the patient typed (the signed-in person's own details, the card, the patient record);
 * a department error names a field the form shows only when the region has several.
 */
export function fieldForServerError(body: { error: string; code?: string; field?: string }, values: VisitFormValues): VisitFormField | null {
  const path = body.field ? normalizePath(body.field) : '';
  const field = FIELD_BY_PATH.get(path);
  if (field) return field;
  const insured = INSURED_PERSON.get(path);
  if (insured && values.paymentMethod === 'insurance') {
    if (values.insuranceDeclaration === 'other') return insured.holder;
    // Own insurance: the dependent's details for an 'other' visit, the signed-in person's otherwise.
    if (values.declaration === 'other') return insured.dependent;
    return null;
  }
  return FIELD_BY_CODE.get(body.code ?? '') ?? null;
}
