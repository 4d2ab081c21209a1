/** What the host set, made safe to use: time limits, intervals, the API base. Pure; read afresh at each use, so a change applies from the next request on. */

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
