/**
 * `session-url`, the health system's own session endpoint: where it may be, how it is asked (the
 * browser's cookies, no redirects, a time limit over the whole answer), and what its answer must be.
 */
import { expect } from '@open-wc/testing';
import { ConfigurationError, InvalidResponseError, TimeoutError } from '../../src/api/errors.js';
import { checkSession, fetchSession, sessionEndpoint } from '../../src/api/session.js';
import { hangingBody, settled } from './bodies.js';

const PATIENT = {
  identifier: 'p-1', firstName: 'Ada', lastName: 'Lovelace', dateOfBirth: '1990-12-10', gender: 'female',
  email: 'ada@example.org', phone: '555-222-3334', address: { line1: '1 Main St', city: 'Helena', state: 'MT', postalCode: '59601' },
};
const URL_ = new URL('https://www.example-health.org/session');
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('session-url', () => {
  it('https only, plain http on localhost; relative to the page; anything else is a configuration error', () => {
    expect(sessionEndpoint('/api/session', 'https://www.example-health.org/care/').href).to.equal('https://www.example-health.org/api/session');
    expect(sessionEndpoint('http://localhost:8000/sandbox/session', 'https://x.org/').href).to.equal('http://localhost:8000/sandbox/session');
    for (const bad of ['http://www.example-health.org/session', 'javascript:alert(1)', 'ftp://example.org/', 'http://[bad']) {
      expect(() => sessionEndpoint(bad, 'https://www.example-health.org/'), bad).to.throw(ConfigurationError);
    }
  });

  it('is asked with the browser\'s cookies, never redirected, never cached; 200 is the session, 401 signed out', async () => {
    const calls: RequestInit[] = [];
    const fetch = (async (_url: RequestInfo | URL, init: RequestInit = {}) => {
      calls.push(init);
      return calls.length === 1 ? json({ accessToken: 'tok', expiresIn: 600, patient: PATIENT }) : json({ error: 'signed out' }, 401);
    }) as typeof globalThis.fetch;
    const before = Date.now();
    const session = await fetchSession(URL_, { fetch, timeoutMs: 1000 });
    expect(session!.accessToken).to.equal('tok');
    expect(session!.patient).to.deep.equal(PATIENT);
    expect(session!.expiresAt).to.be.within(before + 600_000, Date.now() + 600_000);
    expect(await fetchSession(URL_, { fetch, timeoutMs: 1000 })).to.equal(null);
    expect(calls.map((init) => [init.credentials, init.redirect, init.cache, init.method])).to.deep.equal([
      ['include', 'error', 'no-store', 'GET'],
      ['include', 'error', 'no-store', 'GET'],
    ]);
  });

  it('an answer that hangs is abandoned at the limit; a 500 or a page that is not JSON is a malformed answer', async () => {
    const hanging = (async () => new Response(hangingBody().stream)) as unknown as typeof globalThis.fetch;
    expect(await settled(fetchSession(URL_, { fetch: hanging, timeoutMs: 100 }))).to.be.instanceOf(TimeoutError);
    const fails = (async () => new Response('oops', { status: 500 })) as unknown as typeof globalThis.fetch;
    expect(await settled(fetchSession(URL_, { fetch: fails, timeoutMs: 1000 }))).to.be.instanceOf(InvalidResponseError);
    const html = (async () => new Response('<html>Sign in</html>')) as unknown as typeof globalThis.fetch;
    expect(await settled(fetchSession(URL_, { fetch: html, timeoutMs: 1000 }))).to.be.instanceOf(InvalidResponseError);
  });

  it('needs a token and a patient identifier, reads own properties only, and never trusts a token for more than a day', () => {
    for (const bad of [null, [], {}, { accessToken: 'tok' }, { accessToken: '', patient: PATIENT }, { accessToken: 'tok', patient: { firstName: 'Ada' } }]) {
      expect(() => checkSession(bad, 0), JSON.stringify(bad)).to.throw(InvalidResponseError);
    }
    const inherited = Object.create({ accessToken: 'tok', patient: PATIENT }) as object;
    expect(() => checkSession(inherited, 0)).to.throw(InvalidResponseError);
    expect(checkSession({ accessToken: 'tok', expiresIn: 1e12, patient: PATIENT }, 0).expiresAt).to.equal(86_400_000);
    expect(checkSession({ accessToken: 'tok', patient: PATIENT }, 0).expiresAt, 'no lifetime: a minute').to.equal(60_000);
    const odd = checkSession({ accessToken: 'tok', patient: { identifier: 'p-2', gender: 'x', address: 'nowhere' } }, 0).patient;
    expect(odd).to.deep.equal({
      identifier: 'p-2', firstName: '', lastName: '', dateOfBirth: '', gender: 'other', email: '', phone: '',
      address: { line1: '', city: '', state: '', postalCode: '' },
    });
  });
});
