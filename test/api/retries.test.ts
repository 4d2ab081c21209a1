/**
 * The GET retry policy on its own, with an injected fetch: which failures are retried, how often,
 * how far apart (backoff with jitter), and that time limits and aborts end a request cleanly.
 */
import { expect } from '@open-wc/testing';
import { DexCareClient, forgetSharedPractices } from '../../src/api/client.js';
import { ApiError, InvalidResponseError, NetworkError, TimeoutError } from '../../src/api/errors.js';
import { backoffDelay, fetchWithTimeout } from '../../src/api/http.js';

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

  it('fetchWithTimeout turns a failed fetch into a NetworkError naming only the origin', async () => {
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof globalThis.fetch;
    const url = new URL('https://api.example.org/api/8/practiceRegions/secret-path/waittime?x=1');
    const error = await fetchWithTimeout(url, {}, { fetch: failing, timeoutMs: 1000 }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(NetworkError);
    expect((error as Error).message).to.equal('Could not reach https://api.example.org');
  });
});
