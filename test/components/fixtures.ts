/** Small wire objects for component tests, in the v8 shapes. */
import type { Patient, Practice, PracticeRegion } from '../../src/api/types.js';

export function region(overrides: Partial<PracticeRegion> = {}): PracticeRegion {
  return {
    id: 'region-mt',
    practiceId: 'practice-1',
    displayName: 'Montana',
    regionCode: 'MT',
    active: true,
    availability: [],
    busy: false,
    busyMessage: '',
    paymentAccountId: 'acct',
    visitPrice: 4900,
    departments: [{ id: 'dept-1', epicDepartmentId: 'E1', ehrSystemName: 'EPIC', defaultDepartmentName: 'Virtual care' }],
    ...overrides,
  };
}

export function practice(overrides: Partial<Practice> = {}): Practice {
  return {
    id: 'practice-1',
    displayName: 'Acme',
    careMode: 'virtual',
    payment: { insurance: true, selfPay: true, serviceKey: true },
    epicBookingEnabled: true,
    practiceRegions: [region()],
    ...overrides,
  };
}

export const patient: Patient = {
  identifier: 'patient-1',
  firstName: 'Ada',
  lastName: 'Lovelace',
  dateOfBirth: '1990-12-10',
  gender: 'female',
  email: 'ada@example.org',
  phone: '555-222-3334',
  address: { line1: '1 Main St', city: 'Helena', state: 'MT', postalCode: '59601' },
};
