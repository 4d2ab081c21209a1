/**
 * Creating the visit: `POST api/8/practices/{practiceId}/visits` with a bearer token. Apart from the
 * client so that only the details step's chunk carries it.
 *
 * Creating a visit is never retried automatically (the API has no idempotency key), except once
 * after a 401 with a fresh token, as DexCare's SDK does. Its outcome is one of three:
 * - created: a 2xx with a visit that passes checkVisitResponse;
 * - provably not created, today's errors: a 4xx with DexCare's error body (ApiError), a failure
 *   before the request left (SignInRequiredError, an abort), a 401 twice (SignInRequiredError('expired'));
 * - unknown, UncertainOutcomeError: anything else once fetch was called. A lost connection or a passed
 *   time limit (the browser cannot say whether the body left), a 2xx that cannot be read or checked,
 *   a 5xx or other answer without DexCare's error body (a gateway may have forwarded the request).
 *   The patient must not be told to simply try again: that may book a second visit.
 * The caller's abort (the element was removed) still rejects with its AbortError.
 */
import { apiError, errorBodyOf, parseJson, type DexCareClient } from './client.js';
import { SignInRequiredError, TimeoutError, UncertainOutcomeError } from './errors.js';
import { fetchAnswer, type Answer } from './http.js';
import { fail, isObject, object, optionalString, own, string } from './response-checks.js';
import type { VisitRequest, VisitResponse } from './types.js';

/** Size cap for the POST's answer, enforced while the body streams in: a visit is far under it. */
export const MAX_VISIT_BYTES = 64 * 1024;

/**
 * Creates the visit with `token` (from `requireAccessToken`, asked before the caller's other
 * steps) or, without one, a token asked for now; after a 401, asks once more and resends once.
 */
export async function createVisit(
  client: DexCareClient,
  practiceId: string,
  body: VisitRequest,
  { signal, token }: { signal?: AbortSignal; token?: string } = {},
): Promise<VisitResponse> {
  const url = client.url(`api/8/practices/${encodeURIComponent(practiceId)}/visits`);
  const json = JSON.stringify(body);
  let answer = await sendVisit(client, url, json, token ?? (await requireAccessToken(client)), signal);
  if (answer.status === 401) {
    // The token may have expired between the host handing it over and now: ask once more.
    answer = await sendVisit(client, url, json, await requireAccessToken(client), signal);
    if (answer.status === 401) throw new SignInRequiredError('expired');
  }
  return visitFrom(answer);
}

/** One POST. Once fetch is called, a failure hides whether the visit was created: UncertainOutcomeError. */
async function sendVisit(client: DexCareClient, url: URL, body: string, token: string, signal?: AbortSignal): Promise<Answer> {
  try {
    return await fetchAnswer(
      url,
      {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body,
        credentials: 'omit',
        cache: 'no-store',
      },
      {
        fetch: client.options.fetch,
        timeoutMs: client.options.createTimeoutMs,
        signal,
        maxBytes: MAX_VISIT_BYTES,
        // A 401 proves the token was refused, whatever its body; so it is not read.
        needsBody: (response) => response.status !== 401,
      },
    );
  } catch (error) {
    // The caller's abort (the element was removed) stays an abort; any other failure, an abort by the
    // browser or an extension included, hides whether the visit was made.
    if (signal?.aborted) throw error;
    throw new UncertainOutcomeError(`The visit may have been created: ${error instanceof Error ? error.message : String(error)}`, undefined, error);
  }
}

/**
 * The visit from a 2xx; DexCare's refusal (a 4xx with its error body) as an ApiError; anything else
 * is an UncertainOutcomeError, since the request reached someone and the visit may exist.
 */
function visitFrom(answer: Answer): VisitResponse {
  if (answer.ok) {
    try {
      return checkVisitResponse(parseJson(answer.text));
    } catch (error) {
      throw new UncertainOutcomeError(`The visit may have been created: HTTP ${answer.status}, ${(error as Error).message}`, answer.status, error);
    }
  }
  const body = errorBodyOf(answer.text);
  // A 5xx may come after the visit was made, and a gateway's 502/504 after it forwarded the request.
  if (body && answer.status >= 400 && answer.status < 500) throw apiError(answer, body);
  throw new UncertainOutcomeError(`The visit may have been created: HTTP ${answer.status} without DexCare's error body`, answer.status);
}

/**
 * The host's token, or SignInRequiredError('no-token') when it has none, its sign-in throws, or it
 * does not settle within `timeoutMs` (else "Requesting your visit…" would stay for good).
 */
export async function requireAccessToken(client: DexCareClient): Promise<string> {
  let token: unknown;
  try {
    const asked = new Promise<unknown>((resolve) => resolve(client.options.getAccessToken?.()));
    token = await withTimeLimit(asked, client.options.timeoutMs, 'getAccessToken');
  } catch {
    // The host's sign-in failed: for the widget that is no token. Its error may describe the session, so it is dropped.
    throw new SignInRequiredError('no-token');
  }
  if (typeof token !== 'string' || token.trim() === '') throw new SignInRequiredError('no-token');
  return token;
}

/** `promise`, or a TimeoutError after `ms`: for a host's callback that may never settle. */
export function withTimeLimit<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} did not settle within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** Goes into the waiting room's path: `.`, `..`, `/` or 100 KB there would send the patient astray. */
const VISIT_ID = /^[A-Za-z0-9_-]{1,128}$/;

export function checkVisitResponse(value: unknown): VisitResponse {
  const json = object(value, 'visit');
  const visitId = string(json, 'visitId', 'visit');
  if (!VISIT_ID.test(visitId)) fail('the visit id is not letters, digits, - and _ (1 to 128)');
  return {
    visitId,
    userId: optionalString(json, 'userId'),
    userEmail: optionalString(json, 'userEmail'),
    waitingroomId: optionalString(json, 'waitingroomId'),
    conferenceroomId: optionalString(json, 'conferenceroomId'),
    visitRedirectUrl: optionalString(json, 'visitRedirectUrl'),
    isTokBox: own(json, 'isTokBox') === true,
    tokBoxVisit: checkTokBox(own(json, 'tokBoxVisit')),
  };
}

function checkTokBox(value: unknown): VisitResponse['tokBoxVisit'] {
  const json = isObject(value) ? value : {};
  const session = (key: string) => {
    const inner = own(json, key);
    return { sessionId: isObject(inner) ? optionalString(inner, 'sessionId') : '' };
  };
  return { apiKey: optionalString(json, 'apiKey'), waitingRoomSession: session('waitingRoomSession'), videoConferenceSession: session('videoConferenceSession') };
}
