/**
 * The GET retry policy on its own, with an injected fetch: which failures are retried, how often,
 * how far apart (backoff with jitter, or the server's Retry-After), and that time limits and aborts
 * end a request cleanly.
 */
import { createVisit } from '../../src/api/create-visit.js';
import { expect } from '@open-wc/testing';
import { DexCareClient, forgetSharedPractices } from '../../src/api/client.js';
import { ApiError, InvalidResponseError, NetworkError, TimeoutError, UncertainOutcomeError } from '../../src/api/errors.js';
import { backoffDelay, retryAfterSeconds } from '../../src/api/http.js';
import type { VisitRequest } from '../../src/api/types.js';

const WAIT_TIME = JSON.stringify({ estimateGeneratedAt: '', estimatedWaitTimeSeconds: 60 });

/** A fetch that plays `answers` in turn (the last one repeats) and notes when each attempt came. */
function scriptedFetch(answers: Array<number | 'drop' | 'hang'>) {
  const times: number[] = [];
  const fetch = (_url: RequestInfo | URL, init?: RequestInit) => {
    const next = answers[Math.min(times.length, answers.length - 1)]!;
    times.push(performance.now());
    if (next === 'drop') return Promise.reject(new TypeError('Failed to fetch'));
    if (next === 'hang') {
      return new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
      );
    }
    return Promise.resolve(new Response(next === 200 ? WAIT_TIME : '{"error":"Down"}', { status: next }));
  };
  return { fetch: fetch as typeof globalThis.fetch, times };
}

const client = (fetch: typeof globalThis.fetch, extra: Partial<ConstructorParameters<typeof DexCareClient>[0]> = {}) =>
  new DexCareClient({ baseUrl: 'https://api.example.org/', fetch, retryBaseDelayMs: 40, ...extra });

describe('backoffDelay', () => {
  it('doubles each retry, with jitter between half and all of the step', () => {
    expect([0, 1, 2].map((retry) => backoffDelay(retry, 400, () => 0))).to.deep.equal([200, 400, 800]);
    expect([0, 1, 2].map((retry) => backoffDelay(retry, 400, () => 1))).to.deep.equal([400, 800, 1600]);
    const spread = new Set(Array.from({ length: 50 }, () => backoffDelay(0, 400)));
    expect(spread.size, 'jitter: retries from many widgets do not all land together').to.be.greaterThan(10);
  });
});

describe('GET retries', () => {
  beforeEach(() => forgetSharedPractices());

  for (const failure of [500, 502, 503, 504, 'drop'] as const) {
    it(`${failure}: retried twice, spaced by the backoff, then the error`, async () => {
      const { fetch, times } = scriptedFetch([failure]);
      const error = await client(fetch).getWaitTime('r1').catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(failure === 'drop' ? NetworkError : ApiError);
      expect(times).to.have.length(3);
      expect(times[1]! - times[0]!).to.be.within(15, 200); // 20–40 ms, with timer slack
      expect(times[2]! - times[1]!).to.be.within(35, 250); // 40–80 ms
    });
  }

  it('a failure that happens once is recovered silently', async () => {
    const { fetch, times } = scriptedFetch([503, 200]);
    expect((await client(fetch).getWaitTime('r1')).estimatedWaitTimeSeconds).to.equal(60);
    expect(times).to.have.length(2);
  });

  for (const status of [400, 401, 404, 429]) {
    it(`${status}: not retried`, async () => {
      const { fetch, times } = scriptedFetch([status]);
      expect(await client(fetch).getWaitTime('r1').catch((caught: unknown) => caught)).to.be.instanceOf(ApiError);
      expect(times).to.have.length(1);
    });
  }

  it('an answer that is not JSON: not retried, an InvalidResponseError', async () => {
    const fetch = (() => Promise.resolve(new Response('<html>'))) as typeof globalThis.fetch;
    expect(await client(fetch).getWaitTime('r1').catch((caught: unknown) => caught)).to.be.instanceOf(InvalidResponseError);
  });

  it('a hang: a TimeoutError after the time limit, not retried', async () => {
    const { fetch, times } = scriptedFetch(['hang']);
    const started = performance.now();
    const error = await client(fetch, { timeoutMs: 100 }).getWaitTime('r1').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(TimeoutError);
    expect(performance.now() - started).to.be.within(90, 1000);
    expect(times).to.have.length(1);
  });

  it('an abort by the caller ends it at once, as an AbortError, with no retry', async () => {
    const { fetch, times } = scriptedFetch(['hang']);
    const controller = new AbortController();
    const request = client(fetch).getWaitTime('r1', controller.signal).catch((caught: unknown) => caught);
    controller.abort();
    const error = await request;
    expect((error as DOMException).name).to.equal('AbortError');
    expect(times).to.have.length(1);
  });

  it('an abort during the backoff stops the retries', async () => {
    const { fetch, times } = scriptedFetch([503]);
    const controller = new AbortController();
    const request = client(fetch, { retryBaseDelayMs: 500 }).getWaitTime('r1', controller.signal).catch((caught: unknown) => caught);
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    expect(((await request) as DOMException).name).to.equal('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(times).to.have.length(1);
  });

});

/** A fetch that answers `status` with `Retry-After: retryAfter` until `untilAttempt`, then the wait time. */
function retryAfterFetch(status: number, retryAfter: string | undefined, untilAttempt = Infinity) {
  const times: number[] = [];
  const fetch = async () => {
    times.push(performance.now());
    if (times.length > untilAttempt) return new Response(WAIT_TIME);
    return new Response('{"error":"Slow down"}', { status, headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter } });
  };
  return { fetch: fetch as typeof globalThis.fetch, times };
}

