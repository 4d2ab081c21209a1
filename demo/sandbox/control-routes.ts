/**
 * Sandbox-only routes under `/sandbox/`: sign-in, dependents (standing in for DexCare's
 * `/v1/patient/other`) and test controls. Never faulted, never delayed.
 * - `GET /sandbox/session-tokens` → `{ expiresIn }`; `PUT` it (`{ "expiresIn": 5 }`, 0 to 900 seconds)
 *   to make the tokens `GET /sandbox/session` issues from then on short-lived. Reset returns it to 900.
 */
import type { Gender } from '../../src/api/types.js';
import { checkDateOfBirth, checkName } from '../../src/booking/field-rules.js';
import { unauthorized } from './api-routes.js';
import type { Context } from './context.js';
import { parseFaults } from './faults.js';
import { errorReply, json, parseJson, type Reply } from './http-util.js';
import * as s from './schema.js';
import { DEMO_PATIENT } from './seed.js';
import { problemRejection, ruleRejection } from './sentences.js';
import { DEFAULT_TOKEN_SECONDS, type Store } from './store.js';
import { GENDERS } from './visit-validation.js';

/** The JSON body, or a 400 reply. */
function jsonBody(context: Context): { value: unknown } | { reply: Reply } {
  if (context.body.tooLarge) return { reply: errorReply(400, 'The request is too large.', 'BODY_TOO_LARGE') };
  const parsed = parseJson(context.body.text);
  return parsed.ok ? { value: parsed.value } : { reply: errorReply(400, 'The request is not valid JSON.', 'INVALID_JSON') };
}

const invalid = (error: string, field?: string) => errorReply(400, error, 'OPENAPI_VALIDATION_ERROR', field);

/** `{ expiresIn }` from a body like `{ "expiresIn": 60 }` (`fallback` when absent), or a 400 reply. */
function expiresInBody(context: Context, fallback?: number): { expiresIn: number } | { reply: Reply } {
  const body = jsonBody(context);
  if ('reply' in body) return body;
  if (body.value === undefined && fallback !== undefined) return { expiresIn: fallback };
  if (!s.isPlainObject(body.value)) return { reply: invalid('Expected an object like { "expiresIn": 60 }.') };
  const extra = Object.keys(body.value).find((key) => key !== 'expiresIn');
  if (extra) return { reply: invalid(`Unknown field ${extra}.`, extra) };
  const requested = Object.hasOwn(body.value, 'expiresIn') ? body.value.expiresIn : fallback;
  if (typeof requested !== 'number' || !Number.isFinite(requested) || requested < 0 || requested > DEFAULT_TOKEN_SECONDS) {
    return { reply: invalid(`expiresIn must be a number of seconds from 0 to ${DEFAULT_TOKEN_SECONDS}.`, 'expiresIn') };
  }
  return { expiresIn: requested };
}

/** A fresh token for the demo patient: one answer for the JSON sign-in and the cookie session. */
export function demoPatientToken(store: Store, expiresIn: number, sessionId?: string): Reply {
  const accessToken = store.issueToken(DEMO_PATIENT.identifier, expiresIn, sessionId);
  return json(200, { accessToken, expiresIn, patient: structuredClone(DEMO_PATIENT) });
}

export function signIn(context: Context): Reply {
  const body = expiresInBody(context, DEFAULT_TOKEN_SECONDS);
  return 'reply' in body ? body.reply : demoPatientToken(context.store, body.expiresIn);
}

export const getSessionTokens = ({ store }: Context): Reply => json(200, { expiresIn: store.sessionTokenSeconds });

export function setSessionTokens(context: Context): Reply {
  const body = expiresInBody(context);
  if ('reply' in body) return body.reply;
  context.store.sessionTokenSeconds = body.expiresIn;
  return getSessionTokens(context);
}

interface DependentInput {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  gender: Gender;
}

const dependentShape = s.object<DependentInput>({
  firstName: s.string,
  lastName: s.string,
  dateOfBirth: s.string,
  gender: s.oneOf(GENDERS),
});

export function addDependent(context: Context): Reply {
  const ownerId = context.store.authenticate(context.headers.authorization);
  if (!ownerId) return unauthorized();
  const body = jsonBody(context);
  if ('reply' in body) return body.reply;
  const problem = dependentShape(body.value, '');
  if (problem) return json(400, problemRejection(problem));
  const person = body.value as DependentInput;
  const now = context.store.clock.now();
  const rules: Array<[keyof DependentInput, ReturnType<typeof checkName>]> = [
    ['firstName', checkName(person.firstName)],
    ['lastName', checkName(person.lastName)],
    ['dateOfBirth', checkDateOfBirth(person.dateOfBirth, { now })],
  ];
  for (const [field, rule] of rules) if (rule) return json(400, ruleRejection(field, rule));
  const dependent = context.store.addDependent(ownerId, {
    firstName: person.firstName.trim(),
    lastName: person.lastName.trim(),
    dateOfBirth: person.dateOfBirth.trim(),
    gender: person.gender,
  });
  return json(200, { identifier: dependent.identifier });
}

export function reset({ store }: Context): Reply {
  store.reset();
  return json(200, { ok: true });
}

const clockState = ({ store }: Context) => json(200, { now: store.clock.now().toISOString(), fixed: store.clock.fixed });

export const getClock = clockState;

export function setClock(context: Context): Reply {
  const body = jsonBody(context);
  if ('reply' in body) return body.reply;
  const value = body.value;
  if (!s.isPlainObject(value) || !Object.hasOwn(value, 'now') || Object.keys(value).length !== 1) {
    return invalid('Expected { "now": "2025-03-07T12:00:00.000Z" } or { "now": null }.');
  }
  if (value.now === null) context.store.clock.set(null);
  else {
    const at = typeof value.now === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value.now) ? Date.parse(value.now) : NaN;
    if (!Number.isFinite(at)) return invalid('"now" must be an ISO 8601 date-time or null.', 'now');
    context.store.clock.set(new Date(at));
  }
  return clockState(context);
}

export const listVisits = ({ store }: Context): Reply =>
  json(
    200,
    [...store.visits.values()].map(({ visitId, practiceId, body, receivedAt }) => ({ visitId, practiceId, body, receivedAt })),
  );

export const listRequests = ({ store }: Context): Reply => json(200, store.requests);

export const expireTokens = ({ store }: Context): Reply => json(200, { expired: store.expireTokens() });

export const getFaults = ({ store }: Context): Reply => json(200, { faults: store.faults });

export function putFaults(context: Context): Reply {
  const body = jsonBody(context);
  if ('reply' in body) return body.reply;
  const parsed = parseFaults(body.value);
  if ('error' in parsed) return invalid(parsed.error, parsed.field);
  context.store.faults = parsed.faults;
  return json(200, { faults: parsed.faults });
}

export function deleteFaults({ store }: Context): Reply {
  store.faults = [];
  return json(200, { faults: [] });
}
