/**
 * Seed data: the practices, regions, demo patient and coupon the sandbox starts with (and returns to on
 * `POST /sandbox/reset`). Ids are exported so tests and the demo page can name them.
 */
import type { Department, Patient, Practice } from '../../src/api/types.js';
import type { WeeklyHours } from './hours.js';

export const ACME_PRACTICE_ID = '0cee700e-f4c1-4459-b390-263e4ded436c';
export const BEACON_PRACTICE_ID = '5b0f4f9e-2f7a-4c1e-9a55-0d7d3c1f6a10';
export const DORMANT_PRACTICE_ID = '9d1c3b0a-6e44-4f2b-8a7e-3f5e2d1c0b99';
export const CLOSED_PRACTICE_ID = 'a7e5d3c1-0b9f-4e8d-8c6b-5a4f3e2d1c00';

export const MONTANA_REGION_ID = 'cc11788e-7d33-463d-a385-d378ff3a9966';
export const IDAHO_REGION_ID = '3f2a9c1e-5b7d-4e60-9a1f-2c8e4d6b0a11';
export const WASHINGTON_REGION_ID = '7b4e1d2c-9a3f-4c85-b6e0-1d2f3a4b5c22';
export const WYOMING_REGION_ID = 'e1c2d3b4-a5f6-4789-8abc-def012345633';
export const OREGON_REGION_ID = '5d6e7f80-1a2b-4c3d-9e4f-50617283a944';
export const COLORADO_REGION_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c55';
export const HAWAII_REGION_ID = 'b1c2d3e4-f5a6-4b78-9c0d-1e2f3a4b5c88';
export const UTAH_REGION_ID = '2b3c4d5e-6f70-4182-93a4-b5c6d7e8f966';
export const NEVADA_REGION_ID = '4c5d6e7f-8091-4a2b-bc3d-4e5f6a7b8c77';
export const ARIZONA_REGION_ID = '6e7f8091-a2b3-4c4d-8e5f-60718293a488';
export const NEW_MEXICO_REGION_ID = '8091a2b3-c4d5-4e6f-9071-8293a4b5c699';

export const DEMO_PATIENT_ID = 'f3b1c2d4-5e6f-4a70-8b91-a2b3c4d5e6f7';
export const COUPON_CODES = ['SANDBOX-FREE'] as const;

export const WASHINGTON_BUSY_MESSAGE =
  'Our Washington clinicians are helping other patients. Please try again in about 30 minutes.';

/** The demo patient, in exactly the shape of the element's `patient` property. */
export const DEMO_PATIENT: Patient = {
  identifier: DEMO_PATIENT_ID,
  firstName: 'Ada',
  lastName: 'Lovelace',
  dateOfBirth: '1990-12-10',
  gender: 'female',
  email: 'ada@example.org',
  phone: '555-222-3334',
  address: { line1: '1 Main St', city: 'Helena', state: 'MT', postalCode: '59601' },
};

/** A region as the sandbox keeps it: the wire fields plus what drives its behaviour. */
export interface SeedRegion {
  id: string;
  practiceId: string;
  displayName: string;
  regionCode: string;
  active: boolean;
  busy: boolean;
  busyMessage: string;
  paymentAccountId: string;
  visitPrice: number;
  departments: Department[];
  timeZone: string;
  hours: WeeklyHours;
  onCallProviders: number;
  baseWaitSeconds: number;
}

export interface SeedPractice extends Omit<Practice, 'practiceRegions'> {
  regions: SeedRegion[];
}

const weekdays = (start: string, end: string): WeeklyHours => ({
  1: [{ start, end }],
  2: [{ start, end }],
  3: [{ start, end }],
  4: [{ start, end }],
  5: [{ start, end }],
});

function region(
  practiceId: string,
  id: string,
  displayName: string,
  regionCode: string,
  timeZone: string,
  extra: Partial<SeedRegion> = {},
): SeedRegion {
  const code = regionCode.toLowerCase();
  return {
    id,
    practiceId,
    displayName,
    regionCode,
    active: true,
    busy: false,
    busyMessage: '',
    paymentAccountId: `acct_sandbox_${code}`,
    visitPrice: 4900,
    departments: [
      {
        id: `dept-${code}-virtual`,
        epicDepartmentId: `${regionCode}-VV-1001`,
        ehrSystemName: `SANDBOX-EPIC-${regionCode}`,
        defaultDepartmentName: `${displayName} Virtual Urgent Care`,
      },
    ],
    timeZone,
    hours: 'always',
    onCallProviders: 3,
    baseWaitSeconds: 300,
    ...extra,
  };
}

