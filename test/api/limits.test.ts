/**
 * The client's bounds, with an injected fetch: the time limit and the caller's abort cover the body
 * too; answers have a size cap enforced while streaming; redirects are refused; the host's token
 * callback has a time limit.
 */
import { createVisit, requireAccessToken } from '../../src/api/create-visit.js';
import { expect } from '@open-wc/testing';
import { DexCareClient, forgetSharedPractices, MAX_GET_BYTES } from '../../src/api/client.js';
import { InvalidResponseError, NetworkError, SignInRequiredError, TimeoutError, UncertainOutcomeError } from '../../src/api/errors.js';
import { fetchAnswer } from '../../src/api/http.js';
import type { VisitRequest } from '../../src/api/types.js';
import { drippingBody, endlessBody, hangingBody, hungAfter, settled, type Body } from './bodies.js';

const VISIT_BODY = { visitDetails: { visitReason: 'Cough' } } as unknown as VisitRequest;

/** A fetch that answers every call with `respond()` and keeps each call's init. */
function fakeFetch(respond: (init: RequestInit) => Response | Promise<Response>) {
  const calls: RequestInit[] = [];
  const fetch = async (_url: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push(init);
    return respond(init);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const client = (fetch: typeof globalThis.fetch, extra: Partial<ConstructorParameters<typeof DexCareClient>[0]> = {}) =>
  new DexCareClient({ baseUrl: 'https://api.example.org/', fetch, getAccessToken: () => 'token', retryBaseDelayMs: 0, ...extra });

describe('time limits cover the whole answer', () => {
  beforeEach(() => forgetSharedPractices());

  for (const [name, make] of [['hangs', () => hangingBody()], ['drips', () => drippingBody()]] as Array<[string, () => Body]>) {
    it(`a GET whose body ${name}: a TimeoutError at the limit, the body cancelled, not retried`, async () => {
      const body = make();
      const { fetch, calls } = fakeFetch(() => new Response(body.stream));
      const started = performance.now();
      const outcome = await Promise.race([settled(client(fetch, { timeoutMs: 150 }).getWaitTime('r1')), hungAfter(2000)]);
      expect(outcome).to.be.instanceOf(TimeoutError);
      expect(performance.now() - started).to.be.within(140, 1000);
      expect(body.cancelled(), 'the connection is released').to.equal(true);
      expect(calls).to.have.length(1);
    });

    it(`the visit POST whose body ${name}: uncertain at the limit, the body cancelled`, async () => {
      const body = make();
      const { fetch } = fakeFetch(() => new Response(body.stream));
      const outcome = await Promise.race([settled(createVisit(client(fetch, { createTimeoutMs: 150 }), 'p1', VISIT_BODY)), hungAfter(2000)]);
      expect(outcome).to.be.instanceOf(UncertainOutcomeError);
      expect((outcome as UncertainOutcomeError).cause).to.be.instanceOf(TimeoutError);
      expect(body.cancelled()).to.equal(true);
    });
  }

  it('the shared practice, whose body hangs, times out too', async () => {
    const body = hangingBody('{"id": "p1"');
    const { fetch } = fakeFetch(() => new Response(body.stream));
    const outcome = await Promise.race([settled(client(fetch, { timeoutMs: 150, retries: 0 }).getPractice('p1')), hungAfter(2000)]);
    expect(outcome).to.be.instanceOf(TimeoutError);
    expect(body.cancelled()).to.equal(true);
  });

  it('the caller\'s abort while the body hangs: the AbortError at once, the body cancelled', async () => {
    const body = hangingBody();
    const { fetch } = fakeFetch(() => new Response(body.stream));
    const controller = new AbortController();
    const request = settled(client(fetch, { timeoutMs: 5000 }).getWaitTime('r1', controller.signal));
    await new Promise((resolve) => setTimeout(resolve, 30));
    controller.abort();
    const outcome = await Promise.race([request, hungAfter(500)]);
    expect((outcome as DOMException).name).to.equal('AbortError');
    expect(body.cancelled()).to.equal(true);
  });

  it('a body that ends within the limit is read whole', async () => {
    const { fetch } = fakeFetch(() => new Response('{"estimateGeneratedAt": "", "estimatedWaitTimeSeconds": 60}'));
    expect((await client(fetch, { timeoutMs: 150 }).getWaitTime('r1')).estimatedWaitTimeSeconds).to.equal(60);
  });
});

describe('answers are bounded in size', () => {
  beforeEach(() => forgetSharedPractices());

  it('a GET past 1 MB: an InvalidResponseError, found while streaming (not after reading it all), not retried', async () => {
    const body = endlessBody(64 * 1024, 1600); // 100 MB if read to the end
    const { fetch, calls } = fakeFetch(() => new Response(body.stream));
    const outcome = await Promise.race([settled(client(fetch).getWaitTime('r1')), hungAfter(5000)]);
    expect(outcome).to.be.instanceOf(InvalidResponseError);
    expect(body.pulls(), 'chunks read').to.be.at.most(MAX_GET_BYTES / (64 * 1024) + 2);
    expect(body.cancelled()).to.equal(true);
    expect(calls).to.have.length(1);
  });

  it('a well-formed GET answer padded past 1 MB is refused; under it, read', async () => {
    const padded = (bytes: number) => `{"estimateGeneratedAt": "", "estimatedWaitTimeSeconds": 60${' '.repeat(bytes)}}`;
    const big = fakeFetch(() => new Response(padded(MAX_GET_BYTES)));
    expect(await settled(client(big.fetch).getWaitTime('r1'))).to.be.instanceOf(InvalidResponseError);
    const fits = fakeFetch(() => new Response(padded(MAX_GET_BYTES - 100)));
    expect((await client(fits.fetch).getWaitTime('r1')).estimatedWaitTimeSeconds).to.equal(60);
  });

  it('the visit POST past 64 KB: refused (and, since it was a 2xx, uncertain)', async () => {
    const visit = JSON.stringify({ visitId: 'v1', padding: 'x'.repeat(65 * 1024) });
    const { fetch } = fakeFetch(() => new Response(visit));
    const error = await settled(createVisit(client(fetch), 'p1', VISIT_BODY));
    expect(error).to.be.instanceOf(UncertainOutcomeError);
    expect((error as UncertainOutcomeError).cause).to.be.instanceOf(InvalidResponseError);
    const small = fakeFetch(() => new Response(JSON.stringify({ visitId: 'v1', padding: 'x'.repeat(60 * 1024) })));
    expect((await createVisit(client(small.fetch), 'p1', VISIT_BODY)).visitId).to.equal('v1');
  });

  it('a declared Content-Length past the cap is refused before reading', async () => {
    const body = endlessBody(1024, 10);
    const { fetch } = fakeFetch(() => new Response(body.stream, { headers: { 'Content-Length': String(MAX_GET_BYTES + 1) } }));
    expect(await settled(client(fetch).getWaitTime('r1'))).to.be.instanceOf(InvalidResponseError);
    expect(body.pulls()).to.equal(0);
    expect(body.cancelled()).to.equal(true);
  });
});

describe('redirects are never followed', () => {
  beforeEach(() => forgetSharedPractices());

  /** As Chrome does with `redirect: 'error'`: a redirect makes fetch reject with a bare TypeError. */
  const redirecting = () => fakeFetch((init) => (init.redirect === 'error' ? Promise.reject(new TypeError('Failed to fetch')) : Response.redirect('https://elsewhere.example/', 307)));

  it('every GET and the POST ask fetch to refuse redirects', async () => {
    const { fetch, calls } = fakeFetch(() => new Response('{}'));
    const dexcare = client(fetch, { retries: 0 });
    await Promise.allSettled([dexcare.getPractice('p1'), dexcare.getAvailability('r1'), dexcare.getWaitTime('r1'), createVisit(dexcare, 'p1', VISIT_BODY)]);
    expect(calls.map((init) => [init.method, init.redirect])).to.deep.equal([['GET', 'error'], ['GET', 'error'], ['GET', 'error'], ['POST', 'error']]);
  });

  it('a redirected GET: a NetworkError that names the refused redirect', async () => {
    const { fetch } = redirecting();
    const error = await settled(client(fetch, { retries: 0 }).getWaitTime('r1'));
    expect(error).to.be.instanceOf(NetworkError);
    expect((error as Error).message).to.contain('redirect');
  });

  it('a redirected POST: the data went nowhere else, and the outcome is uncertain (the browser cannot say more)', async () => {
    const { fetch, calls } = redirecting();
    const error = await settled(createVisit(client(fetch), 'p1', VISIT_BODY));
    expect(error).to.be.instanceOf(UncertainOutcomeError);
    expect(((error as UncertainOutcomeError).cause as Error).message).to.contain('redirect');
    expect(calls).to.have.length(1);
  });

  it('fetchAnswer names only the origin when fetch fails', async () => {
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof globalThis.fetch;
    const url = new URL('https://api.example.org/api/8/practiceRegions/secret-path/waittime?x=1');
    const error = await settled(fetchAnswer(url, {}, { fetch: failing, timeoutMs: 1000, maxBytes: 1000 }));
    expect(error).to.be.instanceOf(NetworkError);
    expect((error as Error).message).to.contain('https://api.example.org').and.not.contain('secret-path');
  });
});

describe('the host\'s token callback is bounded', () => {
  it('a getAccessToken that never settles: SignInRequiredError(no-token) after the time limit, nothing sent', async () => {
    const { fetch, calls } = fakeFetch(() => new Response('{}'));
    const dexcare = client(fetch, { timeoutMs: 150, getAccessToken: () => new Promise<string>(() => {}) });
    const started = performance.now();
    const outcome = await Promise.race([settled(requireAccessToken(dexcare)), hungAfter(2000)]);
    expect(outcome).to.be.instanceOf(SignInRequiredError);
    expect((outcome as SignInRequiredError).reason).to.equal('no-token');
    expect(performance.now() - started).to.be.within(140, 1000);
    const viaVisit = await Promise.race([settled(createVisit(dexcare, 'p1', VISIT_BODY)), hungAfter(2000)]);
    expect((viaVisit as SignInRequiredError).reason).to.equal('no-token');
    expect(calls).to.have.length(0);
  });

  it('a slow one within the limit is waited for', async () => {
    const slow = () => new Promise<string>((resolve) => setTimeout(() => resolve('token'), 50));
    expect(await requireAccessToken(client(fakeFetch(() => new Response('{}')).fetch, { timeoutMs: 500, getAccessToken: slow }))).to.equal('token');
  });
});
