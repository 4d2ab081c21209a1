/**
 * Checks that an answer has the shape the v8 reference promises before anything uses it, so a bad
 * server answer becomes an InvalidResponseError rather than `undefined` on screen. Only own properties
 * are read: a polluted Object.prototype cannot supply a field.
 */
import { InvalidResponseError } from './errors.js';
import type {
  ApiErrorBody, AvailabilityReason, Department, Practice, PracticeRegion, RegionAvailability, WaitTime,
} from './types.js';

export type Json = Record<string, unknown>;

/** More is malformed: the US has 56 state-level jurisdictions, and each region is rendered. */
export const MAX_PRACTICE_REGIONS = 200;


export function fail(what: string): never {
  throw new InvalidResponseError(`Unexpected answer from DexCare: ${what}`);
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function object(value: unknown, what: string): Json {
  if (!isObject(value)) fail(`${what} is not an object`);
  return value;
}

/** `json[key]` if it is the answer's own, never one inherited. */
export function own(json: Json, key: string): unknown {
  return Object.hasOwn(json, key) ? json[key] : undefined;
}

export function string(json: Json, key: string, what: string): string {
  const value = own(json, key);
  if (typeof value !== 'string') fail(`${what}.${key} is not a string`);
  return value;
}

export function optionalString(json: Json, key: string): string {
  const value = own(json, key);
  return typeof value === 'string' ? value : '';
}

function boolean(json: Json, key: string, what: string): boolean {
  const value = own(json, key);
  if (typeof value !== 'boolean') fail(`${what}.${key} is not a boolean`);
  return value;
}

function optionalList(json: Json, key: string): unknown[] {
  const value = own(json, key);
  return Array.isArray(value) ? value : [];
}

function array(json: Json, key: string, what: string): unknown[] {
  const value = own(json, key);
  if (!Array.isArray(value)) fail(`${what}.${key} is not a list`);
  return value;
}

function checkDepartment(value: unknown): Department {
  const json = object(value, 'department');
  return {
    id: string(json, 'id', 'department'),
    epicDepartmentId: optionalString(json, 'epicDepartmentId'),
    ehrSystemName: string(json, 'ehrSystemName', 'department'),
    defaultDepartmentName: optionalString(json, 'defaultDepartmentName'),
  };
}

function checkRegion(value: unknown): PracticeRegion {
  const json = object(value, 'practice region');
  const price = own(json, 'visitPrice');
  return {
    id: string(json, 'id', 'region'),
    practiceId: optionalString(json, 'practiceId'),
    displayName: string(json, 'displayName', 'region'),
    regionCode: optionalString(json, 'regionCode'),
    active: boolean(json, 'active', 'region'),
    availability: optionalList(json, 'availability').flatMap((window) => {
      const [start, end] = isObject(window) ? [own(window, 'start'), own(window, 'end')] : [];
      return typeof start === 'string' && typeof end === 'string' ? [{ start, end }] : [];
    }),
    busy: own(json, 'busy') === true,
    busyMessage: optionalString(json, 'busyMessage'),
    paymentAccountId: optionalString(json, 'paymentAccountId'),
    visitPrice: typeof price === 'number' && Number.isFinite(price) && price >= 0 ? price : 0,
    departments: optionalList(json, 'departments').map(checkDepartment),
  };
}

export function checkPractice(value: unknown): Practice {
  const json = object(value, 'practice');
  const payment = object(own(json, 'payment'), 'practice.payment');
  const regions = array(json, 'practiceRegions', 'practice');
  if (regions.length > MAX_PRACTICE_REGIONS) fail(`more than ${MAX_PRACTICE_REGIONS} practice regions`);
  return {
    id: string(json, 'id', 'practice'),
    displayName: string(json, 'displayName', 'practice'),
    careMode: own(json, 'careMode') === 'retail' ? 'retail' : 'virtual',
    payment: {
      insurance: own(payment, 'insurance') === true,
      selfPay: own(payment, 'selfPay') === true,
      serviceKey: own(payment, 'serviceKey') === true,
    },
    epicBookingEnabled: own(json, 'epicBookingEnabled') === true,
    practiceRegions: regions.map(checkRegion),
  };
}

const REASONS: readonly AvailabilityReason[] = ['NO_REGIONS_FOUND', 'REGION_BUSY', 'OFF_HOURS', 'NO_ONCALL_PROVIDERS'];

export function checkAvailability(value: unknown): RegionAvailability {
  const json = object(value, 'availability');
  const available = boolean(json, 'available', 'availability');
  const reason = own(json, 'reason');
  if (available) return { available, reason: null };
  // DexCare's SDK treats an unknown or missing reason as NO_REGIONS_FOUND.
  return { available, reason: REASONS.includes(reason as AvailabilityReason) ? (reason as AvailabilityReason) : 'NO_REGIONS_FOUND' };
}

export function checkWaitTime(value: unknown): WaitTime {
  const json = object(value, 'wait time');
  const seconds = own(json, 'estimatedWaitTimeSeconds');
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) fail('the wait time is not a number of seconds');
  return { estimateGeneratedAt: optionalString(json, 'estimateGeneratedAt'), estimatedWaitTimeSeconds: seconds };
}

/** DexCare's error body (`{ error: string }`, non-empty), or undefined when the answer is not one. */
export function checkErrorBody(value: unknown): ApiErrorBody | undefined {
  if (!isObject(value)) return undefined;
  const error = own(value, 'error');
  if (typeof error !== 'string' || error.trim() === '') return undefined;
  const code = own(value, 'code');
  const field = own(value, 'field');
  return { error, code: typeof code === 'string' ? code : undefined, field: typeof field === 'string' ? field : undefined };
}
