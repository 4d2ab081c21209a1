import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { VisitRequest } from '../../src/api/types.js';
import * as seed from '../../demo/sandbox/seed.js';
import { call, postVisit, sendJson, setClock, signIn, useSandbox, validVisit } from './helpers.js';

const sandbox = useSandbox();

/** Idaho open (Friday 13:00 in Boise). */
const IDAHO_OPEN = '2025-03-07T20:00:00.000Z';

const actor = () => ({
  firstName: 'Grace',
  lastName: 'Hopper',
  phone: '(406) 555-2199',
  dateOfBirth: '1960-12-09',
  relationshipToPatient: 'Mother',
});

async function addDependent(token: string) {
  const answer = await sendJson(
    sandbox(),
    'POST',
    '/sandbox/dependents',
    { firstName: 'Byron', lastName: 'Lovelace', dateOfBirth: '2016-05-01', gender: 'male' },
    { Authorization: `Bearer ${token}` },
  );
  assert.equal(answer.status, 200);
  return answer.body.identifier as string;
}

describe('POST /api/8/practices/{practiceId}/visits: success', () => {
  it('books a visit with a full VisitResponse and records it', async () => {
    const token = await signIn(sandbox());
    const body = validVisit();
    const { status, body: visit, headers } = await postVisit(sandbox(), body, token);
    assert.equal(status, 200);
    assert.equal(headers.get('cache-control'), 'no-store');
    assert.deepEqual(Object.keys(visit).sort(), [
      'conferenceroomId', 'isTokBox', 'tokBoxVisit', 'userEmail', 'userId', 'visitId', 'visitRedirectUrl', 'waitingroomId',
    ]);
    for (const key of ['visitId', 'userId', 'userEmail', 'waitingroomId', 'conferenceroomId']) assert.equal(typeof visit[key], 'string', key);
    assert.equal(visit.userId, seed.DEMO_PATIENT_ID);
    assert.equal(visit.userEmail, 'ada@example.org');
    assert.equal(visit.visitRedirectUrl, `${sandbox().url}/DexCare/visit/${visit.visitId}`);
    assert.equal(visit.isTokBox, true);
    assert.equal(typeof visit.tokBoxVisit.apiKey, 'string');
    assert.equal(typeof visit.tokBoxVisit.waitingRoomSession.sessionId, 'string');
    assert.equal(typeof visit.tokBoxVisit.videoConferenceSession.sessionId, 'string');

    const recorded = await call(sandbox(), '/sandbox/visits');
    assert.equal(recorded.body.length, 1);
    assert.equal(recorded.body[0].practiceId, seed.ACME_PRACTICE_ID);
    assert.equal(recorded.body[0].visitId, visit.visitId);
    assert.deepEqual(recorded.body[0].body, body);
    assert.ok(!Number.isNaN(Date.parse(recorded.body[0].receivedAt)));
  });

  it('accepts a card token, insurance, a lower-case coupon and either Colorado department', async () => {
    const token = await signIn(sandbox());
    const card = validVisit();
    card.billingInfo = { paymentMethod: 'creditcard', stripeToken: 'tok_visa' };
    assert.equal((await postVisit(sandbox(), card, token)).status, 200);

    const insured = validVisit();
    insured.billingInfo = {
      paymentMethod: 'insurance',
      declaration: 'self',
      firstName: 'Ada',
      lastName: 'Lovelace',
      gender: 'female',
      dateOfBirth: '1990-12-10',
      insuranceType: 'manual',
      insuranceProviderId: 'payer-123',
      insuranceMemberId: 'MEM-0001',
    };
    assert.equal((await postVisit(sandbox(), insured, token)).status, 200);

    const coupon = validVisit();
    coupon.billingInfo = { paymentMethod: 'couponcode', couponCode: 'sandbox-free' };
    coupon.patient.address.line2 = 'Apt 2';
    assert.equal((await postVisit(sandbox(), coupon, token)).status, 200);

    for (const [departmentId, ehrSystemName] of [
      ['dept-co-denver', 'SANDBOX-EPIC-CO-NORTH'],
      ['dept-co-springs', 'SANDBOX-EPIC-CO-SOUTH'],
    ] as const) {
      const colorado = validVisit();
      colorado.visitDetails = { ...colorado.visitDetails, practiceRegionId: seed.COLORADO_REGION_ID, departmentId, ehrSystemName };
      assert.equal((await postVisit(sandbox(), colorado, token)).status, 200, departmentId);
    }
  });

  it('ignores billing fields the reference lists that the chosen payment method does not use', async () => {
    const token = await signIn(sandbox());
    const holder = { declaration: 'self', firstName: 'Ada', lastName: 'Lovelace', gender: 'female', dateOfBirth: '1990-12-10' };
    const bodies: VisitRequest[] = [];
    for (const billingInfo of [
      { paymentMethod: 'creditcard', stripeToken: 'tok_visa', ...holder },
      { paymentMethod: 'creditcard', stripeToken: 'tok_visa', couponCode: 'NOT-A-CODE', insuranceType: 'manual', insuranceProviderId: '', insuranceMemberId: '' },
      { paymentMethod: 'couponcode', couponCode: 'SANDBOX-FREE', stripeToken: 'tok_visa', ...holder, gender: 'not checked' },
      {
        paymentMethod: 'insurance', ...holder, insuranceType: 'manual', insuranceProviderId: 'payer-123', insuranceMemberId: 'MEM-1',
        couponCode: 'SANDBOX-FREE', stripeToken: 'tok_visa',
      },
    ]) {
      const body = { ...validVisit(), billingInfo } as unknown as VisitRequest;
      const answer = await postVisit(sandbox(), body, token);
      assert.equal(answer.status, 200, `${JSON.stringify(billingInfo)}: ${JSON.stringify(answer.body)}`);
      bodies.push(body);
    }
    const recorded = (await call(sandbox(), '/sandbox/visits')).body.map((visit: { body: VisitRequest }) => visit.body);
    assert.deepEqual(recorded, bodies, 'recorded as received');
  });

  it("takes an actor without relationshipToPatient (the reference's actor has none) and checks it when sent", async () => {
    const token = await signIn(sandbox());
    const dependent = await addDependent(token);
    const other = validVisit();
    other.patient.identifier = dependent;
    other.visitDetails.declaration = 'other';
    const { relationshipToPatient: _sent, ...referenceActor } = actor();
    other.actor = referenceActor as VisitRequest['actor'];
    assert.deepEqual(Object.keys(other.actor!).sort(), ['dateOfBirth', 'firstName', 'lastName', 'phone']);
    const answer = await postVisit(sandbox(), other, token);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    for (const relationshipToPatient of ['Legal guardian', 'Surrogate or proxy']) {
      other.actor = { ...referenceActor, relationshipToPatient };
      assert.equal((await postVisit(sandbox(), other, token)).status, 200, relationshipToPatient);
    }
    for (const relationshipToPatient of ['Neighbour', '', 7, null]) {
      other.actor = { ...referenceActor, relationshipToPatient } as any;
      const refused = await postVisit(sandbox(), other, token);
      assert.equal(refused.status, 400, String(relationshipToPatient));
      assert.equal(refused.body.field, 'actor.relationshipToPatient');
    }
  });

  it('books for a dependent with an adult actor, and Idaho when the clock says it is open', async () => {
    const token = await signIn(sandbox());
    const other = validVisit();
    other.patient.identifier = await addDependent(token);
    other.visitDetails.declaration = 'other';
    other.actor = actor();
    assert.equal((await postVisit(sandbox(), other, token)).status, 200);

    await setClock(sandbox(), IDAHO_OPEN);
    const idaho = validVisit();
    idaho.visitDetails = { ...idaho.visitDetails, practiceRegionId: seed.IDAHO_REGION_ID, departmentId: 'dept-id-virtual', ehrSystemName: 'SANDBOX-EPIC-ID' };
    assert.equal((await postVisit(sandbox(), idaho, token)).status, 200);
  });
});

