import type { Practice, PracticeRegion } from '../api/types.js';

/**
 * The practice as this page can serve it: without a Stripe publishable key the card cannot be taken,
 * so the card option is left out rather than shown broken. The same object comes back when nothing
 * changes, so the form is not re-rendered for nothing.
 */
export function withCardAvailability(practice: Practice, cardAvailable: boolean): Practice {
  if (cardAvailable || !practice.payment?.selfPay) return practice;
  return { ...practice, payment: { ...practice.payment, selfPay: false } };
}

/**
 * The region with its departments narrowed to the one the host fixed (the `department-id` attribute),
 * so the patient is not asked. An id the region does not have is ignored: the patient chooses.
 */
export function withFixedDepartment(region: PracticeRegion, departmentId: string): PracticeRegion {
  const wanted = departmentId.trim();
  const department = wanted ? (region.departments ?? []).find((candidate) => candidate.id === wanted) : undefined;
  if (!department || region.departments.length === 1) return region;
  return { ...region, departments: [department] };
}
