/**
 * The sandbox as the health system's own sign-in: the page, the cookie session, the tokens it hands
 * the widget (`session-url`), sign-out, and the JSON sign-in beside it unchanged.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DEMO_PATIENT } from '../../demo/sandbox/seed.js';
import { call, postVisit, sendJson, useSandbox, validVisit, type Answer } from './helpers.js';

const sandbox = useSandbox();
const LOCAL_PAGE = 'http://localhost:5173/book?step=details#top';
const COOKIE = /^dexcare_sandbox_session=([A-Za-z0-9_-]{32}); Path=\/; HttpOnly; SameSite=Lax$/;

const postForm = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  call(sandbox(), path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });

/** Signs in through the form; answers the `Cookie` header value the browser would send back. */
async function signInWithForm(returnUrl = LOCAL_PAGE): Promise<string> {
  const answer = await postForm('/sandbox/sign-in', { returnUrl });
  assert.equal(answer.status, 303, answer.text);
  const match = COOKIE.exec(answer.headers.getSetCookie()[0] ?? '');
  assert.ok(match, answer.headers.getSetCookie().join('\n'));
  return `dexcare_sandbox_session=${match[1]}`;
}

const getSession = (cookie?: string, origin?: string) =>
  call(sandbox(), '/sandbox/session', { headers: { ...(cookie ? { Cookie: cookie } : {}), ...(origin ? { Origin: origin } : {}) } });

function assertSignedOut(answer: Answer) {
  assert.equal(answer.status, 401, answer.text);
  assert.equal(typeof answer.body.error, 'string');
  assert.equal(answer.headers.get('cache-control'), 'no-store');
}

function assertCredentialedCors(answer: Answer, origin: string) {
  assert.equal(answer.headers.get('access-control-allow-origin'), origin);
  assert.equal(answer.headers.get('access-control-allow-credentials'), 'true');
  assert.equal(answer.headers.get('vary'), 'Origin');
}

const BAD_RETURN_URLS = [
  '',
  '/book',
  'book',
  '//evil.example/',
  'javascript:alert("<x>")',
  'data:text/html,<h1>hi</h1>',
  'ftp://localhost/',
  'https://evil.example/',
  'http://localhost.evil.example/',
  'http://evil.example\\@localhost/',
  'http://localhost:5173@evil.example/',
  `http://localhost:5173/${'a'.repeat(2048)}`,
];

describe('GET /sandbox/sign-in', () => {
  it('is a plain, accessible page with a form and a button, without script, under a strict CSP', async () => {
    const page = await call(sandbox(), `/sandbox/sign-in?returnUrl=${encodeURIComponent(LOCAL_PAGE)}`);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(page.text, /<html lang="en">/);
    assert.match(page.text, /<title>[^<]+<\/title>/);
    assert.match(page.text, /<h1>[^<]+<\/h1>/);
    assert.match(page.text, /<form method="post" action="\/sandbox\/sign-in">/);
    assert.match(page.text, /<button type="submit">Sign in as the demo patient<\/button>/);
    assert.ok(page.text.includes(`<input type="hidden" name="returnUrl" value="${LOCAL_PAGE}">`));
    assert.ok(!/<script/i.test(page.text));
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /form-action 'self' http:\/\/localhost:5173(;|$)/, 'the redirect after the post is allowed too');
    const ipv6 = await call(sandbox(), `/sandbox/sign-in?returnUrl=${encodeURIComponent('http://[::1]:3000/')}`);
    assert.match(ipv6.headers.get('content-security-policy')!, /form-action 'self' http:(;|$)/, 'CSP cannot name an IPv6 host');
  });

  it('escapes the return address it shows', async () => {
    const page = await call(sandbox(), `/sandbox/sign-in?returnUrl=${encodeURIComponent('http://localhost:1/?q="><script>x</script>\'')}`);
    assert.equal(page.status, 200);
    assert.ok(!page.text.includes('<script>'));
    assert.ok(!page.text.includes('"><'));
  });

  it('refuses every return address that is not an http(s) page on this computer, and says why', async () => {
    for (const returnUrl of [undefined, ...BAD_RETURN_URLS]) {
      const query = returnUrl === undefined ? '' : `?returnUrl=${encodeURIComponent(returnUrl)}`;
      const page = await call(sandbox(), `/sandbox/sign-in${query}`);
      assert.equal(page.status, 400, String(returnUrl));
      assert.match(page.headers.get('content-type')!, /^text\/html/);
      assert.match(page.text, /<h1>The return address is not allowed<\/h1>/);
      assert.match(page.text, /localhost/);
      assert.ok(!page.text.includes('<script') && !page.text.includes('<h1>hi'), 'the bad address is escaped');
      assert.ok(!page.text.includes('<form'));
    }
  });
});

