/**
 * The health system's own session endpoint (`session-url`), for pages with no script of their own:
 * `GET` with the browser's cookies; `200 { accessToken, expiresIn, patient }`, or `401` when signed
 * out. The token it answers is kept in memory by the caller and never logged. No Lit, no DOM.
 */
import { ConfigurationError, InvalidResponseError } from './errors.js';
import { fetchAnswer } from './http.js';
import type { Address, Gender, Patient } from './types.js';

export interface Session {
  accessToken: string;
  /** When the token stops working (ms since the epoch, by this page's clock). */
  expiresAt: number;
  patient: Patient;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAX_SESSION_BYTES = 64 * 1024;
const GENDERS: readonly Gender[] = ['male', 'female', 'other'];

/** `session-url` resolved against the page: https only (plain http only on localhost). */
export function sessionEndpoint(sessionUrl: string, pageUrl: string): URL {
  let url: URL;
  try {
    url = new URL(sessionUrl, pageUrl);
  } catch {
    throw new ConfigurationError(`session-url is not a URL: "${sessionUrl}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) {
    throw new ConfigurationError('session-url must use https (plain http is allowed for localhost only)');
  }
  return url;
}

/** Who is signed in: the session, or null when the endpoint says 401 (signed out). */
export async function fetchSession(
  url: URL,
  { timeoutMs, signal, fetch = globalThis.fetch.bind(globalThis) }: { timeoutMs: number; signal?: AbortSignal; fetch?: typeof globalThis.fetch },
): Promise<Session | null> {
  const answer = await fetchAnswer(
    url,
    { method: 'GET', headers: { Accept: 'application/json' }, credentials: 'include', cache: 'no-store' },
    { fetch, timeoutMs, signal, maxBytes: MAX_SESSION_BYTES, needsBody: (response) => response.ok },
  );
  if (answer.status === 401) return null;
  if (!answer.ok) throw new InvalidResponseError(`session-url answered HTTP ${answer.status}`);
  let json: unknown;
  try {
    json = JSON.parse(answer.text);
  } catch {
    throw new InvalidResponseError('session-url did not answer JSON');
  }
  return checkSession(json, Date.now());
}

type Json = Record<string, unknown>;
const own = (json: Json, key: string): unknown => (Object.hasOwn(json, key) ? json[key] : undefined);
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (json: Json, key: string): string => {
  const value = own(json, key);
  return typeof value === 'string' ? value.slice(0, 500) : '';
};

/** The answer's shape, own properties only; a token and a patient identifier are required. */
export function checkSession(value: unknown, now: number): Session {
  const json = isObject(value) ? value : {};
  const accessToken = own(json, 'accessToken');
  const expiresIn = own(json, 'expiresIn');
  const patient = own(json, 'patient');
  if (typeof accessToken !== 'string' || accessToken.trim() === '' || !isObject(patient) || text(patient, 'identifier') === '') {
    throw new InvalidResponseError('session-url answered without an accessToken and a patient');
  }
  // Without a lifetime, ask again within a minute rather than trust the token forever.
  const seconds = typeof expiresIn === 'number' && Number.isFinite(expiresIn) && expiresIn > 0 ? Math.min(expiresIn, 86_400) : 60;
  const address = own(patient, 'address');
  const place: Json = isObject(address) ? address : {};
  const gender = text(patient, 'gender') as Gender;
  const line2 = text(place, 'line2');
  const patientAddress: Address = {
    line1: text(place, 'line1'), city: text(place, 'city'), state: text(place, 'state'), postalCode: text(place, 'postalCode'),
    ...(line2 ? { line2 } : {}),
  };
  return {
    accessToken,
    expiresAt: now + seconds * 1000,
    patient: {
      identifier: text(patient, 'identifier'),
      firstName: text(patient, 'firstName'),
      lastName: text(patient, 'lastName'),
      dateOfBirth: text(patient, 'dateOfBirth'),
      gender: GENDERS.includes(gender) ? gender : 'other',
      email: text(patient, 'email'),
      phone: text(patient, 'phone'),
      address: patientAddress,
    },
  };
}
