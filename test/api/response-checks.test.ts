/**
 * The answer checks on their own: caps on what is rendered, identifiers that look like identifiers,
 * and own properties only (a polluted Object.prototype supplies nothing).
 */
import { expect } from '@open-wc/testing';
import { InvalidResponseError } from '../../src/api/errors.js';
import {
  checkAvailability, checkErrorBody, checkPractice, checkWaitTime, MAX_PRACTICE_REGIONS,
} from '../../src/api/response-checks.js';
import { checkVisitResponse } from '../../src/api/create-visit.js';

const region = (index: number) => ({ id: `r${index}`, displayName: `Region ${index}`, active: true });
const practice = (regions: number) => ({
  id: 'p1', displayName: 'Acme', payment: {}, practiceRegions: Array.from({ length: regions }, (_, index) => region(index)),
});

/**
 * Runs `test` with `values` on Object.prototype, and always takes them off again. Not enumerable, so
 * the test tools' own for…in loops stay sane; inherited all the same.
 */
function withPollutedPrototype(values: Record<string, unknown>, test: () => void) {
  try {
    for (const [key, value] of Object.entries(values)) Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
    test();
  } finally {
    for (const key of Object.keys(values)) delete (Object.prototype as Record<string, unknown>)[key];
  }
}

describe('checkPractice bounds the regions', () => {
  it(`${MAX_PRACTICE_REGIONS} regions are read; one more is malformed (the US has 56 state-level jurisdictions)`, () => {
    expect(checkPractice(practice(MAX_PRACTICE_REGIONS)).practiceRegions).to.have.length(MAX_PRACTICE_REGIONS);
    expect(() => checkPractice(practice(MAX_PRACTICE_REGIONS + 1))).to.throw(InvalidResponseError, /regions/);
    expect(() => checkPractice(practice(50_000))).to.throw(InvalidResponseError);
  });
});

describe('checkVisitResponse: a visitId looks like an identifier', () => {
  for (const visitId of ['v1', 'a-B_9', 'x'.repeat(128), '3f2c9a1e-7b4d-4c8e-9f00-1a2b3c4d5e6f']) {
    it(`accepts ${visitId.length > 40 ? `${visitId.length} characters` : JSON.stringify(visitId)}`, () => {
      expect(checkVisitResponse({ visitId }).visitId).to.equal(visitId);
    });
  }
  for (const visitId of ['', ' ', '.', '..', 'a/b', '../../evil', 'v1?brand=x', 'v 1', 'x'.repeat(129), 'x'.repeat(100_000), 'é', 'v1\n']) {
    it(`refuses ${visitId.length > 40 ? `${visitId.length} characters` : JSON.stringify(visitId)}`, () => {
      expect(() => checkVisitResponse({ visitId })).to.throw(InvalidResponseError);
    });
  }
});

describe('answer checks read own properties only', () => {
  it('a polluted Object.prototype does not supply a visitId', () => {
    try {
      (Object.prototype as Record<string, unknown>)['visitId'] = 'v1';
      expect(() => checkVisitResponse({})).to.throw(InvalidResponseError);
      expect(() => checkVisitResponse(JSON.parse('{"userId": "u"}'))).to.throw(InvalidResponseError);
    } finally {
      delete (Object.prototype as Record<string, unknown>)['visitId'];
    }
    expect(({} as Record<string, unknown>)['visitId']).to.equal(undefined);
  });

  it('nor any other field of any answer', () => {
    const values = {
      id: 'p1', displayName: 'Acme', payment: { insurance: true }, practiceRegions: [region(1)], careMode: 'retail', epicBookingEnabled: true,
      available: true, estimatedWaitTimeSeconds: 60, isTokBox: true, busy: true, visitPrice: 100, start: '2026-01-01T00:00:00Z', end: '2026-01-02T00:00:00Z',
      apiKey: 'k', sessionId: 's', error: 'Refused', code: 'C',
    };
    withPollutedPrototype(values, () => {
      expect(() => checkPractice({})).to.throw(InvalidResponseError);
      expect(() => checkAvailability({})).to.throw(InvalidResponseError);
      expect(() => checkWaitTime({})).to.throw(InvalidResponseError);
      expect(checkErrorBody({})).to.equal(undefined);
      const parsed = checkPractice({ id: 'p1', displayName: 'Acme', payment: {}, practiceRegions: [{ id: 'r', displayName: 'R', active: true, availability: [{}] }] });
      expect(parsed.careMode).to.equal('virtual');
      expect(parsed.payment.insurance).to.equal(false);
      expect(parsed.epicBookingEnabled).to.equal(false);
      expect(parsed.practiceRegions[0]).to.include({ busy: false, visitPrice: 0 });
      expect(parsed.practiceRegions[0]!.availability).to.deep.equal([]);
      const visit = checkVisitResponse({ visitId: 'v1', tokBoxVisit: { waitingRoomSession: {} } });
      expect(visit.isTokBox).to.equal(false);
      expect(visit.tokBoxVisit).to.deep.equal({ apiKey: '', waitingRoomSession: { sessionId: '' }, videoConferenceSession: { sessionId: '' } });
    });
  });

  it('checkErrorBody reads DexCare\'s error body, and nothing else as one', () => {
    expect(checkErrorBody({ error: 'Refused', code: 'X', field: 'patient.phone' })).to.deep.equal({ error: 'Refused', code: 'X', field: 'patient.phone' });
    expect(checkErrorBody({ error: 'Refused', code: 7 })).to.deep.equal({ error: 'Refused', code: undefined, field: undefined });
    for (const notOne of [undefined, null, 'Refused', [], {}, { error: '' }, { error: '  ' }, { error: 5 }, { message: 'Refused' }]) {
      expect(checkErrorBody(notOne), JSON.stringify(notOne)).to.equal(undefined);
    }
  });
});
