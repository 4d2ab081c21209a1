import type { Patient } from '../api/types.js';
import { EMPTY_VISIT_FORM, type VisitFormValues } from './visit-form-values.js';

/**
 * The form as it opens for a signed-in patient: their contact phone, email and address, which they
 * may change for this visit. Fields the patient already typed are kept.
 */
export function prefillVisitForm(patient: Patient, values: VisitFormValues = EMPTY_VISIT_FORM): VisitFormValues {
  const keep = (typed: string, known: string | undefined) => (typed.trim() ? typed : (known ?? '').trim());
  return {
    ...values,
    phone: keep(values.phone, patient.phone),
    email: keep(values.email, patient.email),
    addressLine1: keep(values.addressLine1, patient.address?.line1),
    addressLine2: keep(values.addressLine2, patient.address?.line2),
    city: keep(values.city, patient.address?.city),
    state: keep(values.state, patient.address?.state),
    postalCode: keep(values.postalCode, patient.address?.postalCode),
  };
}
