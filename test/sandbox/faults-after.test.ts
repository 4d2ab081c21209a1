/** `after` faults: DexCare handled the request (the visit exists), but its answer never arrives intact. */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { Agent, request, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { describe, it } from 'node:test';
import { ACME_PRACTICE_ID } from '../../demo/sandbox/seed.js';
import { call, sendJson, signIn, useSandbox, validVisit } from './helpers.js';

const sandbox = useSandbox();
const visits = `/api/8/practices/${ACME_PRACTICE_ID}/visits`;

async function breakNextVisit(after: string): Promise<RequestInit> {
  assert.equal((await sendJson(sandbox(), 'PUT', '/sandbox/faults', { faults: [{ method: 'POST', path: '/visits', after, times: 1 }] })).status, 200);
  const token = await signIn(sandbox());
  return { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(validVisit()) };
}

const storedVisits = async () => (await call(sandbox(), '/sandbox/visits')).body as unknown[];

/** The request log's entry for the POST, once the server has seen its connection close. */
async function loggedStatus(): Promise<number | undefined> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  const log = (await call(sandbox(), '/sandbox/requests')).body as Array<{ method: string; path: string; status: number }>;
  return log.find((entry) => entry.method === 'POST' && entry.path === visits)?.status;
}

/** Reads the body chunk by chunk, until it ends, fails or `quietMs` pass with nothing new. */
async function readBody(response: Response, quietMs = 1000) {
  const reader = response.body!.getReader();
  let bytes = 0;
  for (;;) {
    const next = await Promise.race([
      reader.read().then((chunk) => ({ chunk }), (error: unknown) => ({ error })),
      new Promise<{ quiet: true }>((resolve) => setTimeout(() => resolve({ quiet: true }), quietMs)),
    ]);
    if ('quiet' in next) return { bytes, ended: false, quiet: true };
    if ('error' in next) return { bytes, ended: false, error: next.error };
    if (next.chunk.done) return { bytes, ended: true };
    bytes += next.chunk.value.length;
  }
}

describe('after faults', () => {
  it('hang-body: status and headers, a few bytes, then nothing and no end', async () => {
    const init = await breakNextVisit('hang-body');
    const controller = new AbortController();
    const response = await fetch(sandbox().url + visits, { ...init, signal: controller.signal });
    assert.equal(response.status, 200);
    const length = Number(response.headers.get('content-length'));
    assert.ok(length > 100, 'the real Content-Length');
    const read = await readBody(response, 300);
    assert.ok(read.quiet, 'no end within the wait');
    assert.ok(read.bytes > 0 && read.bytes < length, `${read.bytes} of ${length} bytes`);
    controller.abort();
    assert.equal((await storedVisits()).length, 1, 'the visit was created');
    assert.equal(await loggedStatus(), 200);
  });

  it('cut-short: the real Content-Length, part of the body, then the connection closes', async () => {
    const response = await fetch(sandbox().url + visits, await breakNextVisit('cut-short'));
    assert.equal(response.status, 200);
    const length = Number(response.headers.get('content-length'));
    const read = await readBody(response);
    assert.ok(read.error instanceof TypeError, 'reading the body fails');
    assert.equal(read.error.message, 'terminated');
    assert.ok(read.bytes < length, `${read.bytes} of ${length} bytes`);
    assert.equal((await storedVisits()).length, 1);
  });

  it('reset: the visit is created, the connection reset without an answer', async () => {
    const init = await breakNextVisit('reset');
    await assert.rejects(fetch(sandbox().url + visits, init), (error: TypeError & { cause?: { code?: string } }) => {
      assert.equal(error.cause?.code, 'ECONNRESET');
      return true;
    });
    assert.equal((await storedVisits()).length, 1);
    assert.equal(await loggedStatus(), 0, 'no answer');
  });

  it("gateway-504: a gateway's HTML page, not DexCare's JSON error", async () => {
    const init = await breakNextVisit('gateway-504');
    const answer = await call(sandbox(), visits, { ...init, headers: { ...(init.headers as Record<string, string>), Origin: 'http://localhost:5173' } });
    assert.equal(answer.status, 504);
    assert.match(answer.headers.get('content-type')!, /^text\/html/);
    assert.throws(() => JSON.parse(answer.text));
    assert.match(answer.text, /Gateway Time-out/);
    assert.equal(answer.headers.get('access-control-allow-origin'), 'http://localhost:5173', 'the widget can read it');
    assert.equal((await storedVisits()).length, 1);
  });

  it('applies to the handled answer only as often as `times` says', async () => {
    const init = await breakNextVisit('reset');
    await assert.rejects(fetch(sandbox().url + visits, init), TypeError);
    const answer = await call(sandbox(), visits, init);
    assert.equal(answer.status, 200);
    assert.equal(typeof answer.body.visitId, 'string');
    assert.equal((await storedVisits()).length, 2);
  });
});

describe('faults that drop a connection before any answer', () => {
  // A browser resends a request, a POST too, when a reused keep-alive connection drops before any answer.
  function get(agent: Agent, path: string): Promise<{ response: IncomingMessage; socket: Socket }> {
    return new Promise((resolve, reject) => {
      const req = request(sandbox().url + path, { agent }, (response) => {
        response.resume();
        response.once('end', () => resolve({ response, socket: req.socket! }));
      });
      req.once('error', reject).end();
    });
  }

  for (const fault of [{ after: 'reset' }, { destroy: true }]) {
    it(`${JSON.stringify(fault)}: idle connections are closed and no answer keeps one alive`, async () => {
      const agent = new Agent({ keepAlive: true });
      try {
        const before = await get(agent, '/sandbox/clock');
        assert.notEqual(before.response.headers.connection, 'close');
        const closed = once(before.socket, 'close');
        await sendJson(sandbox(), 'PUT', '/sandbox/faults', { faults: [{ path: '/visits', ...fault }] });
        await closed;
        for (const path of ['/sandbox/clock', `/api/8/DexCare/practices/${ACME_PRACTICE_ID}`]) {
          assert.equal((await get(agent, path)).response.headers.connection, 'close', path);
        }
        await sendJson(sandbox(), 'DELETE', '/sandbox/faults');
        assert.notEqual((await get(agent, '/sandbox/clock')).response.headers.connection, 'close', 'keep-alive again');
      } finally {
        agent.destroy();
      }
    });
  }
});
