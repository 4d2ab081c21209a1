/**
 * DexCare v8 Virtual Visits client: the four routes, typed; no Lit, no DOM beyond fetch.
 * Every request's time limit covers the whole answer, body included; answers have a size cap, and
 * redirects are never followed (a POST sent on would carry the patient's data elsewhere).
 * GETs are simple CORS requests (no custom headers) so they cost one round trip each, are retried
 * on 5xx and network failures, and after a 429 or 503's Retry-After when it fits the time limit; the
 * practice is fetched once per page however many widgets ask.
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
import { ApiError, ConfigurationError, DexCareError, InvalidResponseError, NetworkError, SignInRequiredError, UncertainOutcomeError } from './errors.js';
import { backoffDelay, fetchAnswer, retryAfterSeconds, sleep, withAbort, withTimeLimit, type Answer } from './http.js';
import { checkAvailability, checkErrorBody, checkPractice, checkVisitResponse, checkWaitTime } from './response-checks.js';
import type { ApiErrorBody, Practice, RegionAvailability, VisitRequest, VisitResponse, WaitTime } from './types.js';

export type AccessTokenProvider = () => Promise<string | undefined | null> | string | undefined | null;

export interface DexCareClientOptions {
  /** Absolute base URL; `api/8/...` paths resolve against it. */
  baseUrl: string;
  getAccessToken?: AccessTokenProvider;
  fetch?: typeof fetch;
  /** Per GET attempt, until the body's last byte; also bounds `getAccessToken` and a Retry-After wait. */
  timeoutMs?: number;
  /** Creating a visit may take the server longer; it is not retried, so wait longer. Body included too. */
  createTimeoutMs?: number;
  /** Automatic retries of a GET after a 5xx, a network failure, or a Retry-After that fits `timeoutMs`. */
  retries?: number;
  retryBaseDelayMs?: number;
}

const RETRIABLE_STATUSES = new Set([500, 502, 503, 504]);
/** Statuses whose Retry-After is read; a 429 is retried only with one. */
const RETRY_AFTER_STATUSES = new Set([429, 503]);
/** Size caps per answer, enforced while the body streams in. A practice is a few KB; a visit far less. */
export const MAX_GET_BYTES = 1024 * 1024;
export const MAX_VISIT_BYTES = 64 * 1024;
const PRACTICE_CACHE_MS = 5 * 60_000;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Practices shared by every client on the page: one request per base URL and practice. */
const sharedPractices = new Map<string, { promise: Promise<Practice>; expires: number }>();

/** Forget shared practices (tests; or a host that knows the practice changed). */
export function forgetSharedPractices(): void {
  sharedPractices.clear();
}

export class DexCareClient {
  readonly baseUrl: URL;
  private readonly options: Required<Omit<DexCareClientOptions, 'getAccessToken' | 'baseUrl'>> & Pick<DexCareClientOptions, 'getAccessToken'>;

