/**
 * One HTTP exchange within a time limit, and bounded retries with backoff and jitter for safe requests.
 * Knows nothing of DexCare's routes; client.ts does.
 */
import { InvalidResponseError, isAbortError, NetworkError, TimeoutError } from './errors.js';

export interface AttemptOptions {
  fetch: typeof fetch;
  /** For the whole exchange: until the last byte of the body, not just the headers. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Bytes of body accepted; past it the answer is abandoned as malformed. */
  maxBytes: number;
  /** False for an answer whose body is not wanted (e.g. a 401): it is cancelled unread. */
  needsBody?: (response: Response) => boolean;
}

/** An answer read to its end. */
export interface Answer {
  status: number;
  ok: boolean;
  headers: Headers;
  text: string;
}

/**
 * fetch and read the body as text, with the caller's abort and one time limit covering both, so a body
 * that hangs or drips is abandoned (its stream cancelled, its connection released) like a silent server.
 * Redirects are refused: a POST followed elsewhere would carry the patient's data with it.
 */
export async function fetchAnswer(url: URL, init: RequestInit, options: AttemptOptions): Promise<Answer> {
  const { fetch, timeoutMs, signal } = options;
  signal?.throwIfAborted();
  const controller = new AbortController();
  const abortFromCaller = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', abortFromCaller, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const failure = (error: unknown, what: string): unknown => {
    if (timedOut) return new TimeoutError(`No full answer from ${url.origin} within ${Math.round(timeoutMs / 1000)} s`);
    if (signal?.aborted || isAbortError(error)) return signal?.reason ?? error;
    return error instanceof InvalidResponseError ? error : new NetworkError(what);
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, { ...init, redirect: 'error', signal: controller.signal });
    } catch (error) {
      // fetch says only "TypeError" for a refused redirect, as for any network failure.
      throw failure(error, `Could not reach ${url.origin}, or it answered with a redirect (never followed)`);
    }
    try {
      const wanted = options.needsBody?.(response) ?? true;
      const text = wanted ? await readText(response, options.maxBytes, controller.signal) : (cancel(response.body), '');
      return { status: response.status, ok: response.ok, headers: response.headers, text };
    } catch (error) {
      throw failure(error, 'The connection dropped while reading the answer');
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abortFromCaller);
  }
}

/** The body as UTF-8 text, read chunk by chunk so an oversized one is refused before it is all in memory. */
async function readText(response: Response, maxBytes: number, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > maxBytes) {
    cancel(response.body);
    throw tooLarge(maxBytes);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  // A stream not tied to fetch's signal (a service worker's, a test's) would not notice the abort: cancel it.
  const onAbort = () => reader.cancel(signal.reason).catch(() => undefined);
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const decoder = new TextDecoder();
    let text = '';
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      signal.throwIfAborted();
      if (done) return text + decoder.decode();
      if (!(value instanceof Uint8Array)) throw new TypeError('The body is not bytes');
      bytes += value.byteLength;
      if (bytes > maxBytes) {
        reader.cancel().catch(() => undefined);
        throw tooLarge(maxBytes);
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function cancel(body: ReadableStream<Uint8Array> | null): void {
  body?.cancel().catch(() => undefined);
}

function tooLarge(maxBytes: number): InvalidResponseError {
  return new InvalidResponseError(`Unexpected answer from DexCare: larger than ${Math.round(maxBytes / 1024)} KB`);
}

/**
 * `Retry-After` in seconds (it is either seconds or an HTTP-date); undefined when absent or unreadable.
 * Cross-origin, the browser shows it only if the API lists it in Access-Control-Expose-Headers.
 */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text);
  const date = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
  return Number.isFinite(date) ? Math.max(0, Math.ceil((date - now) / 1000)) : undefined;
}

/** Resolves after `ms`, or rejects with the abort reason as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Exponential backoff with full jitter between half and all of the step: 1st retry ≈ base, then 2×, 4×. */
export function backoffDelay(retry: number, baseMs: number, random = Math.random): number {
  const step = baseMs * 2 ** retry;
  return Math.round(step / 2 + (random() * step) / 2);
}

/** Races a shared promise against one caller's abort signal, without cancelling it for others. */
export function withAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