/** A fresh copy of the seed each call, so state can be reset by re-seeding. */
export function seedPractices(): SeedPractice[] {
  return [
    {
      id: ACME_PRACTICE_ID,
      displayName: 'Acme',
      careMode: 'virtual',
      payment: { insurance: true, selfPay: true, serviceKey: true },
      epicBookingEnabled: true,
      regions: [
        region(ACME_PRACTICE_ID, MONTANA_REGION_ID, 'Montana', 'MT', 'America/Denver', { baseWaitSeconds: 240 }),
        region(ACME_PRACTICE_ID, IDAHO_REGION_ID, 'Idaho', 'ID', 'America/Boise', {
          hours: weekdays('08:00', '17:00'),
          visitPrice: 5900,
          baseWaitSeconds: 600,
        }),
        region(ACME_PRACTICE_ID, WASHINGTON_REGION_ID, 'Washington', 'WA', 'America/Los_Angeles', {
          busy: true,
          busyMessage: WASHINGTON_BUSY_MESSAGE,
          baseWaitSeconds: 1800,
        }),
        region(ACME_PRACTICE_ID, WYOMING_REGION_ID, 'Wyoming', 'WY', 'America/Denver', { onCallProviders: 0 }),
        region(ACME_PRACTICE_ID, OREGON_REGION_ID, 'Oregon', 'OR', 'America/Los_Angeles', { active: false }),
        region(ACME_PRACTICE_ID, COLORADO_REGION_ID, 'Colorado', 'CO', 'America/Denver', {
          visitPrice: 6900,
          baseWaitSeconds: 420,
          departments: [
            {
              id: 'dept-co-denver',
              epicDepartmentId: 'CO-VV-2001',
              ehrSystemName: 'SANDBOX-EPIC-CO-NORTH',
              defaultDepartmentName: 'Denver Virtual Urgent Care',
            },
            {
              id: 'dept-co-springs',
              epicDepartmentId: 'CO-VV-2002',
              ehrSystemName: 'SANDBOX-EPIC-CO-SOUTH',
              defaultDepartmentName: 'Colorado Springs Virtual Pediatrics',
            },
          ],
        }),
        // Off hours nearly always: open one hour a week, Tuesdays 09:00–10:00 Honolulu time (19:00–20:00 UTC
        // all year, Hawaii has no daylight saving), so its `availability` always holds an opening within the
        // coming week: a closed region to meet whenever one looks.
        region(ACME_PRACTICE_ID, HAWAII_REGION_ID, 'Hawaii', 'HI', 'Pacific/Honolulu', {
          hours: { 2: [{ start: '09:00', end: '10:00' }] },
        }),
      ],
    },
    {
      id: BEACON_PRACTICE_ID,
      displayName: 'Beacon Health',
      careMode: 'virtual',
      payment: { insurance: false, selfPay: true, serviceKey: true },
      epicBookingEnabled: true,
      regions: [region(BEACON_PRACTICE_ID, UTAH_REGION_ID, 'Utah', 'UT', 'America/Denver', { visitPrice: 3900 })],
    },
    {
      id: DORMANT_PRACTICE_ID,
      displayName: 'Dormant Family Medicine',
      careMode: 'virtual',
      payment: { insurance: true, selfPay: true, serviceKey: true },
      epicBookingEnabled: true,
      regions: [region(DORMANT_PRACTICE_ID, NEVADA_REGION_ID, 'Nevada', 'NV', 'America/Los_Angeles', { active: false })],
    },
    {
      id: CLOSED_PRACTICE_ID,
      displayName: 'Cedar Telehealth',
      careMode: 'virtual',
      payment: { insurance: true, selfPay: true, serviceKey: true },
      epicBookingEnabled: true,
      regions: [
        region(CLOSED_PRACTICE_ID, ARIZONA_REGION_ID, 'Arizona', 'AZ', 'America/Phoenix', {
          busy: true,
          busyMessage: 'Our Arizona clinicians are helping other patients. Please try again later.',
        }),
        region(CLOSED_PRACTICE_ID, NEW_MEXICO_REGION_ID, 'New Mexico', 'NM', 'America/Denver', { onCallProviders: 0 }),
      ],
    },
  ];
}