  constructor({ baseUrl, ...options }: DexCareClientOptions) {
    let url: URL;
    try {
      url = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
    } catch {
      throw new ConfigurationError(`api-base-url is not a URL: "${baseUrl}"`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) {
      throw new ConfigurationError('api-base-url must use https (plain http is allowed for localhost only)');
    }
    this.baseUrl = url;
    this.options = {
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      timeoutMs: options.timeoutMs ?? 15_000,
      createTimeoutMs: options.createTimeoutMs ?? 30_000,
      retries: options.retries ?? 2,
      retryBaseDelayMs: options.retryBaseDelayMs ?? 400,
      getAccessToken: options.getAccessToken,
    };
  }

  getPractice(practiceId: string, signal?: AbortSignal): Promise<Practice> {
    const key = `${this.baseUrl.href}|${practiceId}`;
    const cached = sharedPractices.get(key);
    if (cached && cached.expires > Date.now()) return withAbort(cached.promise, signal);
    // Not bound to any one caller's signal: another widget may still want it.
    const promise = this.getJson(`api/8/DexCare/practices/${encodeURIComponent(practiceId)}`).then(checkPractice);
    const entry = { promise, expires: Date.now() + PRACTICE_CACHE_MS };
    sharedPractices.set(key, entry);
    promise.catch(() => {
      if (sharedPractices.get(key) === entry) sharedPractices.delete(key);
    });
    return withAbort(promise, signal);
  }

  async getAvailability(practiceRegionId: string, signal?: AbortSignal): Promise<RegionAvailability> {
    return checkAvailability(await this.getJson(`api/8/practiceRegions/${encodeURIComponent(practiceRegionId)}/availability`, signal));
  }

  async getWaitTime(practiceRegionId: string, signal?: AbortSignal): Promise<WaitTime> {
    return checkWaitTime(await this.getJson(`api/8/practiceRegions/${encodeURIComponent(practiceRegionId)}/waittime`, signal));
  }

  /**
   * Creates the visit with `token` (from `requireAccessToken`, asked before the caller's other steps)
   * or, without one, a token asked for now; after a 401, asks once more and resends once.
   */
  async createVisit(practiceId: string, body: VisitRequest, { signal, token }: { signal?: AbortSignal; token?: string } = {}): Promise<VisitResponse> {
    const url = this.url(`api/8/practices/${encodeURIComponent(practiceId)}/visits`);
    const json = JSON.stringify(body);
    let answer = await this.sendVisit(url, json, token ?? (await this.requireAccessToken()), signal);
    if (answer.status === 401) {
      // The token may have expired between the host handing it over and now: ask once more.
      answer = await this.sendVisit(url, json, await this.requireAccessToken(), signal);
      if (answer.status === 401) throw new SignInRequiredError('expired');
    }
    return visitFrom(answer);
  }

  /** One POST. Once fetch is called, a failure hides whether the visit was created: UncertainOutcomeError. */
  private async sendVisit(url: URL, body: string, token: string, signal?: AbortSignal): Promise<Answer> {
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
          fetch: this.options.fetch,
          timeoutMs: this.options.createTimeoutMs,
          signal,
          maxBytes: MAX_VISIT_BYTES,
          // A 401 proves the token was refused, whatever its body; so it is not read.
          needsBody: (response) => response.status !== 401,
        },
      );
    } catch (error) {
      // An abort, by the caller or before the request left, stays an abort.
      if (signal?.aborted || !(error instanceof DexCareError)) throw error;
      throw new UncertainOutcomeError(`The visit may have been created: ${error.message}`, undefined, error);
    }
  }

  private url(path: string): URL {
    return new URL(path, this.baseUrl);
  }

  /**
   * The host's token, or SignInRequiredError('no-token') when it has none, its sign-in throws, or it
   * does not settle within `timeoutMs` (else "Requesting your visit…" would stay for good).
   */
  async requireAccessToken(): Promise<string> {
    let token: unknown;
    try {
      const asked = new Promise<unknown>((resolve) => resolve(this.options.getAccessToken?.()));
      token = await withTimeLimit(asked, this.options.timeoutMs, 'getAccessToken');
    } catch {
      // The host's sign-in failed: for the widget that is no token. Its error may describe the session, so it is dropped.
      throw new SignInRequiredError('no-token');
    }
    if (typeof token !== 'string' || token.trim() === '') throw new SignInRequiredError('no-token');
    return token;
  }

  private async getJson(path: string, signal?: AbortSignal): Promise<unknown> {
    const url = this.url(path);
    for (let retry = 0; ; retry++) {
      try {
        const answer = await fetchAnswer(
          url,
          { method: 'GET', headers: { Accept: 'application/json' }, credentials: 'omit', cache: 'no-store' },
          { fetch: this.options.fetch, timeoutMs: this.options.timeoutMs, signal, maxBytes: MAX_GET_BYTES },
        );
        return readJson(answer);
      } catch (error) {
        const delay = this.retryDelay(error, retry);
        if (delay === undefined) throw error;
        await sleep(delay, signal);
      }
    }
  }

  /** How long to wait before retrying a GET that failed with `error`; undefined: do not. */
  private retryDelay(error: unknown, retry: number): number | undefined {
    if (retry >= this.options.retries) return undefined;
    const backoff = backoffDelay(retry, this.options.retryBaseDelayMs);
    if (error instanceof NetworkError) return backoff;
    if (!(error instanceof ApiError)) return undefined;
    if (error.retryAfterSeconds !== undefined) {
      // Never sooner than asked; a wait past the time limit is for the patient to hear about instead.
      const asked = error.retryAfterSeconds * 1000;
      return asked <= this.options.timeoutMs ? Math.max(asked, backoff) : undefined;
    }
    return RETRIABLE_STATUSES.has(error.status) ? backoff : undefined;
  }
}

/** The body as JSON for a 2xx answer; an ApiError carrying the server's words otherwise. */
function readJson(answer: Answer): unknown {
  if (answer.ok) return parseJson(answer.text);
  throw apiError(answer, errorBodyOf(answer.text));
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

/** `text` as JSON ('' as undefined, for the checks to refuse); an InvalidResponseError when it is not JSON. */
function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidResponseError('Unexpected answer from DexCare: not JSON');
  }
}

function errorBodyOf(text: string): ApiErrorBody | undefined {
  try {
    return checkErrorBody(parseJson(text));
  } catch {
    return undefined;
  }
}

function apiError(answer: Answer, body: ApiErrorBody | undefined): ApiError {
  const retryAfter = RETRY_AFTER_STATUSES.has(answer.status) ? retryAfterSeconds(answer.headers.get('Retry-After')) : undefined;
  return new ApiError(answer.status, body ? body.error.slice(0, 500) : `HTTP ${answer.status}`, body?.code, body?.field, body !== undefined, retryAfter);
}
