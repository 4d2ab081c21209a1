/**
 * Random API answers fed to DexCareClient through an injected fetch: random statuses, random JSON,
 * random text, near-valid bodies with one part damaged, broken, hanging and oversized streams,
 * failed and hanging fetches, Retry-After headers and odd tokens. Every call must either resolve to
 * a value of the checked shape or reject with a DexCareError: never a TypeError or anything else the
 * widget would not know how to word. Creating a visit rejects only with what the outcome proves
 * (DexCare's 4xx, sign-in) or UncertainOutcomeError; every body left unread is cancelled.
 */
import { checkVisitResponse, createVisit } from '../../src/api/create-visit.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DexCareClient, forgetSharedPractices } from '../../src/api/client.js';
import { ApiError, DexCareError, SignInRequiredError, UncertainOutcomeError } from '../../src/api/errors.js';
import { hangingBody, type Body } from './bodies.js';
import { checkAvailability, checkPractice, checkWaitTime } from '../../src/api/response-checks.js';
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
  | { kind: 'reply'; status: number; body: string; retryAfter?: string }
  | { kind: 'broken-body'; status: number }
  | { kind: 'hanging-body'; status: number }
  | { kind: 'huge-body'; status: number }
  | { kind: 'fetch-fails' }
  | { kind: 'fetch-hangs' };

const retryAfter = fc.option(fc.constantFrom('0', '1', '120', 'soon', 'Thu, 01 Jan 1970 00:00:00 GMT'), { nil: undefined });

const answer: fc.Arbitrary<Answer> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record(
      { kind: fc.constant('reply' as const), status: fc.oneof(fc.constantFrom(200, 400, 401, 404, 429, 500, 502, 503), fc.integer({ min: 200, max: 599 })), body, retryAfter },
      { requiredKeys: ['kind', 'status', 'body'] },
    ),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('broken-body' as const), status: fc.constantFrom(200, 400, 503) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('hanging-body' as const), status: fc.constantFrom(200, 400, 401, 503) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('huge-body' as const), status: fc.constantFrom(200, 400, 401, 503) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'fetch-fails' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'fetch-hangs' as const }) },
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
  () => new Promise(() => {}),
);

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

const HUGE = ' '.repeat(2 * 1024 * 1024);

/** Plays `next`; a hanging body is noted in `hanging`, to check it was cancelled. */
function respond(next: Answer, init: RequestInit | undefined, hanging: Body[]): Promise<Response> {
  if (next.kind === 'fetch-fails') return Promise.reject(new TypeError('Failed to fetch'));
  if (next.kind === 'fetch-hangs') {
    return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
  }
  if (next.kind === 'broken-body') {
    const stream = new ReadableStream({ pull: (controller) => controller.error(new TypeError('network error')) });
    return Promise.resolve(new Response(stream, { status: next.status }));
  }
  if (next.kind === 'hanging-body') {
    const body = hangingBody();
    hanging.push(body);
    return Promise.resolve(new Response(body.stream, { status: next.status }));
  }
  if (next.kind === 'huge-body') return Promise.resolve(new Response(`{"visitId": "v1"${HUGE}}`, { status: next.status }));
  const headers = next.retryAfter === undefined ? undefined : { 'Retry-After': next.retryAfter };
  return Promise.resolve(new Response(NULL_BODY_STATUSES.has(next.status) ? null : next.body, { status: next.status, headers }));
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
        const hanging: Body[] = [];
        const client = new DexCareClient({
          baseUrl: 'https://api.example.org/',
          fetch: (_url, init) => respond(answers[Math.min(attempt++, answers.length - 1)]!, init, hanging),
          getAccessToken: getAccessToken as () => Promise<string>,
          retryBaseDelayMs: 0,
          timeoutMs: 20,
          createTimeoutMs: 20,
        });
        const request =
          method === 'createVisit' ? createVisit(client, 'p1', VISIT_BODY) : method === 'getPractice' ? client.getPractice('p1') : client[method as 'getWaitTime']('r1');
        const outcome = await request.then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        if ('error' in outcome) {
          const { error } = outcome;
          expect(error, String(error)).to.be.instanceOf(DexCareError);
          if (method !== 'createVisit') expect(error, String(error)).not.to.be.instanceOf(UncertainOutcomeError);
          // A failure of the visit is only what proves nothing was made; the rest is uncertain.
          else if (error instanceof ApiError) expect(error.status >= 400 && error.status < 500 && error.fromServer, String(error)).to.equal(true);
          else expect(error instanceof UncertainOutcomeError || error instanceof SignInRequiredError, String(error)).to.equal(true);
        } else expectChecked(method, outcome.value);
        // Bounded: at most 1 + 2 retries for a GET, 2 sends for a visit.
        expect(attempt).to.be.at.most(method === 'createVisit' ? 2 : 3);
        // Nothing left streaming: a hanging body is cancelled, its connection released.
        expect(hanging.every((body) => body.cancelled())).to.equal(true);
      }),
      { numRuns: 300 },
    );
    expect(performance.now() - started).to.be.below(5000);
  });
});
