/**
 * The practice request is shared by every widget on the page, and aborted once none of them still waits
 * for it (its connection released), never while one does.
 */
import { expect } from '@open-wc/testing';
import { DexCareClient, forgetSharedPractices } from '../../src/api/client.js';
import { isAbortError } from '../../src/api/errors.js';
import { settled } from './bodies.js';

const PRACTICE = { id: 'p1', displayName: 'Acme', payment: {}, practiceRegions: [] };

/** A fetch that answers when told to, and notes whether its request was aborted. */
function heldFetch() {
  let release: () => void = () => {};
  const state = { calls: 0, aborted: false };
  const fetch = ((_url: RequestInfo | URL, init: RequestInit = {}) => {
    state.calls++;
    init.signal?.addEventListener('abort', () => (state.aborted = true));
    return new Promise<Response>((resolve, reject) => {
      release = () => resolve(new Response(JSON.stringify(PRACTICE)));
      init.signal?.addEventListener('abort', () => reject(init.signal!.reason));
    });
  }) as typeof globalThis.fetch;
  return { fetch, state, release: () => release() };
}

const client = (fetch: typeof globalThis.fetch) => new DexCareClient({ baseUrl: 'https://api.example.org/', fetch, retryBaseDelayMs: 0 });

describe('the shared practice request', () => {
  beforeEach(() => forgetSharedPractices());

  it('is aborted once every caller has aborted, and asked afresh by the next one', async () => {
    const held = heldFetch();
    const [first, second] = [new AbortController(), new AbortController()];
    const a = settled(client(held.fetch).getPractice('p1', first.signal));
    const b = settled(client(held.fetch).getPractice('p1', second.signal));
    first.abort();
    await a;
    expect(held.state.aborted, 'another widget still waits').to.equal(false);
    second.abort();
    expect(isAbortError(await b)).to.equal(true);
    expect(held.state.aborted, 'nobody waits: the request is released').to.equal(true);
    const again = client(held.fetch).getPractice('p1');
    await Promise.resolve();
    held.release();
    expect((await again).displayName).to.equal('Acme');
    expect(held.state.calls).to.equal(2);
  });

  it('a caller that stays gets the answer though the others left', async () => {
    const held = heldFetch();
    const leaving = new AbortController();
    void settled(client(held.fetch).getPractice('p1', leaving.signal));
    const staying = client(held.fetch).getPractice('p1');
    leaving.abort();
    await Promise.resolve();
    held.release();
    expect((await staying).displayName).to.equal('Acme');
    expect(held.state.calls).to.equal(1);
  });

  it('an already aborted signal asks nothing', async () => {
    const held = heldFetch();
    const gone = new AbortController();
    gone.abort();
    expect(isAbortError(await settled(client(held.fetch).getPractice('p1', gone.signal)))).to.equal(true);
    expect(held.state.calls).to.equal(0);
  });
});
