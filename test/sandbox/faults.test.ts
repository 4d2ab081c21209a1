import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACME_PRACTICE_ID, BEACON_PRACTICE_ID, IDAHO_REGION_ID, MONTANA_REGION_ID } from '../../demo/sandbox/seed.js';
import { call, postVisit, sendJson, signIn, useSandbox, validVisit } from './helpers.js';

const sandbox = useSandbox();
const practice = `/api/8/DexCare/practices/${ACME_PRACTICE_ID}`;
const faults = (list: unknown[]) => sendJson(sandbox(), 'PUT', '/sandbox/faults', { faults: list });

describe('fault switch', () => {
  it('answers with a status and a JSON error', async () => {
    assert.equal((await faults([{ path: '/practices/', status: 503 }])).status, 200);
    const answer = await call(sandbox(), practice);
    assert.equal(answer.status, 503);
    assert.equal(typeof answer.body.error, 'string');
  });

  it('sends a raw body (malformed JSON or the wrong shape)', async () => {
    await faults([{ method: 'get', regionId: MONTANA_REGION_ID, body: '{"available": tru' }]);
    const broken = await call(sandbox(), `/api/8/practiceRegions/${MONTANA_REGION_ID}/availability`);
    assert.equal(broken.status, 200);
    assert.equal(broken.text, '{"available": tru');
    const other = await call(sandbox(), `/api/8/practiceRegions/${IDAHO_REGION_ID}/availability`);
    assert.equal(typeof other.body.available, 'boolean', 'other regions untouched');
    await faults([{ path: 'waittime', status: 502, body: '<html>Bad gateway</html>' }]);
    const html = await call(sandbox(), `/api/8/practiceRegions/${MONTANA_REGION_ID}/waittime`);
    assert.equal(html.status, 502);
    assert.equal(html.text, '<html>Bad gateway</html>');
  });

  it('adds latency', async () => {
    await faults([{ path: '/availability', latencyMs: 150 }]);
    const started = performance.now();
    const answer = await call(sandbox(), `/api/8/practiceRegions/${MONTANA_REGION_ID}/availability`);
    assert.ok(performance.now() - started >= 140);
    assert.equal(answer.status, 200);
  });

  it('hangs until the client aborts, and the server keeps answering', async () => {
    await faults([{ path: '/practices/', hang: true, times: 1 }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await assert.rejects(fetch(sandbox().url + practice, { signal: controller.signal }), { name: 'AbortError' });
    assert.equal((await call(sandbox(), practice)).status, 200);
  });

  it('destroys the connection: a network error', async () => {
    await faults([{ method: 'POST', practiceId: ACME_PRACTICE_ID, destroy: true }]);
    const token = await signIn(sandbox(), undefined);
    await assert.rejects(postVisit(sandbox(), validVisit(), token), TypeError);
    assert.equal((await call(sandbox(), practice)).status, 200, 'GET not matched');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const log = (await call(sandbox(), '/sandbox/requests')).body as Array<{ path: string; status: number }>;
    assert.ok(log.some((entry) => entry.path.endsWith('/visits') && entry.status === 0));
  });

  it('applies `times` then disappears; the first matching fault wins', async () => {
    await faults([
      { practiceId: ACME_PRACTICE_ID, status: 500, times: 2 },
      { practiceId: ACME_PRACTICE_ID, status: 429 },
    ]);
    assert.equal((await call(sandbox(), practice)).status, 500);
    assert.equal((await call(sandbox(), `/api/8/DexCare/practices/${BEACON_PRACTICE_ID}`)).status, 200);
    assert.equal((await call(sandbox(), practice)).status, 500);
    assert.equal((await call(sandbox(), practice)).status, 429);
    assert.deepEqual((await call(sandbox(), '/sandbox/faults')).body, { faults: [{ practiceId: ACME_PRACTICE_ID, status: 429 }] });
    assert.equal((await sendJson(sandbox(), 'DELETE', '/sandbox/faults')).status, 200);
    assert.equal((await call(sandbox(), practice)).status, 200);
  });

  it('never faults control routes', async () => {
    await faults([{ status: 500 }, { destroy: true }]);
    assert.equal((await sendJson(sandbox(), 'POST', '/sandbox/sign-in')).status, 200);
    assert.equal((await call(sandbox(), '/sandbox/faults')).status, 200);
    assert.equal((await call(sandbox(), practice)).status, 500);
  });

  it('redirects instead of handling: status and Location, no visit', async () => {
    const elsewhere = 'https://elsewhere.example/api/8/visits?from=sandbox';
    await faults([{ method: 'POST', path: '/visits', redirect: { status: 307, location: elsewhere } }]);
    const token = await signIn(sandbox(), undefined);
    const init = { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(validVisit()) };
    const answer = await fetch(`${sandbox().url}/api/8/practices/${ACME_PRACTICE_ID}/visits`, { ...init, redirect: 'manual' });
    assert.equal(answer.status, 307);
    assert.equal(answer.headers.get('location'), elsewhere);
    assert.deepEqual((await call(sandbox(), '/sandbox/visits')).body, [], 'not handled');
    for (const status of [301, 302, 303, 308]) {
      await faults([{ path: '/practices/', redirect: { status, location: 'http://localhost:1/elsewhere' } }]);
      const moved = await fetch(sandbox().url + practice, { redirect: 'manual' });
      assert.equal(moved.status, status);
      assert.equal(moved.headers.get('location'), 'http://localhost:1/elsewhere');
    }
  });

  it('adds Retry-After to a status fault, readable cross-origin', async () => {
    await faults([{ path: '/availability', status: 503, retryAfter: '1', times: 1 }, { path: '/practices/', status: 429, body: '{"error":"Slow down"}', retryAfter: 'Fri, 07 Mar 2025 12:00:00 GMT' }]);
    const headers = { Origin: 'http://localhost:5173' };
    const unavailable = await call(sandbox(), `/api/8/practiceRegions/${MONTANA_REGION_ID}/availability`, { headers });
    assert.equal(unavailable.status, 503);
    assert.equal(unavailable.headers.get('retry-after'), '1');
    assert.equal(unavailable.headers.get('access-control-expose-headers'), 'Retry-After');
    const busy = await call(sandbox(), practice, { headers });
    assert.equal(busy.status, 429);
    assert.equal(busy.headers.get('retry-after'), 'Fri, 07 Mar 2025 12:00:00 GMT');
    assert.deepEqual(busy.body, { error: 'Slow down' });
    const healthy = await call(sandbox(), `/api/8/practiceRegions/${MONTANA_REGION_ID}/availability`, { headers });
    assert.equal(healthy.headers.get('retry-after'), null);
    assert.equal(healthy.headers.get('access-control-expose-headers'), 'Retry-After', 'every API answer exposes it');
    const control = await call(sandbox(), '/sandbox/clock', { headers });
    assert.equal(control.headers.get('access-control-expose-headers'), null, 'control routes do not');
  });

  it('refuses malformed fault lists', async () => {
    for (const bad of [{}, { faults: {} }, { faults: [{ status: 99 }] }, { faults: [{ times: 0 }] }, { faults: [{ hang: 'yes' }] }, { faults: [{ explode: true }] }]) {
      const answer = await sendJson(sandbox(), 'PUT', '/sandbox/faults', bad);
      assert.equal(answer.status, 400, JSON.stringify(bad));
      assert.equal(typeof answer.body.error, 'string');
    }
  });

  it('refuses bad after, redirect and retryAfter values, naming the field', async () => {
    const location = 'https://elsewhere.example/';
    const cases: Array<[unknown, string]> = [
      [{ after: 'explode' }, 'after'],
      [{ after: true }, 'after'],
      [{ after: 'reset', status: 500 }, 'status'],
      [{ after: 'cut-short', destroy: true }, 'destroy'],
      [{ after: 'hang-body', redirect: { status: 307, location } }, 'redirect'],
      [{ redirect: 'https://elsewhere.example/' }, 'redirect'],
      [{ redirect: { status: 200, location } }, 'redirect'],
      [{ redirect: { status: '307', location } }, 'redirect'],
      [{ redirect: { status: 307 } }, 'redirect'],
      [{ redirect: { status: 307, location: '/relative' } }, 'redirect'],
      [{ redirect: { status: 307, location: 'https://elsewhere.example/\r\nSet-Cookie: x=1' } }, 'redirect'],
      [{ redirect: { status: 307, location, extra: 1 } }, 'redirect'],
      [{ redirect: { status: 307, location }, body: 'x' }, 'body'],
      [{ retryAfter: '1' }, 'retryAfter'],
      [{ status: 503, retryAfter: 1 }, 'retryAfter'],
      [{ status: 503, retryAfter: '' }, 'retryAfter'],
      [{ status: 503, retryAfter: '1\r\nX-Evil: 1' }, 'retryAfter'],
    ];
    for (const [fault, field] of cases) {
      const answer = await faults([{ path: '/visits' }, fault]);
      assert.equal(answer.status, 400, JSON.stringify(fault));
      assert.equal(answer.body.field, `faults[1].${field}`, JSON.stringify(fault));
      assert.ok(answer.body.error.startsWith(`faults[1].${field} `), answer.body.error);
    }
    assert.deepEqual((await call(sandbox(), '/sandbox/faults')).body, { faults: [] }, 'nothing installed');
  });
});

describe('--latency', () => {
  it('delays API answers but not control routes', async () => {
    const { startSandbox } = await import('../../demo/sandbox/server.js');
    const slow = await startSandbox({ port: 0, latencyMs: 120 });
    try {
      let started = performance.now();
      assert.equal((await fetch(`${slow.url}${practice}`)).status, 200);
      assert.ok(performance.now() - started >= 110);
      started = performance.now();
      assert.equal((await fetch(`${slow.url}/sandbox/clock`)).status, 200);
      assert.ok(performance.now() - started < 100);
    } finally {
      await slow.close();
    }
  });
});
