/** What the host configured, made safe to use: what the form offers, time limits, intervals, the API base. Pure. */
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

/** `requestTimeout`, never an instant failure of every request whatever the host sets. */
export function requestTimeoutMs(requested: number): number {
  // Above 2^31 - 1 ms, setTimeout fires at once.
  return Number.isFinite(requested) && requested > 0 ? Math.min(requested, 2 ** 31 - 1) : 15_000;
}

/** `waitTimeRefreshInterval`: never a tight loop against the API. */
export function refreshIntervalMs(requested: number): number {
  return Number.isFinite(requested) ? Math.max(1000, requested) : 60_000;
}

/** `api-base-url` resolved against the page (default: the page's origin); left as it is when it is no URL, so the client can say so. */
export function absoluteApiBaseUrl(apiBaseUrl: string, pageUrl: string): string {
  try {
    return new URL(apiBaseUrl || '/', pageUrl).href;
  } catch {
    return apiBaseUrl;
  }
}
