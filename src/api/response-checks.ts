/**
 * Checks that an answer has the shape the v8 reference promises before anything uses it, so a bad
 * server answer becomes an InvalidResponseError rather than `undefined` on screen.
 */
import { InvalidResponseError } from './errors.js';
import type {
  AvailabilityReason, Department, Practice, PracticeRegion, RegionAvailability, VisitResponse, WaitTime,
} from './types.js';

type Json = Record<string, unknown>;

function fail(what: string): never {
  throw new InvalidResponseError(`Unexpected answer from DexCare: ${what}`);
}

function object(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${what} is not an object`);
  return value as Json;
}

function string(json: Json, key: string, what: string): string {
  const value = json[key];
  if (typeof value !== 'string') fail(`${what}.${key} is not a string`);
  return value;
}

function optionalString(json: Json, key: string): string {
  return typeof json[key] === 'string' ? (json[key] as string) : '';
}

function boolean(json: Json, key: string, what: string): boolean {
  const value = json[key];
  if (typeof value !== 'boolean') fail(`${what}.${key} is not a boolean`);
  return value;
}

function array(json: Json, key: string, what: string): unknown[] {
  const value = json[key];
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
  const price = json['visitPrice'];
  return {
    id: string(json, 'id', 'region'),
    practiceId: optionalString(json, 'practiceId'),
    displayName: string(json, 'displayName', 'region'),
    regionCode: optionalString(json, 'regionCode'),
    active: boolean(json, 'active', 'region'),
    availability: (Array.isArray(json['availability']) ? json['availability'] : []).flatMap((window) => {
      const entry = typeof window === 'object' && window !== null ? (window as Json) : {};
      return typeof entry['start'] === 'string' && typeof entry['end'] === 'string'
        ? [{ start: entry['start'], end: entry['end'] }]
        : [];
    }),
    busy: json['busy'] === true,
    busyMessage: optionalString(json, 'busyMessage'),
    paymentAccountId: optionalString(json, 'paymentAccountId'),
    visitPrice: typeof price === 'number' && Number.isFinite(price) && price >= 0 ? price : 0,
    departments: (Array.isArray(json['departments']) ? json['departments'] : []).map(checkDepartment),
  };
}

export function checkPractice(value: unknown): Practice {
  const json = object(value, 'practice');
  const payment = object(json['payment'], 'practice.payment');
  return {
    id: string(json, 'id', 'practice'),
    displayName: string(json, 'displayName', 'practice'),
    careMode: json['careMode'] === 'retail' ? 'retail' : 'virtual',
    payment: {
      insurance: payment['insurance'] === true,
      selfPay: payment['selfPay'] === true,
      serviceKey: payment['serviceKey'] === true,
    },
    epicBookingEnabled: json['epicBookingEnabled'] === true,
    practiceRegions: array(json, 'practiceRegions', 'practice').map(checkRegion),
  };
}

const REASONS: readonly AvailabilityReason[] = ['NO_REGIONS_FOUND', 'REGION_BUSY', 'OFF_HOURS', 'NO_ONCALL_PROVIDERS'];

export function checkAvailability(value: unknown): RegionAvailability {
  const json = object(value, 'availability');
  const available = boolean(json, 'available', 'availability');
  const reason = json['reason'];
  if (available) return { available, reason: null };
  // DexCare's SDK treats an unknown or missing reason as NO_REGIONS_FOUND.
  return { available, reason: REASONS.includes(reason as AvailabilityReason) ? (reason as AvailabilityReason) : 'NO_REGIONS_FOUND' };
}

export function checkWaitTime(value: unknown): WaitTime {
  const json = object(value, 'wait time');
  const seconds = json['estimatedWaitTimeSeconds'];
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) fail('the wait time is not a number of seconds');
  return { estimateGeneratedAt: optionalString(json, 'estimateGeneratedAt'), estimatedWaitTimeSeconds: seconds };
}

export function checkVisitResponse(value: unknown): VisitResponse {
  const json = object(value, 'visit');
  const visitId = string(json, 'visitId', 'visit');
  if (visitId.trim() === '') fail('the visit has no id');
  const tokBox = typeof json['tokBoxVisit'] === 'object' && json['tokBoxVisit'] !== null ? (json['tokBoxVisit'] as VisitResponse['tokBoxVisit']) : undefined;
  return {
    visitId,
    userId: optionalString(json, 'userId'),
    userEmail: optionalString(json, 'userEmail'),
    waitingroomId: optionalString(json, 'waitingroomId'),
    conferenceroomId: optionalString(json, 'conferenceroomId'),
    visitRedirectUrl: optionalString(json, 'visitRedirectUrl'),
    isTokBox: json['isTokBox'] === true,
    tokBoxVisit: tokBox ?? { apiKey: '', waitingRoomSession: { sessionId: '' }, videoConferenceSession: { sessionId: '' } },
  };
}
