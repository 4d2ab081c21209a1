import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Practice, RegionAvailability, WaitTime } from '../../src/api/types.js';
import { nextOpening } from '../../src/booking/opening-hours.js';
import { US_STATES } from '../../src/booking/field-rules.js';
import * as seed from '../../demo/sandbox/seed.js';
import { QUEUE_STAY_MS } from '../../demo/sandbox/store.js';
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
    assert.equal(body.displayName, 'Acme', "the name DESIGN and the reference's example give practice 0cee700e-…");
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
        ['Hawaii', 'HI', true],
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

describe('Hawaii: a region that is off hours nearly always', () => {
  const HOUR = 60 * 60 * 1000;
  const DAY = 24 * HOUR;

  it('is a real state, with its real code, that no other seeded region uses', () => {
    const regions = seed.seedPractices().flatMap((practice) => practice.regions);
    const codes = regions.map((region) => region.regionCode);
    assert.equal(new Set(codes).size, codes.length, `a state used twice: ${codes.join(', ')}`);
    for (const code of codes) assert.ok((US_STATES as readonly string[]).includes(code), code);
    const hawaii = regions.find((region) => region.id === seed.HAWAII_REGION_ID)!;
    assert.deepEqual([hawaii.practiceId, hawaii.displayName, hawaii.regionCode, hawaii.active], [seed.ACME_PRACTICE_ID, 'Hawaii', 'HI', true]);
    assert.equal(hawaii.timeZone, 'Pacific/Honolulu');
  });

  it('answers OFF_HOURS at all but one hour of the week, always with a next opening in its windows', async () => {
    const monday = Date.parse('2025-03-03T00:17:00.000Z'); // hourly, 17 minutes past, for a whole week
    let openHours = 0;
    for (let hour = 0; hour < 7 * 24; hour++) {
      const now = new Date(monday + hour * HOUR);
      await setClock(sandbox(), now.toISOString());
      const answer = await availability(seed.HAWAII_REGION_ID);
      const practice = (await call<Practice>(sandbox(), practicePath(seed.ACME_PRACTICE_ID))).body;
      const windows = practice.practiceRegions.find((region) => region.id === seed.HAWAII_REGION_ID)!.availability;
      if (answer.available) {
        openHours++;
        assert.equal(now.getUTCDay(), 2, 'open only on Tuesday');
        assert.equal(now.getUTCHours(), 19, 'open only 09:00–10:00 Honolulu time (UTC-10)');
        continue;
      }
      assert.deepEqual(answer, { available: false, reason: 'OFF_HOURS' }, now.toISOString());
      assert.equal(windows.length, 1, `${now.toISOString()}: one window a week, always within the coming week`);
      // The widget's own reading of the windows finds when it opens.
      const opens = nextOpening(windows, now);
      assert.ok(opens, `${now.toISOString()}: no next opening`);
      assert.ok(opens.getTime() > now.getTime() && opens.getTime() - now.getTime() < 7 * DAY, now.toISOString());
      assert.equal(opens.getUTCDay(), 2);
      assert.equal(opens.toISOString().slice(11), '19:00:00.000Z');
    }
    assert.equal(openHours, 1, 'closed 167 hours of 168');
  });

  it('opens at 09:00 and closes at 10:00 Honolulu time on Tuesdays, all year', async () => {
    const cases: Array<[string, boolean]> = [
      ['2025-03-04T18:59:59.000Z', false],
      ['2025-03-04T19:00:00.000Z', true],
      ['2025-03-04T19:59:59.000Z', true],
      ['2025-03-04T20:00:00.000Z', false],
      ['2025-07-01T19:30:00.000Z', true], // no daylight saving in Hawaii
      ['2025-07-02T19:30:00.000Z', false], // Wednesday
    ];
    for (const [now, open] of cases) {
      await setClock(sandbox(), now);
      assert.deepEqual(await availability(seed.HAWAII_REGION_ID), open ? { available: true, reason: null } : { available: false, reason: 'OFF_HOURS' }, now);
    }
    await setClock(sandbox(), '2025-03-04T20:00:00.000Z');
    const { body } = await call<Practice>(sandbox(), practicePath(seed.ACME_PRACTICE_ID));
    assert.deepEqual(body.practiceRegions.find((region) => region.id === seed.HAWAII_REGION_ID)!.availability, [
      { start: '2025-03-11T19:00:00.000Z', end: '2025-03-11T20:00:00.000Z' },
    ]);
  });

  it('refuses a booking off hours with OFF_HOURS', async () => {
    await setClock(sandbox(), BEFORE_SPRING_FORWARD);
    const token = await signIn(sandbox());
    const body = validVisit();
    body.visitDetails = { ...body.visitDetails, practiceRegionId: seed.HAWAII_REGION_ID, departmentId: 'dept-hi-virtual', ehrSystemName: 'SANDBOX-EPIC-HI' };
    const answer = await postVisit(sandbox(), body, token);
    assert.equal(answer.status, 400);
    assert.equal(answer.body.code, 'OFF_HOURS');
    await setClock(sandbox(), '2025-03-04T19:30:00.000Z');
    assert.equal((await postVisit(sandbox(), body, token)).status, 200, 'open on Tuesday morning in Honolulu');
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
      [seed.HAWAII_REGION_ID, { available: false, reason: 'OFF_HOURS' }],
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

  it('counts each visit for 30 minutes of the sandbox clock after it was created, then lets it go', async () => {
    assert.equal(QUEUE_STAY_MS, 30 * 60 * 1000);
    const start = Date.parse(BEFORE_SPRING_FORWARD);
    const at = (minutes: number) => setClock(sandbox(), new Date(start + minutes * 60_000).toISOString());
    const wait = async () =>
      (await call<WaitTime>(sandbox(), `/api/8/practiceRegions/${seed.MONTANA_REGION_ID}/waittime`)).body.estimatedWaitTimeSeconds;
    const placeInLine = async (visitId: string) =>
      /<dt>Place in line<\/dt><dd>([^<]*)<\/dd>/.exec((await call(sandbox(), `/DexCare/visit/${visitId}?brand=acme`)).text)?.[1];
    const token = await signIn(sandbox());
    const book = async () => {
      const answer = await postVisit(sandbox(), validVisit(), token);
      assert.equal(answer.status, 200);
      return answer.body.visitId as string;
    };

    await at(0);
    const base = await wait();
    const first = await book();
    assert.equal(await wait(), base + 300);
    await at(10);
    const second = await book();
    assert.equal(await wait(), base + 600, 'every created visit lengthens the wait');
    assert.deepEqual([await placeInLine(first), await placeInLine(second)], ['1', '2']);

    await setClock(sandbox(), new Date(start + QUEUE_STAY_MS - 1).toISOString());
    assert.equal(await wait(), base + 600, 'still waiting just before 30 minutes');
    await at(30);
    assert.equal(await wait(), base + 300, 'the first visit has left after 30 minutes');
    assert.deepEqual([await placeInLine(first), await placeInLine(second)], ['—', '1']);
    await at(40);
    assert.equal(await wait(), base, 'both have left');
    assert.deepEqual([await placeInLine(first), await placeInLine(second)], ['—', '—']);

    await at(10);
    assert.equal(await wait(), base + 600, 'moving the clock back finds the queue as it was then');

    await at(120);
    for (let i = 0; i < 40; i++) await book();
    assert.equal(await wait(), base + 40 * 300);
    await at(150);
    assert.equal(await wait(), base, 'many bookings do not lengthen the wait for good');
  });

  it('answers 404 for an unknown region', async () => {
    const { status, body } = await call(sandbox(), '/api/8/practiceRegions/no-such-region/waittime');
    assert.equal(status, 404);
    assert.equal(typeof body.error, 'string');
  });
});
