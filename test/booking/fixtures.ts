import type { Department, Patient, Practice, PracticeRegion } from '../../src/api/types.js';
import { EMPTY_VISIT_FORM, type VisitFormValues } from '../../src/booking/visit-form-values.js';

export const URGENT_CARE: Department = {
  id: 'dept-urgent',
  epicDepartmentId: '1001',
  ehrSystemName: 'EPIC-MT',
  defaultDepartmentName: 'Virtual Urgent Care',
};

export const PEDIATRICS: Department = {
  id: 'dept-peds',
  epicDepartmentId: '1002',
  ehrSystemName: 'EPIC-MT-2',
  defaultDepartmentName: 'Virtual Pediatrics',
};

export function region(overrides: Partial<PracticeRegion> = {}): PracticeRegion {
  return {
    id: 'cc11788e-7d33-463d-a385-d378ff3a9966',
    practiceId: '0cee700e-f4c1-4459-b390-263e4ded436c',
    displayName: 'Montana',
    regionCode: 'MT',
    active: true,
    availability: [],
    busy: false,
    busyMessage: '',
    paymentAccountId: 'acct_1',
    visitPrice: 4900,
    departments: [URGENT_CARE],
    ...overrides,
  };
}

export function practice(overrides: Partial<Practice> = {}): Practice {
  return {
    id: '0cee700e-f4c1-4459-b390-263e4ded436c',
    displayName: 'Acme',
    careMode: 'virtual',
    payment: { insurance: true, selfPay: true, serviceKey: true },
    epicBookingEnabled: true,
    practiceRegions: [region()],
    ...overrides,
  };
}

export const ADA: Patient = {
  identifier: 'patient-guid',
  firstName: 'Ada',
  lastName: 'Lovelace',
  dateOfBirth: '1990-12-10',
  gender: 'female',
  email: 'ada@example.org',
  phone: '555-222-3334',
  address: { line1: '1 Main St', city: 'Helena', state: 'MT', postalCode: '59601' },
};

/** A filled-in, valid form for a self visit paid by card. */
export function filledForm(overrides: Partial<VisitFormValues> = {}): VisitFormValues {
  return {
    ...EMPTY_VISIT_FORM,
    visitReason: 'Sore throat',
    phone: '555-222-3334',
    email: 'ada@example.org',
    addressLine1: '1 Main St',
    city: 'Helena',
    state: 'MT',
    postalCode: '59601',
    paymentMethod: 'creditcard',
    acceptedTerms: true,
    ...overrides,
  };
}

/** The person in Ada's care, as the form holds them for an 'other' visit. */
export const DEPENDENT: Partial<VisitFormValues> = {
  declaration: 'other',
  dependentFirstName: 'Byron',
  dependentLastName: 'Lovelace',
  dependentDateOfBirth: '2016-05-01',
  dependentGender: 'male',
  relationshipToPatient: 'Mother',
};

/** A fixed local noon, so calendar-day rules do not depend on when or where tests run. */
export const NOON_2024_06_15 = new Date(2024, 5, 15, 12, 0, 0);