describe('POST /sandbox/sign-in, form-encoded', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and answers 303 back to returnUrl', async () => {
    for (const returnUrl of [LOCAL_PAGE, 'http://127.0.0.1:8080/', 'http://[::1]:3000/page', 'https://localhost/']) {
      const answer = await postForm('/sandbox/sign-in', { returnUrl });
      assert.equal(answer.status, 303, returnUrl);
      assert.equal(answer.headers.get('location'), returnUrl);
      const cookies = answer.headers.getSetCookie();
      assert.equal(cookies.length, 1);
      assert.match(cookies[0]!, COOKIE);
    }
    const charset = await postForm('/sandbox/sign-in', { returnUrl: LOCAL_PAGE }, { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' });
    assert.equal(charset.status, 303);
  });

  it('keeps no token in the cookie, and gives a new session at every sign-in', async () => {
    const first = await signInWithForm();
    assert.equal(sandbox().store.tokens.size, 0, 'signing in issues no token by itself');
    const { body } = await getSession(first);
    assert.ok(!first.includes(body.accessToken));
    const again = await postForm('/sandbox/sign-in', { returnUrl: LOCAL_PAGE }, { Cookie: first });
    assert.notEqual(COOKIE.exec(again.headers.getSetCookie()[0]!)?.[1], first.split('=')[1]);
    assertSignedOut(await getSession(first));
  });

  it('answers a bad returnUrl with the 400 page and sets nothing', async () => {
    for (const returnUrl of BAD_RETURN_URLS) {
      const answer = await postForm('/sandbox/sign-in', { returnUrl });
      assert.equal(answer.status, 400, returnUrl);
      assert.match(answer.text, /The return address is not allowed/);
      assert.deepEqual(answer.headers.getSetCookie(), [], returnUrl);
      assert.equal(answer.headers.get('location'), null);
    }
    assert.equal((await postForm('/sandbox/sign-in', {})).status, 400, 'no returnUrl at all');
    assert.equal(sandbox().store.sessions.size, 0);
  });

  it('never answers a 5xx, whatever the form holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        const answer = await call(sandbox(), '/sandbox/sign-in', {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: text,
          redirect: 'manual',
        });
        assert.ok(answer.status === 303 || answer.status === 400, `${answer.status} for ${JSON.stringify(text)}`);
      }),
      { numRuns: 100 },
    );
  });
});

describe('POST /sandbox/sign-in, JSON (the demo and the tests)', () => {
  it('still answers the token and patient, and sets no cookie', async () => {
    for (const init of [{}, { headers: { 'Content-Type': 'application/json' }, body: '{"expiresIn":60}' }, { headers: { 'Content-Type': 'text/plain' }, body: '' }]) {
      const answer = await call(sandbox(), '/sandbox/sign-in', { method: 'POST', ...init });
      assert.equal(answer.status, 200, JSON.stringify(init));
      assert.deepEqual(Object.keys(answer.body).sort(), ['accessToken', 'expiresIn', 'patient']);
      assert.deepEqual(answer.body.patient, DEMO_PATIENT);
      assert.deepEqual(answer.headers.getSetCookie(), []);
    }
  });
});

