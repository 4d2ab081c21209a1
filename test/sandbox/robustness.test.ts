/**
 * The sandbox survives whatever a client sends: bad JSON and oversized bodies on every route that
 * reads one get a 400, random bytes never a 5xx, and broken HTTP, cut-off uploads and abandoned
 * requests leave it answering.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ACME_PRACTICE_ID } from '../../demo/sandbox/seed.js';
import { MAX_BODY_BYTES } from '../../demo/sandbox/http-util.js';
import { call, signIn, useSandbox } from './helpers.js';

const sandbox = useSandbox();
const practicePath = `/api/8/DexCare/practices/${ACME_PRACTICE_ID}`;

/** Every route that reads a JSON body, and whether it needs a token first. */
const BODY_ROUTES: Array<{ method: string; path: string; auth: boolean }> = [
  { method: 'POST', path: `/api/8/practices/${ACME_PRACTICE_ID}/visits`, auth: true },
  { method: 'POST', path: '/sandbox/sign-in', auth: false },
  { method: 'POST', path: '/sandbox/dependents', auth: true },
  { method: 'PUT', path: '/sandbox/clock', auth: false },
  { method: 'PUT', path: '/sandbox/faults', auth: false },
];

async function send(route: (typeof BODY_ROUTES)[number], body: string | Uint8Array<ArrayBuffer>, token: string, contentType = 'application/json') {
  const headers: Record<string, string> = { 'Content-Type': contentType };
  if (route.auth) headers.Authorization = `Bearer ${token}`;
  return call(sandbox(), route.path, { method: route.method, headers, body });
}

async function stillAnswering() {
  assert.equal((await call(sandbox(), practicePath)).status, 200, 'the sandbox still answers');
}

/** Writes raw bytes on a fresh connection and returns whatever comes back before it closes. */
function rawExchange(bytes: string, { endAfterWrite = false } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(sandbox().port, 'localhost');
    let received = '';
    socket.setTimeout(3000, () => socket.destroy());
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('close', () => resolve(received));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve(received) : reject(error)));
    socket.write(bytes, () => {
      if (endAfterWrite) socket.end();
    });
  });
}

describe('sandbox robustness: bodies', () => {
  for (const route of BODY_ROUTES) {
    it(`${route.method} ${route.path}: 400 for bad JSON and for an oversized body`, async () => {
      const token = await signIn(sandbox());
      for (const bad of ['{"a":', '{\'a\': 1}', 'undefined', '{"a":1}}', '\uFEFF{']) {
        const answer = await send(route, bad, token);
        assert.equal(answer.status, 400, `${JSON.stringify(bad)}: ${answer.text}`);
        assert.equal(answer.body.code, 'INVALID_JSON');
      }
      const oversized = await send(route, JSON.stringify({ padding: 'x'.repeat(MAX_BODY_BYTES + 1) }), token);
      assert.equal(oversized.status, 400, oversized.text);
      assert.equal(oversized.body.code, 'BODY_TOO_LARGE');
      await stillAnswering();
    });
  }

  it('an upload far past the limit: 400, the connection closed, the sandbox fine', async () => {
    const answer = await send(BODY_ROUTES[1]!, new Uint8Array(9 * 1024 * 1024).fill(0x20), '');
    assert.equal(answer.status, 400);
    await stillAnswering();
  });

  it('random bytes, any content type, on every body route: a 4xx JSON error or a success, never a 5xx', async () => {
    const token = await signIn(sandbox());
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...BODY_ROUTES),
        fc.oneof(fc.uint8Array({ maxLength: 300 }).map((bytes) => Uint8Array.from(bytes)), fc.string({ maxLength: 300 }), fc.jsonValue().map((value) => JSON.stringify(value))),
        fc.constantFrom('application/json', 'text/plain', 'application/octet-stream', 'application/json; charset=latin1', ''),
        async (route, body, contentType) => {
          const answer = await send(route, body, token, contentType);
          assert.ok(answer.status < 500, `${route.method} ${route.path}: ${answer.status} ${answer.text}`);
          if (answer.status >= 400) assert.equal(typeof answer.body.error, 'string', answer.text);
        },
      ),
      { numRuns: 150 },
    );
    await call(sandbox(), '/sandbox/faults', { method: 'DELETE' });
    await stillAnswering();
  });
});

describe('sandbox robustness: broken HTTP', () => {
  it('answers garbage that is not HTTP with 400, and keeps serving', async () => {
    const reply = await rawExchange('\u0000\u0001 GARBAGE \r\n\r\n');
    assert.match(reply, /^HTTP\/1\.1 400/);
    await stillAnswering();
  });

  it('survives headers far too large, a bad method and a bad path', async () => {
    assert.match(await rawExchange(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`), /^HTTP\/1\.1 4\d\d/);
    assert.match(await rawExchange('FROBNICATE /api HTTP/1.1\r\nHost: x\r\n\r\n'), /^HTTP\/1\.1 4\d\d/);
    assert.match(await rawExchange('GET /%%%/\u00ff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), /^HTTP\/1\.1 4\d\d/);
    await stillAnswering();
  });

  it('survives an upload cut off mid-body', async () => {
    const token = await signIn(sandbox());
    const head = [
      `POST /api/8/practices/${ACME_PRACTICE_ID}/visits HTTP/1.1`,
      'Host: localhost',
      `Authorization: Bearer ${token}`,
      'Content-Type: application/json',
      'Content-Length: 5000',
      '',
      '{"patient": {"identifier": "',
    ].join('\r\n');
    await rawExchange(head, { endAfterWrite: true });
    await stillAnswering();
    const visits = (await call(sandbox(), '/sandbox/visits')).body;
    assert.deepEqual(visits, [], 'nothing created from half a request');
  });

  it('survives many requests abandoned while it waits, and logs them as dropped', async () => {
    await call(sandbox(), '/sandbox/faults', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ faults: [{ path: practicePath, latencyMs: 5000, times: 20 }] }),
    });
    const controllers = Array.from({ length: 20 }, () => new AbortController());
    const abandoned = controllers.map(({ signal }) => fetch(sandbox().url + practicePath, { signal }).catch(() => 'aborted'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const controller of controllers) controller.abort();
    assert.deepEqual(new Set(await Promise.all(abandoned)), new Set(['aborted']));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const log = (await call(sandbox(), '/sandbox/requests')).body as Array<{ path: string; status: number }>;
    assert.equal(log.filter((entry) => entry.path === practicePath && entry.status === 0).length, 20);
    await stillAnswering();
  });
});