describe('POST /api/8/practices/{practiceId}/visits: refusals', () => {
  it('answers 401 UNAUTHORIZED without a token, with an unknown or expired one', async () => {
    const check = async (headers: Record<string, string>) => {
      const answer = await sendJson(sandbox(), 'POST', `/api/8/practices/${seed.ACME_PRACTICE_ID}/visits`, validVisit(), headers);
      assert.equal(answer.status, 401);
      assert.equal(answer.body.code, 'UNAUTHORIZED');
      assert.equal(typeof answer.body.error, 'string');
    };
    await check({});
    await check({ Authorization: 'Bearer not-a-real-token' });
    const short = await signIn(sandbox(), { expiresIn: 0 });
    await check({ Authorization: `Bearer ${short}` });
    const token = await signIn(sandbox());
    await check({ Authorization: `Basic ${token}` });
    assert.equal((await postVisit(sandbox(), validVisit(), token)).status, 200);
    const expired = await sendJson(sandbox(), 'POST', '/sandbox/expire-tokens');
    assert.deepEqual(expired.body, { expired: 1 }, 'only the live token counts');
    await check({ Authorization: `Bearer ${token}` });
  });

  it('expires tokens after expiresIn seconds of real time', async () => {
    const token = await signIn(sandbox(), { expiresIn: 0.2 });
    assert.equal((await postVisit(sandbox(), validVisit(), token)).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 250));
    assert.equal((await postVisit(sandbox(), validVisit(), token)).status, 401);
  });

  it('answers 404 for an unknown practice', async () => {
    const token = await signIn(sandbox());
    const answer = await postVisit(sandbox(), validVisit(), token, 'no-such-practice');
    assert.equal(answer.status, 404);
    assert.equal(answer.body.code, 'PRACTICE_NOT_FOUND');
  });

  it('answers 400 for bad JSON, an empty body and an oversized body', async () => {
    const token = await signIn(sandbox());
    const raw = (body: string) =>
      call(sandbox(), `/api/8/practices/${seed.ACME_PRACTICE_ID}/visits`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body,
      });
    const bad = await raw('{"patient":');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, 'INVALID_JSON');
    const empty = await raw('');
    assert.equal(empty.status, 400);
    assert.equal(empty.body.code, 'OPENAPI_VALIDATION_ERROR');
    const big = validVisit();
    big.visitDetails.preTriageTags = [('x'.repeat(1024) + ',').repeat(65)];
    const large = await raw(JSON.stringify(big));
    assert.equal(large.status, 400);
    assert.equal(large.body.code, 'BODY_TOO_LARGE');
    assert.equal((await postVisit(sandbox(), validVisit(), token)).status, 200, 'connection still usable');
  });

  type Case = [name: string, change: (body: VisitRequest & Record<string, any>) => void, field: string | undefined, code: string];
  const cases: Case[] = [
    ['extra top-level field', (b) => (b.extra = 1), 'extra', 'OPENAPI_VALIDATION_ERROR'],
    ['extra nested field', (b) => ((b.patient.address as any).country = 'US'), 'patient.address.country', 'OPENAPI_VALIDATION_ERROR'],
    ['billing field the reference does not list', (b) => ((b.billingInfo as any).cardNumber = '4242424242424242'), 'billingInfo.cardNumber', 'OPENAPI_VALIDATION_ERROR'],
    ['card without its token', (b) => (b.billingInfo = { paymentMethod: 'creditcard', declaration: 'self' } as any), 'billingInfo.stripeToken', 'OPENAPI_VALIDATION_ERROR'],
    ['coupon without its code', (b) => (b.billingInfo = { paymentMethod: 'couponcode', stripeToken: 'tok_visa' } as any), 'billingInfo.couponCode', 'OPENAPI_VALIDATION_ERROR'],
    ['insurance without its type', (b) => (b.billingInfo = { ...validInsurance(), insuranceType: undefined, couponCode: 'SANDBOX-FREE' } as any), 'billingInfo.insuranceType', 'OPENAPI_VALIDATION_ERROR'],
    ['missing email', (b) => delete (b.patient as any).email, 'patient.email', 'OPENAPI_VALIDATION_ERROR'],
    ['missing preTriageTags', (b) => delete (b.visitDetails as any).preTriageTags, 'visitDetails.preTriageTags', 'OPENAPI_VALIDATION_ERROR'],
    ['number as phone', (b) => ((b.patient as any).phone = 5552223334), 'patient.phone', 'OPENAPI_VALIDATION_ERROR'],
    ['unknown payment method', (b) => ((b.billingInfo as any).paymentMethod = 'cash'), 'billingInfo.paymentMethod', 'OPENAPI_VALIDATION_ERROR'],
    ['bad phone', (b) => (b.patient.phone = '555-122-3334'), 'patient.phone', 'OPENAPI_VALIDATION_ERROR'],
    ['bad email', (b) => (b.patient.email = 'ada@example'), 'patient.email', 'OPENAPI_VALIDATION_ERROR'],
    ['bad zip', (b) => (b.patient.address.postalCode = '00400'), 'patient.address.postalCode', 'OPENAPI_VALIDATION_ERROR'],
    ['bad state', (b) => (b.patient.address.state = 'ZZ'), 'patient.address.state', 'OPENAPI_VALIDATION_ERROR'],
    ['address line too long', (b) => (b.patient.address.line1 = 'x'.repeat(101)), 'patient.address.line1', 'OPENAPI_VALIDATION_ERROR'],
    ['blank reason', (b) => (b.visitDetails.visitReason = '   '), 'visitDetails.visitReason', 'MISSING_VISIT_REASON'],
    ['missing reason', (b) => delete (b.visitDetails as any).visitReason, 'visitDetails.visitReason', 'MISSING_VISIT_REASON'],
    ['reason over 500', (b) => (b.visitDetails.visitReason = 'a'.repeat(501)), 'visitDetails.visitReason', 'OPENAPI_VALIDATION_ERROR'],
    ['terms false', (b) => ((b.visitDetails as any).acceptedTerms = false), 'visitDetails.acceptedTerms', 'VISIT_CREATE_ERROR'],
    ['terms as text', (b) => ((b.visitDetails as any).acceptedTerms = 'true'), 'visitDetails.acceptedTerms', 'OPENAPI_VALIDATION_ERROR'],
    ['unknown coupon', (b) => (b.billingInfo = { paymentMethod: 'couponcode', couponCode: 'FREE-STUFF' }), 'billingInfo.couponCode', 'VISIT_CREATE_ERROR'],
    ['card token not tok_', (b) => (b.billingInfo = { paymentMethod: 'creditcard', stripeToken: '4242424242424242' }), 'billingInfo.stripeToken', 'VISIT_CREATE_ERROR'],
    [
      'insurance without member id',
      (b) =>
        (b.billingInfo = {
          paymentMethod: 'insurance', declaration: 'self', firstName: 'Ada', lastName: 'Lovelace', gender: 'female',
          dateOfBirth: '1990-12-10', insuranceType: 'manual', insuranceProviderId: 'payer-123',
        } as any),
      'billingInfo.insuranceMemberId',
      'OPENAPI_VALIDATION_ERROR',
    ],
    [
      'insurance with a blank member id and a bad holder name',
      (b) =>
        (b.billingInfo = {
          paymentMethod: 'insurance', declaration: 'other', firstName: 'R2-D2!', lastName: 'Lovelace', gender: 'female',
          dateOfBirth: '1990-12-10', insuranceType: 'manual', insuranceProviderId: 'payer-123', insuranceMemberId: ' ',
        }),
      'billingInfo.firstName',
      'OPENAPI_VALIDATION_ERROR',
    ],
    ['insurance holder gender', (b) => (b.billingInfo = { ...validInsurance(), gender: 'unknown' as any }), 'billingInfo.gender', 'OPENAPI_VALIDATION_ERROR'],
    ['insurance holder born in the future', (b) => (b.billingInfo = { ...validInsurance(), dateOfBirth: '2999-01-01' }), 'billingInfo.dateOfBirth', 'VISIT_CREATE_ERROR'],
    ['actor with self', (b) => (b.actor = actor()), 'actor', 'OPENAPI_VALIDATION_ERROR'],
    ['actor missing with other', (b) => (b.visitDetails.declaration = 'other'), 'actor', 'OPENAPI_VALIDATION_ERROR'],
    ['bad actor name', (b) => forOther(b, { firstName: 'Gr@ce' }), 'actor.firstName', 'OPENAPI_VALIDATION_ERROR'],
    ['actor born in the future', (b) => forOther(b, { dateOfBirth: '2999-01-01' }), 'actor.dateOfBirth', 'VISIT_CREATE_ERROR'],
    ['minor actor', (b) => forOther(b, { dateOfBirth: '2015-01-01' }), 'actor.dateOfBirth', 'VISIT_CREATE_ERROR'],
    ['actor date not a date', (b) => forOther(b, { dateOfBirth: '1990-02-30' }), 'actor.dateOfBirth', 'OPENAPI_VALIDATION_ERROR'],
    ['unknown relationship', (b) => forOther(b, { relationshipToPatient: 'Neighbour' }), 'actor.relationshipToPatient', 'OPENAPI_VALIDATION_ERROR'],
    ['wrong department', (b) => (b.visitDetails.departmentId = 'dept-co-denver'), 'visitDetails.departmentId', 'VISIT_CREATE_ERROR'],
    ['wrong ehrSystemName', (b) => (b.visitDetails.ehrSystemName = 'SANDBOX-EPIC-CO-NORTH'), 'visitDetails.ehrSystemName', 'VISIT_CREATE_ERROR'],
    ['inactive region', (b) => setRegion(b, seed.OREGON_REGION_ID, 'or'), 'visitDetails.practiceRegionId', 'NO_REGIONS_FOUND'],
    ["another practice's region", (b) => setRegion(b, seed.UTAH_REGION_ID, 'ut'), 'visitDetails.practiceRegionId', 'NO_REGIONS_FOUND'],
    ['busy region', (b) => setRegion(b, seed.WASHINGTON_REGION_ID, 'wa'), 'visitDetails.practiceRegionId', 'REGION_BUSY'],
    ['no on-call providers', (b) => setRegion(b, seed.WYOMING_REGION_ID, 'wy'), 'visitDetails.practiceRegionId', 'NO_ONCALL_PROVIDERS'],
    ['unknown patient', (b) => (b.patient.identifier = '11111111-2222-4333-8444-555555555555'), 'patient.identifier', 'PATIENT_RECORD_NOT_FOUND'],
    ['self but a dependent', (b) => (b.patient.identifier = '__dependent__'), 'patient.identifier', 'PATIENT_RECORD_NOT_FOUND'],
    ['other but oneself', (b) => forOther(b, {}, seed.DEMO_PATIENT_ID), 'patient.identifier', 'PATIENT_RECORD_NOT_FOUND'],
    ['top level not an object', (b) => Object.assign(b, { __replace: [1, 2] }), undefined, 'OPENAPI_VALIDATION_ERROR'],
  ];

  function validInsurance() {
    return {
      paymentMethod: 'insurance', declaration: 'self', firstName: 'Ada', lastName: 'Lovelace', gender: 'female',
      dateOfBirth: '1990-12-10', insuranceType: 'manual', insuranceProviderId: 'payer-123', insuranceMemberId: 'MEM-1',
    } as const;
  }
  function forOther(b: VisitRequest, change: Record<string, string>, identifier = '__dependent__') {
    b.patient.identifier = identifier;
    b.visitDetails.declaration = 'other';
    b.actor = { ...actor(), ...change };
  }
  function setRegion(b: VisitRequest, regionId: string, code: string) {
    b.visitDetails = { ...b.visitDetails, practiceRegionId: regionId, departmentId: `dept-${code}-virtual`, ehrSystemName: `SANDBOX-EPIC-${code.toUpperCase()}` };
  }

  for (const [name, change, field, code] of cases) {
    it(`400 ${code} on ${field ?? 'the body'}: ${name}`, async () => {
      await setClock(sandbox(), '2025-03-07T20:00:00.000Z');
      const token = await signIn(sandbox());
      const dependent = await addDependent(token);
      const body = validVisit() as VisitRequest & Record<string, any>;
      change(body);
      if (body.patient.identifier === '__dependent__') body.patient.identifier = dependent;
      const payload = '__replace' in body ? body.__replace : body;
      const answer = await postVisit(sandbox(), payload, token);
      assert.equal(answer.status, 400, JSON.stringify(answer.body));
      assert.equal(answer.body.code, code);
      assert.equal(answer.body.field, field);
      assert.equal(typeof answer.body.error, 'string');
      assert.match(answer.body.error, /^[A-Z].*[.!]$/, 'a sentence');
      assert.equal((await call(sandbox(), '/sandbox/visits')).body.length, 0, 'nothing booked');
    });
  }

  it('uses the busy message of the region', async () => {
    const token = await signIn(sandbox());
    const body = validVisit();
    body.visitDetails = { ...body.visitDetails, practiceRegionId: seed.WASHINGTON_REGION_ID, departmentId: 'dept-wa-virtual', ehrSystemName: 'SANDBOX-EPIC-WA' };
    assert.equal((await postVisit(sandbox(), body, token)).body.error, seed.WASHINGTON_BUSY_MESSAGE);
  });

  it('refuses Idaho off hours with OFF_HOURS', async () => {
    await setClock(sandbox(), '2025-03-08T18:00:00.000Z'); // Saturday
    const token = await signIn(sandbox());
    const body = validVisit();
    body.visitDetails = { ...body.visitDetails, practiceRegionId: seed.IDAHO_REGION_ID, departmentId: 'dept-id-virtual', ehrSystemName: 'SANDBOX-EPIC-ID' };
    const answer = await postVisit(sandbox(), body, token);
    assert.equal(answer.status, 400);
    assert.equal(answer.body.code, 'OFF_HOURS');
    assert.equal(answer.body.field, 'visitDetails.practiceRegionId');
  });

  it('refuses a payment method the practice has switched off', async () => {
    const token = await signIn(sandbox());
    const body = validVisit();
    body.visitDetails = { ...body.visitDetails, practiceRegionId: seed.UTAH_REGION_ID, departmentId: 'dept-ut-virtual', ehrSystemName: 'SANDBOX-EPIC-UT' };
    assert.equal((await postVisit(sandbox(), body, token, seed.BEACON_PRACTICE_ID)).status, 200);
    body.billingInfo = validInsurance();
    const answer = await postVisit(sandbox(), body, token, seed.BEACON_PRACTICE_ID);
    assert.equal(answer.status, 400);
    assert.equal(answer.body.code, 'VISIT_CREATE_ERROR');
    assert.equal(answer.body.field, 'billingInfo.paymentMethod');
  });
});

describe('POST /sandbox/dependents', () => {
  it('needs a token and valid demographics', async () => {
    const person = { firstName: 'Byron', lastName: 'Lovelace', dateOfBirth: '2016-05-01', gender: 'male' };
    assert.equal((await sendJson(sandbox(), 'POST', '/sandbox/dependents', person)).status, 401);
    const token = await signIn(sandbox());
    const auth = { Authorization: `Bearer ${token}` };
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ ...person, firstName: '<b>' }, 'firstName'],
      [{ ...person, dateOfBirth: '2999-01-01' }, 'dateOfBirth'],
      [{ ...person, gender: 'x' }, 'gender'],
      [{ ...person, nickname: 'B' }, 'nickname'],
    ];
    for (const [body, field] of bad) {
      const answer = await sendJson(sandbox(), 'POST', '/sandbox/dependents', body, auth);
      assert.equal(answer.status, 400, field);
      assert.equal(answer.body.field, field);
    }
    const ok = await sendJson(sandbox(), 'POST', '/sandbox/dependents', person, auth);
    assert.equal(ok.status, 200);
    assert.match(ok.body.identifier, /^[0-9a-f-]{36}$/);
  });
});