describe('GET /sandbox/session', () => {
  it('answers a fresh token and the patient, in the JSON sign-in shape, for the cookie', async () => {
    const cookie = await signInWithForm();
    const answer = await getSession(cookie);
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    assert.deepEqual(Object.keys(answer.body).sort(), ['accessToken', 'expiresIn', 'patient']);
    assert.equal(answer.body.expiresIn, 900);
    const { body: viaJson } = await sendJson(sandbox(), 'POST', '/sandbox/sign-in');
    assert.deepEqual(answer.body.patient, viaJson.patient);

    const visit = await postVisit(sandbox(), validVisit(), answer.body.accessToken);
    assert.equal(visit.status, 200, JSON.stringify(visit.body));
    assert.equal(visit.body.userId, DEMO_PATIENT.identifier);
    const next = await getSession(cookie);
    assert.notEqual(next.body.accessToken, answer.body.accessToken, 'a new token at every ask');
    assert.equal((await postVisit(sandbox(), validVisit(), next.body.accessToken)).status, 200);
  });

  it('answers 401 without a cookie, for an unknown one, and after a reset', async () => {
    assertSignedOut(await getSession());
    assertSignedOut(await getSession('dexcare_sandbox_session=not-a-session'));
    assertSignedOut(await getSession('other=1'));
    const cookie = await signInWithForm();
    assert.equal((await getSession(`a=1; ${cookie}; b=2`)).status, 200, 'found among other cookies');
    await sendJson(sandbox(), 'POST', '/sandbox/reset');
    assertSignedOut(await getSession(cookie));
  });

  it('allows credentialed CORS from localhost origins, preflight included, and nothing for others', async () => {
    const cookie = await signInWithForm();
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'http://[::1]:3000', 'https://localhost']) {
      assertCredentialedCors(await getSession(cookie, origin), origin);
      assertCredentialedCors(await getSession(undefined, origin), origin);
      const preflight = await call(sandbox(), '/sandbox/session', {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'content-type' },
      });
      assert.equal(preflight.status, 204);
      assertCredentialedCors(preflight, origin);
      assert.match(preflight.headers.get('access-control-allow-methods')!, /GET/);
    }
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'null']) {
      const answer = await getSession(cookie, origin);
      assert.equal(answer.headers.get('access-control-allow-origin'), null, origin);
      assert.equal(answer.headers.get('access-control-allow-credentials'), null, origin);
    }
    const api = await call(sandbox(), '/sandbox/visits', { headers: { Origin: 'http://localhost:5173' } });
    assert.equal(api.headers.get('access-control-allow-credentials'), null, 'other routes stay without credentials');
  });
});

describe('POST /sandbox/sign-out', () => {
  it('ends the session and its tokens, clears the cookie, 204 with credentialed CORS', async () => {
    const cookie = await signInWithForm();
    const { body } = await getSession(cookie);
    const origin = 'http://localhost:5173';
    const answer = await call(sandbox(), '/sandbox/sign-out', { method: 'POST', headers: { Cookie: cookie, Origin: origin } });
    assert.equal(answer.status, 204);
    assertCredentialedCors(answer, origin);
    assert.deepEqual(answer.headers.getSetCookie(), ['dexcare_sandbox_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0']);
    assertSignedOut(await getSession(cookie));
    assert.equal((await postVisit(sandbox(), validVisit(), body.accessToken)).status, 401, "the session's tokens end with it");
    assert.equal((await call(sandbox(), '/sandbox/sign-out', { method: 'POST' })).status, 204, 'signed out already: fine');
  });

  it('takes a form post: 303 to a valid returnUrl, a page without one, 400 and no change for a bad one', async () => {
    const cookie = await signInWithForm();
    const bad = await postForm('/sandbox/sign-out', { returnUrl: 'https://evil.example/' }, { Cookie: cookie });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.headers.getSetCookie(), []);
    assert.equal((await getSession(cookie)).status, 200, 'still signed in');

    const back = await postForm('/sandbox/sign-out', { returnUrl: LOCAL_PAGE }, { Cookie: cookie });
    assert.equal(back.status, 303);
    assert.equal(back.headers.get('location'), LOCAL_PAGE);
    assert.match(back.headers.getSetCookie()[0]!, /Max-Age=0/);
    assertSignedOut(await getSession(cookie));

    const other = await signInWithForm();
    const page = await postForm('/sandbox/sign-out', {}, { Cookie: other });
    assert.equal(page.status, 200);
    assert.match(page.text, /<h1>You're signed out<\/h1>/);
    assertSignedOut(await getSession(other));
  });
});

