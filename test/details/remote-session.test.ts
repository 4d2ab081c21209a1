/**
 * The session from `session-url`: only a 401 signs the patient out; a failed request keeps the last
 * session, and a token already used is asked for afresh (the retry after a 401 gets a new one).
 */
import { expect } from '@open-wc/testing';
import { RemoteSession } from '../../src/details/remote-session.js';

const PATIENT = { identifier: 'p-1', firstName: 'Ada', lastName: 'Lovelace', address: { line1: '1 Main St' } };

/** Answers the session endpoint from a script of answers, one per request; restores fetch afterwards. */
function scriptedSession(answers: Array<'ok' | 'signed-out' | 'down'>) {
  const original = window.fetch;
  let calls = 0;
  window.fetch = (async () => {
    const answer = answers[Math.min(calls++, answers.length - 1)];
    if (answer === 'down') throw new TypeError('Failed to fetch');
    if (answer === 'signed-out') return new Response('{"error":"signed out"}', { status: 401 });
    return new Response(JSON.stringify({ accessToken: `token-${calls}`, expiresIn: 900, patient: PATIENT }));
  }) as typeof window.fetch;
  return { calls: () => calls, restore: () => (window.fetch = original) };
}

const session = () => new RemoteSession({ sessionUrl: 'http://localhost:9/session', requestTimeout: 2000 }, () => {});

describe('RemoteSession', () => {
  it('a request that fails keeps the last session: the patient stays signed in', async () => {
    const endpoint = scriptedSession(['ok', 'down']);
    try {
      const remote = session();
      expect(await remote.signedIn()).to.equal(true);
      expect(await remote.accessToken()).to.equal('token-1');
      // Used once: asked again, and the endpoint is down this time.
      expect(await remote.accessToken()).to.equal('token-1');
      expect(remote.patient?.identifier).to.equal('p-1');
      expect(endpoint.calls()).to.equal(2);
    } finally {
      endpoint.restore();
    }
  });

  it('a 401 signs the patient out; a token used once is asked for afresh', async () => {
    const endpoint = scriptedSession(['ok', 'ok', 'signed-out']);
    try {
      const remote = session();
      expect(await remote.accessToken()).to.equal('token-1');
      expect(await remote.accessToken(), 'the retry after a 401 gets a new token').to.equal('token-2');
      expect(await remote.accessToken()).to.equal(undefined);
      expect(remote.patient).to.equal(undefined);
      expect(await remote.signedIn()).to.equal(false);
    } finally {
      endpoint.restore();
    }
  });

  it('never signed in and the endpoint down: signed out for now, asked again next time', async () => {
    const endpoint = scriptedSession(['down', 'ok']);
    try {
      const remote = session();
      expect(await remote.signedIn()).to.equal(false);
      expect(await remote.signedIn()).to.equal(true);
    } finally {
      endpoint.restore();
    }
  });
});
