/**
 * What createVisit says when the POST may have reached DexCare: UncertainOutcomeError, unless the
 * outcome proves nothing was created (DexCare's own 4xx refusal, a failure before the request left,
 * a refused token). With an injected fetch that plays each way an answer can go wrong.
 */
import { createVisit } from '../../src/api/create-visit.js';
import { expect } from '@open-wc/testing';
import { DexCareClient } from '../../src/api/client.js';
import { ApiError, DexCareError, NetworkError, SignInRequiredError, TimeoutError, UncertainOutcomeError } from '../../src/api/errors.js';
import type { VisitRequest } from '../../src/api/types.js';
import { cutShortBody, hangingBody, hungAfter, settled } from './bodies.js';

const VISIT_BODY = { visitDetails: { visitReason: 'Cough' } } as unknown as VisitRequest;
const VISIT = JSON.stringify({ visitId: 'v1', userId: 'u', waitingroomId: 'w' });

type Play = () => Response | Promise<Response>;

/** A fetch that plays `answers` in turn (the last one repeats) and counts its calls. */
function scripted(answers: Play[]) {
  let calls = 0;
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const play = answers[Math.min(calls++, answers.length - 1)]!;
    // A fetch that hangs ends only with the signal, as the browser's does.
    return Promise.race([
      play(),
      new Promise<never>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))),
    ]);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls: () => calls };
}

const reply = (body: BodyInit | null, status = 200, headers?: HeadersInit): Play => () => new Response(body, { status, headers });
const never: Play = () => new Promise<Response>(() => {});

const client = (fetch: typeof globalThis.fetch, getAccessToken: () => unknown = () => 'token') =>
  new DexCareClient({ baseUrl: 'https://api.example.org/', fetch, getAccessToken: getAccessToken as () => string, createTimeoutMs: 150 });

async function outcome(answers: Play[], getAccessToken?: () => unknown) {
  const { fetch, calls } = scripted(answers);
  const result = await Promise.race([settled(createVisit(client(fetch, getAccessToken), 'p1', VISIT_BODY)), hungAfter(3000)]);
  return { result, calls: calls() };
}

describe('createVisit: an outcome it cannot know is uncertain, not a failure', () => {
  const uncertain: Array<[string, Play[], (typeof DexCareError | undefined)?]> = [
    ['a 2xx cut short', [() => new Response(cutShortBody('{"visitId": "v').stream)], NetworkError],
    ['a 2xx whose body hangs past the limit', [() => new Response(hangingBody('{"visitId": "v').stream)], TimeoutError],
    ['a 2xx that is not JSON', [reply('<html>OK</html>')]],
    ['an empty 2xx', [reply(null, 204)]],
    ['a 2xx without a visitId', [reply('{"userId": "u"}')]],
    ['a 2xx whose visitId is ".."', [reply('{"visitId": ".."}')]],
    ['a 2xx whose visitId is 100 KB', [reply(JSON.stringify({ visitId: 'v'.repeat(100_000) }))]],
    ['a connection lost after the request was sent', [() => Promise.reject(new TypeError('Failed to fetch'))], NetworkError],
    ['no answer within the limit', [never], TimeoutError],
    ['an abort the widget did not ask for (the browser, an extension)', [() => Promise.reject(new DOMException('The user aborted a request.', 'AbortError'))]],
    ['a gateway\'s 502', [reply('<html>Bad gateway</html>', 502)]],
    ['a 503 without words', [reply('', 503)]],
    ['a gateway\'s 504', [reply('{"message": "Gateway timeout"}', 504)]],
    ['a 500 even with DexCare\'s error body (it may come after the visit was made)', [reply('{"error": "Internal error"}', 500)]],
    ['a 404 without DexCare\'s error body', [reply('Not found', 404)]],
    ['a 400 without DexCare\'s error body', [reply('<html>Bad Request</html>', 400)]],
    ['a 3xx', [reply(null, 304)]],
    ['a 401, then a fresh token and a 502', [reply('', 401), reply('', 502)]],
  ];

  for (const [name, answers, cause] of uncertain) {
    it(`${name}: UncertainOutcomeError, sent once${cause ? `, caused by a ${cause.name}` : ''}`, async () => {
      const { result, calls } = await outcome(answers);
      expect(result, String(result)).to.be.instanceOf(UncertainOutcomeError);
      expect((result as UncertainOutcomeError).kind).to.equal('uncertain');
      if (cause) expect((result as UncertainOutcomeError).cause).to.be.instanceOf(cause);
      expect(calls).to.equal(answers.length);
    });
  }

  it('carries the status when an answer came, and never the patient\'s data', async () => {
    const { result } = await outcome([reply('<html>Bad gateway</html>', 502)]);
    expect((result as UncertainOutcomeError).status).to.equal(502);
    expect((result as Error).message).to.contain('may have been created').and.not.contain('Cough');
  });

  it('a polluted Object.prototype.error does not make a gateway\'s 502 look like DexCare\'s refusal', async () => {
    try {
      (Object.prototype as Record<string, unknown>)['error'] = 'Refused';
      expect((await outcome([reply('{}', 502)])).result).to.be.instanceOf(UncertainOutcomeError);
      expect((await outcome([reply('{}', 400)])).result).to.be.instanceOf(UncertainOutcomeError);
    } finally {
      delete (Object.prototype as Record<string, unknown>)['error'];
    }
  });
});

