/** What a region looks like on the wire and whether it takes visits right now. */
import type { Practice, PracticeRegion, RegionAvailability } from '../../src/api/types.js';
import { isOpenAt, upcomingWindows } from './hours.js';
import type { SeedPractice, SeedRegion } from './seed.js';

export function regionView(region: SeedRegion, now: Date): PracticeRegion {
  return {
    id: region.id,
    practiceId: region.practiceId,
    displayName: region.displayName,
    regionCode: region.regionCode,
    active: region.active,
    availability: upcomingWindows(region.hours, region.timeZone, now),
    busy: region.busy,
    busyMessage: region.busyMessage,
    paymentAccountId: region.paymentAccountId,
    visitPrice: region.visitPrice,
    departments: region.departments.map((department) => ({ ...department })),
  };
}

export function practiceView(practice: SeedPractice, now: Date): Practice {
  return {
    id: practice.id,
    displayName: practice.displayName,
    careMode: practice.careMode,
    payment: { ...practice.payment },
    epicBookingEnabled: practice.epicBookingEnabled,
    practiceRegions: practice.regions.map((region) => regionView(region, now)),
  };
}

/** Reasons in the order DexCare reports them: unknown/inactive, busy, off hours, nobody on call. */
export function regionAvailability(region: SeedRegion | undefined, now: Date): RegionAvailability {
  if (!region || !region.active) return { available: false, reason: 'NO_REGIONS_FOUND' };
  if (region.busy) return { available: false, reason: 'REGION_BUSY' };
  if (!isOpenAt(region.hours, region.timeZone, now)) return { available: false, reason: 'OFF_HOURS' };
  if (region.onCallProviders <= 0) return { available: false, reason: 'NO_ONCALL_PROVIDERS' };
  return { available: true, reason: null };
}
