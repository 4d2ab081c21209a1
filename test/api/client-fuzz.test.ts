/**
 * Random API answers fed to DexCareClient through an injected fetch: random statuses, random JSON,
 * random text, near-valid bodies with one part damaged, broken streams, failed fetches and odd
 * tokens. Every call must either resolve to a value of the checked shape or reject with a
 * DexCareError: never a TypeError or anything else the widget would not know how to word.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DexCareClient, forgetSharedPractices } from '../../src/api/client.js';
import { DexCareError } from '../../src/api/errors.js';
import { checkAvailability, checkPractice, checkVisitResponse, checkWaitTime } from '../../src/api/response-checks.js';
import type { VisitRequest } from '../../src/api/types.js';

const VALID = {
  practice: {
    id: 'p1',
    displayName: 'Acme',
    careMode: 'virtual',
    payment: { insurance: true, selfPay: true, serviceKey: true },
    epicBookingEnabled: true,
    practiceRegions: [
      {
        id: 'r1', practiceId: 'p1', displayName: 'Montana', regionCode: 'MT', active: true, busy: false, busyMessage: '',
        paymentAccountId: 'a', visitPrice: 4900, availability: [{ start: '2026-01-01T00:00:00.000Z', end: '2026-01-08T00:00:00.000Z' }],
        departments: [{ id: 'd', epicDepartmentId: '1', ehrSystemName: 'E', defaultDepartmentName: 'Urgent' }],
      },
    ],
  },
  availability: { available: false, reason: 'OFF_HOURS' },
  waitTime: { estimateGeneratedAt: '2026-01-01T00:00:00.000Z', estimatedWaitTimeSeconds: 300 },
  visit: { visitId: 'v1', userId: 'u', userEmail: '', waitingroomId: 'w', conferenceroomId: 'c', visitRedirectUrl: '', isTokBox: false },
};

const VISIT_BODY = { visitDetails: { visitReason: 'Cough' } } as unknown as VisitRequest;

/** Sets `value` at a random place in a copy of `body`, or deletes what is there. */
function damage(body: unknown, path: number[], value: unknown, remove: boolean): unknown {
  if (path.length === 0 || typeof body !== 'object' || body === null) return value;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(body) ? [...body] : { ...body };
  const keys = Object.keys(copy);
  if (keys.length === 0) return copy;
  const key = keys[path[0]! % keys.length]!;
  if (path.length === 1 && remove) delete (copy as Record<string, unknown>)[key];
  else (copy as Record<string, unknown>)[key] = damage((copy as Record<string, unknown>)[key], path.slice(1), value, remove);
  return copy;
}

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 20 }),
  fc.constantFrom(null, '', ' ', -1, 1e308, 0.5, '__proto__', [], {}, 'NaN', 'undefined', true),
);

const nearValidBody = fc
  .record({
    base: fc.constantFrom(...Object.values(VALID)),
    path: fc.array(fc.nat(12), { minLength: 1, maxLength: 5 }),
    value: oddValue,
    remove: fc.boolean(),
  })
  .map(({ base, path, value, remove }) => JSON.stringify(damage(base, path, value, remove)));

const body = fc.oneof(
  nearValidBody,
  fc.constantFrom(...Object.values(VALID)).map((value) => JSON.stringify(value)),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 60 }),
  fc.constantFrom('', 'null', '{', '<html>Bad gateway</html>', '{"error": 5}', '{"error": "Refused", "code": 7, "field": {}}', '\u0000'),
);

type Answer =
  | { kind: 'reply'; status: number; body: string }
  | { kind: 'broken-body'; status: number }
  | { kind: 'fetch-fails' };

const answer: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('reply' as const), status: fc.oneof(fc.constantFrom(200, 400, 401, 404, 500, 502, 503), fc.integer({ min: 200, max: 599 })), body }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('broken-body' as const), status: fc.constantFrom(200, 400, 503) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'fetch-fails' as const }) },
);

/** What the host's getAccessToken may do, sensible or not. */
const tokenProvider = fc.constantFrom<() => unknown>(
  async () => 'token',
  () => 'token',
  async () => undefined,
  async () => '',
  () => null,
  async () => 42,
  async () => {
    throw new Error('the host\'s session service is down');
  },
  () => {
    throw new TypeError('not signed in');
  },
);

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

function respond(next: Answer): Promise<Response> {
  if (next.kind === 'fetch-fails') return Promise.reject(new TypeError('Failed to fetch'));
  if (next.kind === 'broken-body') {
    const stream = new ReadableStream({ pull: (controller) => controller.error(new TypeError('network error')) });
    return Promise.resolve(new Response(stream, { status: next.status }));
  }
  return Promise.resolve(new Response(NULL_BODY_STATUSES.has(next.status) ? null : next.body, { status: next.status }));
}

const call = fc.constantFrom('getPractice', 'getAvailability', 'getWaitTime', 'createVisit');

/** The value passes its own check unchanged: it has the checked shape, nothing missing or mistyped. */
function expectChecked(method: string, value: unknown) {
  const check = { getPractice: checkPractice, getAvailability: checkAvailability, getWaitTime: checkWaitTime, createVisit: checkVisitResponse }[method]!;
  expect(check(value)).to.deep.equal(value);
}

describe('DexCareClient under random answers (fast-check)', () => {
  it('resolves to a checked value or rejects with a DexCareError, for any answer', async function () {
    this.timeout(10_000);
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(call, fc.array(answer, { minLength: 1, maxLength: 4 }), tokenProvider, async (method, answers, getAccessToken) => {
        forgetSharedPractices();
        let attempt = 0;
        const client = new DexCareClient({
          baseUrl: 'https://api.example.org/',
          fetch: () => respond(answers[Math.min(attempt++, answers.length - 1)]!),
          getAccessToken: getAccessToken as () => Promise<string>,
          retryBaseDelayMs: 0,
        });
        const request =
          method === 'createVisit' ? client.createVisit('p1', VISIT_BODY) : method === 'getPractice' ? client.getPractice('p1') : client[method as 'getWaitTime']('r1');
        const outcome = await request.then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        if ('error' in outcome) expect(outcome.error, String(outcome.error)).to.be.instanceOf(DexCareError);
        else expectChecked(method, outcome.value);
        // Bounded: at most 1 + 2 retries for a GET, 2 sends for a visit.
        expect(attempt).to.be.at.most(method === 'createVisit' ? 2 : 3);
      }),
      { numRuns: 300 },
    );
    expect(performance.now() - started).to.be.below(5000);
  });
});
