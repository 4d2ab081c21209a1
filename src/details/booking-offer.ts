import type { Practice, PracticeRegion } from '../api/types.js';
import { withCardAvailability, withFixedDepartment } from '../booking/host-configuration.js';
import { remember } from './remember.js';

/** The element's properties that shape what the form offers. */
export interface OfferSettings {
  readonly stripePublishableKey: string;
  readonly departmentId: string;
}

/**
 * The practice and the chosen region as the form offers them: no card without a Stripe key, one
 * department when `department-id` fixes it. The same objects while nothing changes.
 */
export class BookingOffer {
  private readonly practiceFor = remember(withCardAvailability);
  private readonly regionFor = remember(withFixedDepartment);

  constructor(private readonly settings: OfferSettings) {}

  practice(practice: Practice | undefined): Practice | undefined {
    return practice && this.practiceFor(practice, this.cardAvailable);
  }

  region(region: PracticeRegion | undefined): PracticeRegion | undefined {
    return region && this.regionFor(region, this.settings.departmentId);
  }

  private get cardAvailable(): boolean {
    return this.settings.stripePublishableKey.trim() !== '';
  }
}
