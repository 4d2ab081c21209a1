import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Practice, RegionAvailability, WaitTime } from '../../src/api/types.js';
import * as seed from '../../demo/sandbox/seed.js';
import { call, ISO_INSTANT, postVisit, setClock, signIn, useSandbox, validVisit } from './helpers.js';

const sandbox = useSandbox();
const practicePath = (id: string) => `/api/8/DexCare/practices/${id}`;
const availability = async (regionId: string) =>
  (await call<RegionAvailability>(sandbox(), `/api/8/practiceRegions/${regionId}/availability`)).body;

/** Friday 2025-03-07, 05:00 in Boise (MST, UTC-7); daylight saving starts Sunday 2025-03-09. */
const BEFORE_SPRING_FORWARD = '2025-03-07T12:00:00.000Z';

describe('GET /api/8/DexCare/practices/{practiceId}', () => {
  it('returns the Acme practice with every region, inactive ones included', async () => {
    const { status, body, headers } = await call<Practice>(sandbox(), practicePath(seed.ACME_PRACTICE_ID));
    assert.equal(status, 200);
    assert.equal(headers.get('cache-control'), 'no-store');
    assert.equal(body.id, seed.ACME_PRACTICE_ID);
    assert.equal(body.displayName, 'Acme Virtual Care');
    assert.equal(body.careMode, 'virtual');
    assert.deepEqual(body.payment, { insurance: true, selfPay: true, serviceKey: true });
    assert.equal(body.epicBookingEnabled, true);
    assert.deepEqual(
      body.practiceRegions.map((region) => [region.displayName, region.regionCode, region.active]),
      [
        ['Montana', 'MT', true],
        ['Idaho', 'ID', true],
        ['Washington', 'WA', true],
        ['Wyoming', 'WY', true],
        ['Oregon', 'OR', false],
        ['Colorado', 'CO', true],
      ],
    );
    const ids = body.practiceRegions.map((region) => region.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(ids[0], seed.MONTANA_REGION_ID);
    for (const region of body.practiceRegions) {
      assert.deepEqual(Object.keys(region).sort(), [
        'active', 'availability', 'busy', 'busyMessage', 'departments', 'displayName', 'id', 'paymentAccountId',
        'practiceId', 'regionCode', 'visitPrice',
      ]);
      assert.equal(region.practiceId, seed.ACME_PRACTICE_ID);
      assert.ok(Number.isInteger(region.visitPrice) && region.visitPrice > 0, 'price in cents');
      assert.ok(region.paymentAccountId);
      assert.ok(region.departments.length >= 1);
      for (const window of region.availability) {
        assert.match(window.start, ISO_INSTANT);
        assert.match(window.end, ISO_INSTANT);
      }
    }
    const washington = body.practiceRegions.find((region) => region.id === seed.WASHINGTON_REGION_ID)!;
    assert.equal(washington.busy, true);
    assert.equal(washington.busyMessage, seed.WASHINGTON_BUSY_MESSAGE);
    const colorado = body.practiceRegions.find((region) => region.id === seed.COLORADO_REGION_ID)!;
    assert.equal(colorado.departments.length, 2);
    assert.notEqual(colorado.departments[0]!.ehrSystemName, colorado.departments[1]!.ehrSystemName);
  });

  it('answers 404 PRACTICE_NOT_FOUND for an unknown practice', async () => {
    const { status, body } = await call(sandbox(), practicePath('00000000-0000-4000-8000-000000000000'));
    assert.equal(status, 404);
    assert.equal(body.code, 'PRACTICE_NOT_FOUND');
    assert.equal(typeof body.error, 'string');
  });

  it('seeds Beacon, a practice with no active regions and one with every region closed', async () => {
    const beacon = (await call<Practice>(sandbox(), practicePath(seed.BEACON_PRACTICE_ID))).body;
    assert.equal(beacon.displayName, 'Beacon Health');
    assert.deepEqual(beacon.payment, { insurance: false, selfPay: true, serviceKey: true });
    assert.deepEqual(beacon.practiceRegions.map((region) => region.displayName), ['Utah']);
    const dormant = (await call<Practice>(sandbox(), practicePath(seed.DORMANT_PRACTICE_ID))).body;
    assert.ok(dormant.practiceRegions.length > 0);
    assert.ok(dormant.practiceRegions.every((region) => !region.active));
    const closed = (await call<Practice>(sandbox(), practicePath(seed.CLOSED_PRACTICE_ID))).body;
    for (const region of closed.practiceRegions) assert.equal((await availability(region.id)).available, false);
  });

  it('gives a 24/7 region one window from now to now + 7 days', async () => {
    await setClock(sandbox(), BEFORE_SPRING_FORWARD);
    const { body } = await call<Practice>(sandbox(), practicePath(seed.ACME_PRACTICE_ID));
    assert.deepEqual(body.practiceRegions[0]!.availability, [
      { start: '2025-03-07T12:00:00.000Z', end: '2025-03-14T12:00:00.000Z' },
    ]);
  });

  it('derives weekday windows in the region time zone across the spring DST change', async () => {
    await setClock(sandbox(), BEFORE_SPRING_FORWARD);
    const { body } = await call<Practice>(sandbox(), practicePath(seed.ACME_PRACTICE_ID));
    const idaho = body.practiceRegions.find((region) => region.id === seed.IDAHO_REGION_ID)!;
    assert.deepEqual(idaho.availability, [
      { start: '2025-03-07T15:00:00.000Z', end: '2025-03-08T00:00:00.000Z' }, // Fri 08–17 MST (UTC-7)
      { start: '2025-03-10T14:00:00.000Z', end: '2025-03-10T23:00:00.000Z' }, // Mon 08–17 MDT (UTC-6)
      { start: '2025-03-11T14:00:00.000Z', end: '2025-03-11T23:00:00.000Z' },
      { start: '2025-03-12T14:00:00.000Z', end: '2025-03-12T23:00:00.000Z' },
      { start: '2025-03-13T14:00:00.000Z', end: '2025-03-13T23:00:00.000Z' },
    ]);
  });

  it('derives windows across the autumn DST change and clips an open window to now', async () => {
    await setClock(sandbox(), '2025-10-31T20:00:00.000Z'); // Fri 14:00 MDT; DST ends Sun 2025-11-02
    const { body } = await call<Practice>(sandbox(), practicePath(seed.ACME_PRACTICE_ID));
    const idaho = body.practiceRegions.find((region) => region.id === seed.IDAHO_REGION_ID)!;
    assert.deepEqual(idaho.availability.slice(0, 2), [
      { start: '2025-10-31T20:00:00.000Z', end: '2025-10-31T23:00:00.000Z' },
      { start: '2025-11-03T15:00:00.000Z', end: '2025-11-04T00:00:00.000Z' }, // Mon 08–17 MST (UTC-7)
    ]);
    assert.equal(idaho.availability.length, 6);
    assert.equal(idaho.availability.at(-1)!.start, '2025-11-07T15:00:00.000Z');
  });
});

describe('GET /api/8/practiceRegions/{id}/availability', () => {
  it('reports each seeded region', async () => {
    await setClock(sandbox(), '2025-03-07T20:00:00.000Z'); // Fri 13:00 in Boise: Idaho open
    const expected: Array<[string, RegionAvailability]> = [
      [seed.MONTANA_REGION_ID, { available: true, reason: null }],
      [seed.IDAHO_REGION_ID, { available: true, reason: null }],
      [seed.WASHINGTON_REGION_ID, { available: false, reason: 'REGION_BUSY' }],
      [seed.WYOMING_REGION_ID, { available: false, reason: 'NO_ONCALL_PROVIDERS' }],
      [seed.OREGON_REGION_ID, { available: false, reason: 'NO_REGIONS_FOUND' }],
      [seed.COLORADO_REGION_ID, { available: true, reason: null }],
      [seed.UTAH_REGION_ID, { available: true, reason: null }],
      [seed.NEVADA_REGION_ID, { available: false, reason: 'NO_REGIONS_FOUND' }],
      [seed.ARIZONA_REGION_ID, { available: false, reason: 'REGION_BUSY' }],
      [seed.NEW_MEXICO_REGION_ID, { available: false, reason: 'NO_ONCALL_PROVIDERS' }],
      ['no-such-region', { available: false, reason: 'NO_REGIONS_FOUND' }],
    ];
    for (const [id, answer] of expected) assert.deepEqual(await availability(id), answer, id);
  });

  it('follows the sandbox clock for Idaho hours, edges included', async () => {
    const cases: Array<[string, boolean]> = [
      ['2025-03-08T18:00:00.000Z', false], // Saturday
      ['2025-03-07T14:59:59.000Z', false], // Fri 07:59:59 MST
      ['2025-03-07T15:00:00.000Z', true], //  Fri 08:00 MST
      ['2025-03-07T23:59:59.000Z', true], //  Fri 16:59:59 MST
      ['2025-03-08T00:00:00.000Z', false], // Fri 17:00 MST
      ['2025-03-10T13:59:00.000Z', false], // Mon 07:59 MDT
      ['2025-03-10T14:00:00.000Z', true], //  Mon 08:00 MDT
    ];
    for (const [now, open] of cases) {
      await setClock(sandbox(), now);
      assert.deepEqual(await availability(seed.IDAHO_REGION_ID), open ? { available: true, reason: null } : { available: false, reason: 'OFF_HOURS' }, now);
    }
    await setClock(sandbox(), null);
    const clock = await call(sandbox(), '/sandbox/clock');
    assert.equal(clock.body.fixed, false);
  });
});

describe('GET /api/8/practiceRegions/{id}/waittime', () => {
  it('starts at the region base and grows by 300 s with every visit', async () => {
    await setClock(sandbox(), BEFORE_SPRING_FORWARD);
    const path = `/api/8/practiceRegions/${seed.MONTANA_REGION_ID}/waittime`;
    const first = await call<WaitTime>(sandbox(), path);
    assert.equal(first.status, 200);
    assert.equal(first.body.estimateGeneratedAt, BEFORE_SPRING_FORWARD);
    assert.ok(Number.isInteger(first.body.estimatedWaitTimeSeconds));
    const token = await signIn(sandbox());
    assert.equal((await postVisit(sandbox(), validVisit(), token)).status, 200);
    assert.equal((await postVisit(sandbox(), validVisit(), token)).status, 200);
    const second = await call<WaitTime>(sandbox(), path);
    assert.equal(second.body.estimatedWaitTimeSeconds, first.body.estimatedWaitTimeSeconds + 600);
    const colorado = await call<WaitTime>(sandbox(), `/api/8/practiceRegions/${seed.COLORADO_REGION_ID}/waittime`);
    assert.notEqual(colorado.body.estimatedWaitTimeSeconds, second.body.estimatedWaitTimeSeconds);
  });

  it('answers 404 for an unknown region', async () => {
    const { status, body } = await call(sandbox(), '/api/8/practiceRegions/no-such-region/waittime');
    assert.equal(status, 404);
    assert.equal(typeof body.error, 'string');
  });
});
