/**
 * DexCare v8 Virtual Visits client: the four routes, typed; no Lit, no DOM beyond fetch.
 * Every request's time limit covers the whole answer, body included; answers have a size cap, and
 * redirects are never followed (a POST sent on would carry the patient's data elsewhere).
 * GETs are simple CORS requests (no custom headers) so they cost one round trip each, are retried
 * on 5xx and network failures, and after a 429 or 503's Retry-After when it fits the time limit; the
 * practice is fetched once per page however many widgets ask.
 *
 * Creating a visit: api/create-visit.ts (only the details step's chunk needs it).
 */
import { ApiError, ConfigurationError, InvalidResponseError, NetworkError } from './errors.js';
import { backoffDelay, fetchAnswer, retryAfterSeconds, sleep, withAbort, type Answer } from './http.js';
import { checkAvailability, checkErrorBody, checkPractice, checkWaitTime } from './response-checks.js';
import type { ApiErrorBody, Practice, RegionAvailability, WaitTime } from './types.js';

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
/** Size cap per GET answer, enforced while the body streams in: a practice is a few KB. */
export const MAX_GET_BYTES = 1024 * 1024;
const PRACTICE_CACHE_MS = 5 * 60_000;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Practices shared by every client on the page: one request per base URL, time limit and practice. `waiting`
 * counts the callers still waiting for it: once none is, a request still out is aborted.
 */
interface SharedPractice {
  promise: Promise<Practice>;
  expires: number;
  waiting: number;
  settled: boolean;
  controller: AbortController;
}
const sharedPractices = new Map<string, SharedPractice>();

/** Forget shared practices (tests; or a host that knows the practice changed). */
export function forgetSharedPractices(): void {
  sharedPractices.clear();
}

export class DexCareClient {
  readonly baseUrl: URL;
  /** As given, with defaults; `api/create-visit.ts` reads the fetch and the POST's time limit. */
  readonly options: Required<Omit<DexCareClientOptions, 'getAccessToken' | 'baseUrl'>> & Pick<DexCareClientOptions, 'getAccessToken'>;

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
    if (signal?.aborted) return Promise.reject(signal.reason);
    // Per time limit too: a request made under another limit (the host changed it) is not this one's.
    const key = `${this.baseUrl.href}|${this.options.timeoutMs}|${practiceId}`;
    let entry = sharedPractices.get(key);
    if (!entry || entry.expires <= Date.now()) {
      // Bound to no one caller's signal (another widget may still want it), only to all of them.
      const controller = new AbortController();
      const promise = this.getJson(`api/8/DexCare/practices/${encodeURIComponent(practiceId)}`, controller.signal).then(checkPractice);
      const created: SharedPractice = { promise, expires: Date.now() + PRACTICE_CACHE_MS, waiting: 0, settled: false, controller };
      promise.then(
        () => (created.settled = true),
        () => {
          created.settled = true;
          if (sharedPractices.get(key) === created) sharedPractices.delete(key);
        },
      );
      sharedPractices.set(key, created);
      entry = created;
    }
    const shared = entry;
    shared.waiting++;
    const release = () => {
      shared.waiting--;
      if (shared.waiting > 0 || shared.settled) return;
      shared.controller.abort();
      if (sharedPractices.get(key) === shared) sharedPractices.delete(key);
    };
    const answer = withAbort(shared.promise, signal);
    answer.then(release, release);
    return answer;
  }

  async getAvailability(practiceRegionId: string, signal?: AbortSignal): Promise<RegionAvailability> {
    return checkAvailability(await this.getJson(`api/8/practiceRegions/${encodeURIComponent(practiceRegionId)}/availability`, signal));
  }

  async getWaitTime(practiceRegionId: string, signal?: AbortSignal): Promise<WaitTime> {
    return checkWaitTime(await this.getJson(`api/8/practiceRegions/${encodeURIComponent(practiceRegionId)}/waittime`, signal));
  }

  url(path: string): URL {
    return new URL(path, this.baseUrl);
  }

  private async getJson(path: string, signal?: AbortSignal): Promise<unknown> {
    const url = this.url(path);
    for (let retry = 0; ; retry++) {
      try {
        const answer = await fetchAnswer(
          url,
          // 'same-origin' (no cookies to another origin, as 'omit'): what a page's
          // <link rel="preload" as="fetch" crossorigin> uses, so the practice can come from that preload.
          { method: 'GET', headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' },
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

/** `text` as JSON ('' as undefined, for the checks to refuse); an InvalidResponseError when it is not JSON. */
export function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidResponseError('Unexpected answer from DexCare: not JSON');
  }
}

export function errorBodyOf(text: string): ApiErrorBody | undefined {
  try {
    return checkErrorBody(parseJson(text));
  } catch {
    return undefined;
  }
}

export function apiError(answer: Answer, body: ApiErrorBody | undefined): ApiError {
  const retryAfter = RETRY_AFTER_STATUSES.has(answer.status) ? retryAfterSeconds(answer.headers.get('Retry-After')) : undefined;
  return new ApiError(answer.status, body ? body.error.slice(0, 500) : `HTTP ${answer.status}`, body?.code, body?.field, body !== undefined, retryAfter);
}
