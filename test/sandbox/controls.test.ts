import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACME_PRACTICE_ID, DEMO_PATIENT, MONTANA_REGION_ID } from '../../demo/sandbox/seed.js';
import { call, postVisit, sendJson, setClock, signIn, useSandbox, validVisit } from './helpers.js';

const sandbox = useSandbox();

describe('sandbox controls', () => {
  it('signs in the demo patient in exactly the Patient shape', async () => {
    const { status, body } = await sendJson(sandbox(), 'POST', '/sandbox/sign-in');
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(body).sort(), ['accessToken', 'expiresIn', 'patient']);
    assert.equal(body.expiresIn, 900);
    assert.equal(typeof body.accessToken, 'string');
    assert.deepEqual(body.patient, {
      identifier: DEMO_PATIENT.identifier,
      firstName: 'Ada',
      lastName: 'Lovelace',
      dateOfBirth: '1990-12-10',
      gender: 'female',
      email: 'ada@example.org',
      phone: '555-222-3334',
      address: { line1: '1 Main St', city: 'Helena', state: 'MT', postalCode: '59601' },
    });
    const again = await sendJson(sandbox(), 'POST', '/sandbox/sign-in', { expiresIn: 60 });
    assert.equal(again.body.expiresIn, 60);
    assert.notEqual(again.body.accessToken, body.accessToken);
    for (const bad of [{ expiresIn: -1 }, { expiresIn: 901 }, { expiresIn: '60' }, { other: 1 }, [1]]) {
      assert.equal((await sendJson(sandbox(), 'POST', '/sandbox/sign-in', bad)).status, 400, JSON.stringify(bad));
    }
  });

  it('resets queues, visits, tokens, dependents, faults and the clock', async () => {
    const token = await signIn(sandbox());
    const auth = { Authorization: `Bearer ${token}` };
    const waitPath = `/api/8/practiceRegions/${MONTANA_REGION_ID}/waittime`;
    const baseWait = (await call(sandbox(), waitPath)).body.estimatedWaitTimeSeconds;
    assert.equal((await postVisit(sandbox(), validVisit(), token)).status, 200);
    await sendJson(sandbox(), 'POST', '/sandbox/dependents', { firstName: 'B', lastName: 'L', dateOfBirth: '2016-05-01', gender: 'male' }, auth);
    await sendJson(sandbox(), 'PUT', '/sandbox/faults', { faults: [{ path: '/nothing-matches' }] });
    await setClock(sandbox(), '2025-03-07T20:00:00.000Z');

    const reset = await sendJson(sandbox(), 'POST', '/sandbox/reset');
    assert.equal(reset.status, 200);
    assert.equal((await call(sandbox(), waitPath)).body.estimatedWaitTimeSeconds, baseWait);
    assert.deepEqual((await call(sandbox(), '/sandbox/visits')).body, []);
    assert.equal((await postVisit(sandbox(), validVisit(), token)).status, 401);
    assert.deepEqual((await call(sandbox(), '/sandbox/faults')).body, { faults: [] });
    assert.equal(sandbox().store.dependents.size, 0);
    const clock = await call(sandbox(), '/sandbox/clock');
    assert.equal(clock.body.fixed, false);
    assert.ok(Math.abs(Date.parse(clock.body.now) - Date.now()) < 5_000);
  });

  it('fixes and releases the clock, and refuses nonsense', async () => {
    const fixed = await setClock(sandbox(), '2025-03-07T20:00:00Z');
    assert.deepEqual(fixed.body, { now: '2025-03-07T20:00:00.000Z', fixed: true });
    for (const bad of [{ now: 'tomorrow' }, { now: 5 }, {}, { now: null, extra: 1 }]) {
      assert.equal((await sendJson(sandbox(), 'PUT', '/sandbox/clock', bad)).status, 400, JSON.stringify(bad));
    }
    assert.equal((await setClock(sandbox(), null)).body.fixed, false);
  });

  it('logs the last 200 requests without tokens', async () => {
    const token = await signIn(sandbox());
    await postVisit(sandbox(), validVisit(), token);
    await call(sandbox(), '/nowhere');
    const log = await call(sandbox(), '/sandbox/requests');
    assert.deepEqual(log.body.slice(-3), [
      { method: 'POST', path: '/sandbox/sign-in', hasAuthorization: false, status: 200 },
      { method: 'POST', path: `/api/8/practices/${ACME_PRACTICE_ID}/visits`, hasAuthorization: true, status: 200 },
      { method: 'GET', path: '/nowhere', hasAuthorization: false, status: 404 },
    ]);
    assert.ok(!log.text.includes(token));
    await Promise.all(Array.from({ length: 210 }, () => call(sandbox(), '/sandbox/clock')));
    assert.equal((await call(sandbox(), '/sandbox/requests')).body.length, 200);
  });

  it('answers 404 JSON for unknown routes and 405 for wrong methods', async () => {
    const unknown = await call(sandbox(), '/api/8/DexCare/practices');
    assert.equal(unknown.status, 404);
    assert.equal(typeof unknown.body.error, 'string');
    assert.equal((await call(sandbox(), '/api/8/DexCare/practices/%E0%A4%A')).status, 404);
    assert.equal((await call(sandbox(), '/')).status, 404, 'no static files without --demo');
    const wrong = await call(sandbox(), `/api/8/practiceRegions/${MONTANA_REGION_ID}/waittime`, { method: 'POST', body: '{}' });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET');
    assert.equal(typeof wrong.body.error, 'string');
    assert.equal((await call(sandbox(), '/sandbox/reset')).status, 405);
  });
});
