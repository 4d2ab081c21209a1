/**
 * The package entry: defines every element (guarded, so loading twice is harmless) and exports the
 * public types.
 */
export { DexCareVirtualVisit } from './widget/dexcare-virtual-visit.js';
export type { DependentDemographics, DependentPatientResolver, StripeLike, StripeLoader, StripeCardLike } from './widget/dexcare-virtual-visit.js';
export { DexCareRegionPicker } from './components/region-picker.js';
export { DexCareWaitTimeBadge } from './components/wait-time-badge.js';
export type { DexCareVisitForm } from './components/visit-form.js';
export type { InsurancePayer } from './components/visit-form-types.js';
export type { AccessTokenProvider } from './api/client.js';
export type { Patient, Address, Gender } from './api/types.js';
export type {
  VisitCreatedDetail, SignInRequiredDetail, RegionSelectedDetail, AvailabilityChangedDetail, VisitErrorDetail,
} from './widget/events.js';
