/**
 * Typed failures of the DexCare client. The element turns each kind into words; none carries a token
 * or patient data. Aborts are not errors here: the client rethrows the platform's AbortError.
 */

export type DexCareErrorKind =
  | 'http' | 'network' | 'timeout' | 'invalid-response' | 'uncertain' | 'sign-in-required' | 'configuration';

export abstract class DexCareError extends Error {
  abstract readonly kind: DexCareErrorKind;
}

/** The server answered with a status other than 2xx. `message` is the server's `error` text when it sent one. */
export class ApiError extends DexCareError {
  readonly kind = 'http';
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
    /** DexCare's error code, e.g. `MISSING_VISIT_REASON`. */
    readonly code?: string,
    /** The request field the server objected to, as a wire path (`patient.phone`), when it said. */
    readonly field?: string,
    /** Whether `message` is the server's own words (its `error`), not our `HTTP 400`. */
    readonly fromServer = false,
    /** From `Retry-After` on a 429 or 503: when the server asks to be tried again, in seconds from now. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** The request never got an answer: offline, DNS, CORS refusal, connection reset. */
export class NetworkError extends DexCareError {
  readonly kind = 'network';
  override readonly name = 'NetworkError';
}

/** No answer within the client's time limit. */
export class TimeoutError extends DexCareError {
  readonly kind = 'timeout';
  override readonly name = 'TimeoutError';
}

/** An answer that is not JSON, or not of the shape the API promises. */
export class InvalidResponseError extends DexCareError {
  readonly kind = 'invalid-response';
  override readonly name = 'InvalidResponseError';
}

/**
 * Creating the visit may have worked, and nothing tells us: the request left, then the answer was lost,
 * unreadable, or not DexCare's own (a gateway's 502/504, a 2xx cut short, a dropped connection, a
 * timeout). Not a failure to retry blindly: a second visit may be booked. `cause` is the error that hid
 * the outcome.
 */
export class UncertainOutcomeError extends DexCareError {
  readonly kind = 'uncertain';
  override readonly name = 'UncertainOutcomeError';
  constructor(
    message: string,
    /** The HTTP status, when an answer came at all. */
    readonly status?: number,
    cause?: unknown,
  ) {
    super(message, { cause });
  }
}

/** No signed-in patient, no access token from the host, or the API refused the token twice. */
export class SignInRequiredError extends DexCareError {
  readonly kind = 'sign-in-required';
  override readonly name = 'SignInRequiredError';
  constructor(readonly reason: 'no-patient' | 'no-token' | 'expired') {
    super(`Sign-in required: ${reason}`);
  }
}

/** The integrator's setup is wrong (e.g. an insecure `api-base-url`); a message for developers. */
export class ConfigurationError extends DexCareError {
  readonly kind = 'configuration';
  override readonly name = 'ConfigurationError';
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
