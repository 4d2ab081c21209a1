import { msg } from '@lit/localize';
import type { AvailabilityReason } from '../api/types.js';

/**
 * Why a region cannot take a visit now, in words for the patient. DexCare's SDK treats any reason it
 * does not know (and a missing one) as NO_REGIONS_FOUND; so do we. A busy region's own message wins,
 * as the clinic wrote it for its patients.
 */
export function availabilityMessage(reason: AvailabilityReason | null | string, busyMessage?: string): string {
  switch (reason) {
    case 'OFF_HOURS':
      return msg('The virtual clinic is closed right now.');
    case 'NO_ONCALL_PROVIDERS':
      return msg('No providers are available right now. Please try again later.');
    case 'REGION_BUSY':
      return busyMessage?.trim() || msg('We are busy helping other patients right now. Please try again in a little while.');
    default:
      return msg('Virtual visits are not available right now. Please try again later.');
  }
}

/** Label of the choice DexCare asks us to add to the region list for patients elsewhere. */
export function otherRegionLabel(): string {
  return msg('Other (not listed)', { desc: 'Last choice in the list of states/regions where the patient is now' });
}

/** What a patient who picked "Other" is told. */
export function outsideServiceAreaMessage(): string {
  return msg('We can only see patients who are in one of the listed locations at the time of the visit. Your location is outside our service area.');
}
