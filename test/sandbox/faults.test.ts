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

  it('refuses malformed fault lists', async () => {
    for (const bad of [{}, { faults: {} }, { faults: [{ status: 99 }] }, { faults: [{ times: 0 }] }, { faults: [{ hang: 'yes' }] }, { faults: [{ explode: true }] }]) {
      const answer = await sendJson(sandbox(), 'PUT', '/sandbox/faults', bad);
      assert.equal(answer.status, 400, JSON.stringify(bad));
      assert.equal(typeof answer.body.error, 'string');
    }
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
