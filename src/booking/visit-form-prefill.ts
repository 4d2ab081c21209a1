import type { Patient } from '../api/types.js';
import { EMPTY_VISIT_FORM, type VisitFormValues } from './visit-form-values.js';

type PrefilledField = 'phone' | 'email' | 'addressLine1' | 'addressLine2' | 'city' | 'state' | 'postalCode';

/** What the patient record offers for each prefilled field (a state as its code: `mt` → `MT`). */
function knownValues(patient: Patient | undefined): Record<PrefilledField, string> {
  const clean = (value: string | undefined) => (typeof value === 'string' ? value.trim() : '');
  return {
    phone: clean(patient?.phone),
    email: clean(patient?.email),
    addressLine1: clean(patient?.address?.line1),
    addressLine2: clean(patient?.address?.line2),
    city: clean(patient?.address?.city),
    state: clean(patient?.address?.state).toUpperCase(),
    postalCode: clean(patient?.address?.postalCode),
  };
}

/**
 * The form as it opens for a signed-in patient: their contact phone, email and address, which they
 * may change for this visit. What the patient typed is kept. When the patient changes (`previous` →
 * `patient`, or signs out: `patient` undefined), what came from the previous record goes with it, so
 * one person's details are never left on screen, or sent, for another.
 */
export function prefillVisitForm(patient: Patient | undefined, values: VisitFormValues = EMPTY_VISIT_FORM, previous?: Patient): VisitFormValues {
  const known = knownValues(patient);
  const before = knownValues(previous);
  const next = { ...values };
  for (const field of Object.keys(known) as PrefilledField[]) {
    const current = values[field].trim();
    const typed = current !== '' && current !== before[field];
    next[field] = typed ? values[field] : known[field];
  }
  return next;
}