describe('Retry-After', () => {
  beforeEach(() => forgetSharedPractices());

  it('reads seconds and HTTP-dates, and nothing else', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(retryAfterSeconds('120', now)).to.equal(120);
    expect(retryAfterSeconds(' 0 ', now)).to.equal(0);
    expect(retryAfterSeconds('Sun, 01 Mar 2026 12:01:30 GMT', now)).to.equal(90);
    expect(retryAfterSeconds('Sun, 01 Mar 2026 11:00:00 GMT', now), 'a date past is now').to.equal(0);
    for (const bad of [null, '', '-5', '1.5', 'soon', '12abc']) expect(retryAfterSeconds(bad, now), String(bad)).to.equal(undefined);
  });

  for (const status of [503, 429]) {
    it(`${status} with a Retry-After within the time limit: waits that long, then retries`, async () => {
      const { fetch, times } = retryAfterFetch(status, '1', 1);
      const result = await client(fetch, { timeoutMs: 2000 }).getWaitTime('r1');
      expect(result.estimatedWaitTimeSeconds).to.equal(60);
      expect(times).to.have.length(2);
      expect(times[1]! - times[0]!).to.be.within(990, 1600);
    });

    it(`${status} asking for longer than the time limit: no retry, an ApiError that says when`, async () => {
      const { fetch, times } = retryAfterFetch(status, '120');
      const error = (await client(fetch, { timeoutMs: 1000 }).getWaitTime('r1').catch((caught: unknown) => caught)) as ApiError;
      expect(error).to.be.instanceOf(ApiError);
      expect(error).to.include({ status, retryAfterSeconds: 120 });
      expect(times).to.have.length(1);
    });
  }

  it('an HTTP-date too far ahead: retryAfterSeconds counts from now', async () => {
    const { fetch, times } = retryAfterFetch(503, new Date(Date.now() + 600_000).toUTCString());
    const error = (await client(fetch, { timeoutMs: 1000 }).getWaitTime('r1').catch((caught: unknown) => caught)) as ApiError;
    expect(error.retryAfterSeconds).to.be.within(595, 601);
    expect(times).to.have.length(1);
  });

  it('retries run out: the last ApiError still says when', async () => {
    const { fetch, times } = retryAfterFetch(503, '0');
    const error = (await client(fetch).getWaitTime('r1').catch((caught: unknown) => caught)) as ApiError;
    expect(error.retryAfterSeconds).to.equal(0);
    expect(times).to.have.length(3);
  });

  it('429 without Retry-After, or one unreadable: not retried', async () => {
    for (const retryAfter of [undefined, 'soon']) {
      const { fetch, times } = retryAfterFetch(429, retryAfter);
      const error = (await client(fetch).getWaitTime('r1').catch((caught: unknown) => caught)) as ApiError;
      expect(error.retryAfterSeconds).to.equal(undefined);
      expect(times).to.have.length(1);
    }
  });

  it('a Retry-After on other statuses is not read', async () => {
    const { fetch } = retryAfterFetch(500, '120');
    const error = (await client(fetch).getWaitTime('r1').catch((caught: unknown) => caught)) as ApiError;
    expect(error.retryAfterSeconds).to.equal(undefined);
  });

  it('never for the visit POST', async () => {
    const { fetch, times } = retryAfterFetch(503, '0');
    const visit = createVisit(client(fetch, { getAccessToken: () => 'token' }), 'p1', {} as VisitRequest);
    expect(await visit.catch((caught: unknown) => caught)).to.be.instanceOf(UncertainOutcomeError);
    expect(times).to.have.length(1);
  });
});
