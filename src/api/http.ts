/**
 * One HTTP attempt with a time limit, and bounded retries with backoff and jitter for safe requests.
 * Knows nothing of DexCare's routes; client.ts does.
 */
import { isAbortError, NetworkError, TimeoutError } from './errors.js';

export interface AttemptOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** fetch, with the caller's abort and a time limit both cancelling it. */
export async function fetchWithTimeout(url: URL, init: RequestInit, { fetch, timeoutMs, signal }: AttemptOptions): Promise<Response> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const abortFromCaller = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', abortFromCaller, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } catch (error) {
    if (timedOut) throw new TimeoutError(`No answer from ${url.origin} within ${Math.round(timeoutMs / 1000)} s`);
    if (signal?.aborted || isAbortError(error)) throw signal?.reason ?? error;
    throw new NetworkError(`Could not reach ${url.origin}`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abortFromCaller);
  }
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