describe('createVisit: outcomes that prove nothing was created keep their errors', () => {
  it('a 4xx with DexCare\'s error body: ApiError with the server\'s words', async () => {
    for (const status of [400, 404, 409, 422, 429]) {
      const { result, calls } = await outcome([reply(JSON.stringify({ error: 'This department is not taking visits today.', code: 'VISIT_CREATE_ERROR', field: 'visitDetails.departmentId' }), status)]);
      expect(result).to.be.instanceOf(ApiError);
      expect(result).to.include({ status, fromServer: true, code: 'VISIT_CREATE_ERROR', field: 'visitDetails.departmentId', message: 'This department is not taking visits today.' });
      expect(calls).to.equal(1);
    }
  });

  it('no token: SignInRequiredError(no-token), nothing sent', async () => {
    const { result, calls } = await outcome([reply(VISIT)], () => undefined);
    expect(result).to.be.instanceOf(SignInRequiredError);
    expect((result as SignInRequiredError).reason).to.equal('no-token');
    expect(calls).to.equal(0);
  });

  it('a signal aborted before it is sent: the AbortError, nothing sent', async () => {
    const { fetch, calls } = scripted([reply(VISIT)]);
    const controller = new AbortController();
    controller.abort();
    const result = await settled(createVisit(client(fetch), 'p1', VISIT_BODY, { signal: controller.signal, token: 'token' }));
    expect((result as DOMException).name).to.equal('AbortError');
    expect(calls()).to.equal(0);
  });

  it('a 401 twice: SignInRequiredError(expired), whatever the 401\'s body (it is not read)', async () => {
    const { result, calls } = await outcome([() => new Response(cutShortBody('{"err').stream, { status: 401 }), reply('', 401)]);
    expect(result).to.be.instanceOf(SignInRequiredError);
    expect((result as SignInRequiredError).reason).to.equal('expired');
    expect(calls).to.equal(2);
  });

  it('a 401 with a body that never ends, then a fresh token: the visit', async () => {
    const body = hangingBody('{"error": "expired');
    const { result, calls } = await outcome([() => new Response(body.stream, { status: 401 }), reply(VISIT)]);
    expect((result as { visitId: string }).visitId).to.equal('v1');
    expect(calls).to.equal(2);
    expect(body.cancelled()).to.equal(true);
  });

  it('the caller\'s abort after the POST was sent: still the AbortError (the element was removed)', async () => {
    for (const answers of [[never], [() => new Response(hangingBody('{"visitId"').stream)]]) {
      const { fetch, calls } = scripted(answers);
      const controller = new AbortController();
      const request = settled(createVisit(client(fetch), 'p1', VISIT_BODY, { signal: controller.signal, token: 'token' }));
      await new Promise((resolve) => setTimeout(resolve, 20));
      controller.abort();
      const result = await Promise.race([request, hungAfter(1000)]);
      expect((result as DOMException).name).to.equal('AbortError');
      expect(calls()).to.equal(1);
    }
  });

  it('a 2xx with a well-formed visit: the visit', async () => {
    const { result } = await outcome([reply(VISIT, 201)]);
    expect(result).to.include({ visitId: 'v1', userId: 'u', waitingroomId: 'w' });
  });
});
