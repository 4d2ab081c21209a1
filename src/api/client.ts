/**
 * DexCare v8 Virtual Visits client: the four routes, typed; no Lit, no DOM beyond fetch.
 * GETs are simple CORS requests (no custom headers) so they cost one round trip each, are retried
 * on 5xx and network failures, and the practice is fetched once per page however many widgets ask.
 * Creating a visit is never retried automatically (the API has no idempotency key), except once
 * after a 401 with a fresh token, as DexCare's SDK does.
 */
import { ApiError, ConfigurationError, InvalidResponseError, NetworkError, SignInRequiredError } from './errors.js';
import { backoffDelay, fetchWithTimeout, sleep, withAbort } from './http.js';
import { checkAvailability, checkPractice, checkVisitResponse, checkWaitTime } from './response-checks.js';
import type { ApiErrorBody, Practice, RegionAvailability, VisitRequest, VisitResponse, WaitTime } from './types.js';

export type AccessTokenProvider = () => Promise<string | undefined | null> | string | undefined | null;

export interface DexCareClientOptions {
  /** Absolute base URL; `api/8/...` paths resolve against it. */
  baseUrl: string;
  getAccessToken?: AccessTokenProvider;
  fetch?: typeof fetch;
  /** Per attempt, for GETs. */
  timeoutMs?: number;
  /** Creating a visit may take the server longer; it is not retried, so wait longer. */
  createTimeoutMs?: number;
  /** Automatic retries of a GET after a 5xx or a network failure. */
  retries?: number;
  retryBaseDelayMs?: number;
}

const RETRIABLE_STATUSES = new Set([500, 502, 503, 504]);
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
    const send = async (token: string) =>
      fetchWithTimeout(
        url,
        {
          method: 'POST',
          headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(body),
          credentials: 'omit',
          cache: 'no-store',
        },
        { fetch: this.options.fetch, timeoutMs: this.options.createTimeoutMs, signal },
      );
    let response = await send(token ?? (await this.requireAccessToken()));
    if (response.status === 401) {
      // The token may have expired between the host handing it over and now: ask once more.
      response = await send(await this.requireAccessToken());
      if (response.status === 401) throw new SignInRequiredError('expired');
    }
    return checkVisitResponse(await readJson(response));
  }

  private url(path: string): URL {
    return new URL(path, this.baseUrl);
  }

  /** The host's token, or SignInRequiredError('no-token') when it has none or its sign-in throws. */
  async requireAccessToken(): Promise<string> {
    let token: unknown;
    try {
      token = await this.options.getAccessToken?.();
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
        const response = await fetchWithTimeout(
          url,
          { method: 'GET', headers: { Accept: 'application/json' }, credentials: 'omit', cache: 'no-store' },
          { fetch: this.options.fetch, timeoutMs: this.options.timeoutMs, signal },
        );
        return await readJson(response);
      } catch (error) {
        const retriable = error instanceof NetworkError || (error instanceof ApiError && RETRIABLE_STATUSES.has(error.status));
        if (!retriable || retry >= this.options.retries) throw error;
        await sleep(backoffDelay(retry, this.options.retryBaseDelayMs), signal);
      }
    }
  }
}

/** The body as JSON for a 2xx answer; an ApiError carrying the server's words otherwise. */
async function readJson(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new NetworkError('The connection dropped while reading the answer');
  }
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
    if (response.ok) throw new InvalidResponseError('Unexpected answer from DexCare: not JSON');
  }
  if (response.ok) return json;
  const body = (typeof json === 'object' && json !== null ? json : {}) as Partial<ApiErrorBody>;
  const fromServer = typeof body.error === 'string' && body.error.trim() !== '';
  throw new ApiError(
    response.status,
    fromServer ? body.error!.slice(0, 500) : `HTTP ${response.status}`,
    typeof body.code === 'string' ? body.code : undefined,
    typeof body.field === 'string' ? body.field : undefined,
    fromServer,
  );
}
