/** Talks to the sandbox the test runner started (see web-test-runner.config.mjs), over real HTTP. */
import type { Fault } from '../../demo/sandbox/faults.js';
import type { Patient, VisitRequest } from '../../src/api/types.js';

export const SANDBOX_URL: string = (window as unknown as { __SANDBOX_URL__: string }).__SANDBOX_URL__;

export {
  ACME_PRACTICE_ID, BEACON_PRACTICE_ID, DORMANT_PRACTICE_ID, CLOSED_PRACTICE_ID, MONTANA_REGION_ID, IDAHO_REGION_ID,
  WASHINGTON_REGION_ID, WYOMING_REGION_ID, OREGON_REGION_ID, COLORADO_REGION_ID, DEMO_PATIENT_ID, WASHINGTON_BUSY_MESSAGE,
} from '../../demo/sandbox/seed.js';

export type { Fault };

async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${SANDBOX_URL}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

/**
 * The coming Sunday at 18:00 UTC (11:00 or 12:00 in Boise): Idaho, open weekdays 08:00–17:00, is closed.
 * Ahead of the real clock, never behind it: the widget finds the next opening with the browser's clock,
 * so a fixed date in the past would, once the calendar passed it, put the browser inside a window the
 * sandbox reports from before, and "Opens …" would vanish.
 */
export function idahoOffHours(): string {
  const sunday = new Date();
  sunday.setUTCHours(18, 0, 0, 0);
  while (sunday.getUTCDay() !== 0 || sunday.getTime() < Date.now()) sunday.setUTCDate(sunday.getUTCDate() + 1);
  return sunday.toISOString();
}

export const resetSandbox = () => control('POST', '/sandbox/reset');
export const setClock = (now: string | null) => control('PUT', '/sandbox/clock', { now });
export const setFaults = (faults: Fault[]) => control('PUT', '/sandbox/faults', { faults });
export const expireTokens = () => control('POST', '/sandbox/expire-tokens');

export const signIn = (expiresIn?: number) =>
  control('POST', '/sandbox/sign-in', expiresIn === undefined ? {} : { expiresIn }) as Promise<{ accessToken: string; expiresIn: number; patient: Patient }>;

export const receivedVisits = () => control('GET', '/sandbox/visits') as Promise<{ practiceId: string; body: VisitRequest }[]>;

export const receivedRequests = () =>
  control('GET', '/sandbox/requests') as Promise<{ method: string; path: string; hasAuthorization: boolean; status: number }[]>;