describe('short-lived session tokens (PUT /sandbox/session-tokens)', () => {
  it('sets how long the session tokens last, until a reset', async () => {
    const cookie = await signInWithForm();
    assert.deepEqual((await call(sandbox(), '/sandbox/session-tokens')).body, { expiresIn: 900 });
    const set = await sendJson(sandbox(), 'PUT', '/sandbox/session-tokens', { expiresIn: 0 });
    assert.deepEqual(set.body, { expiresIn: 0 });
    const expired = await getSession(cookie);
    assert.equal(expired.body.expiresIn, 0);
    assert.equal((await postVisit(sandbox(), validVisit(), expired.body.accessToken)).status, 401);

    for (const bad of [{}, { expiresIn: -1 }, { expiresIn: 901 }, { expiresIn: '5' }, { expiresIn: 5, other: 1 }, null]) {
      assert.equal((await sendJson(sandbox(), 'PUT', '/sandbox/session-tokens', bad)).status, 400, JSON.stringify(bad));
    }
    await sendJson(sandbox(), 'POST', '/sandbox/reset');
    assert.deepEqual((await call(sandbox(), '/sandbox/session-tokens')).body, { expiresIn: 900 });
  });

  it('POST /sandbox/expire-tokens ends the tokens but not the session, which issues new ones', async () => {
    const cookie = await signInWithForm();
    const { body } = await getSession(cookie);
    await sendJson(sandbox(), 'POST', '/sandbox/expire-tokens');
    assert.equal((await postVisit(sandbox(), validVisit(), body.accessToken)).status, 401);
    const fresh = await getSession(cookie);
    assert.equal(fresh.status, 200);
    assert.equal((await postVisit(sandbox(), validVisit(), fresh.body.accessToken)).status, 200);
  });
});

describe('demo/snippet.html, served with --demo', () => {
  const demo = useSandbox({ demo: true });

  it('holds only the paste: the bundle, the element with session-url and sign-in-url, its fallback', async () => {
    const page = await call(demo(), '/demo/snippet.html');
    assert.equal(page.status, 200);
    assert.match(page.text, /<html lang="en">/);
    assert.deepEqual(page.text.match(/<script[^>]*>/g), ['<script type="module" src="/dist/dexcare-virtual-visit.js">'], 'no script of its own');
    assert.match(page.text, /<dexcare-virtual-visit practice-id="0cee700e-f4c1-4459-b390-263e4ded436c" brand="acme" session-url="\/sandbox\/session" sign-in-url="\/sandbox\/sign-in\?returnUrl=\{returnUrl\}">/);
    assert.match(page.text, /<p>To see a clinician, call \(555\) 010-0000\.<\/p>/);
    assert.match(page.text, /<p slot="unavailable">Can't be seen online now\? Call \(555\) 010-0000 or visit your nearest urgent care\.<\/p>/);
    const index = await call(demo(), '/');
    assert.ok(index.text.includes('<a href="/demo/snippet.html">snippet.html</a>'), 'linked from the demo page');
  });
});
