import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ACME_PRACTICE_ID } from '../../demo/sandbox/seed.js';
import { call, signIn, useSandbox, validVisit } from './helpers.js';

const sandbox = useSandbox();
const visitsPath = `/api/8/practices/${ACME_PRACTICE_ID}/visits`;

async function post(token: string, body: string) {
  return call(sandbox(), visitsPath, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body,
  });
}

function assertClientError(answer: { status: number; body: any; text: string }) {
  assert.ok(answer.status >= 400 && answer.status < 500, `status ${answer.status}: ${answer.text}`);
  assert.equal(typeof answer.body, 'object', answer.text);
  assert.equal(typeof answer.body.error, 'string');
}

/** Sets `value` at a random place in a copy of `body` (or deletes what is there). */
function mutate(body: unknown, path: number[], value: unknown, remove: boolean): unknown {
  if (path.length === 0 || typeof body !== 'object' || body === null) return value;
  const copy: any = Array.isArray(body) ? [...body] : { ...body };
  const keys = Object.keys(copy);
  if (keys.length === 0) return copy;
  const key = keys[path[0]! % keys.length]!;
  if (path.length === 1 && remove) delete copy[key];
  else copy[key] = mutate(copy[key], path.slice(1), value, remove);
  return copy;
}

describe('fuzzing POST visits with a valid token', () => {
  it('answers any JSON value or string with a 4xx JSON error', async () => {
    const token = await signIn(sandbox());
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue().map((value) => JSON.stringify(value)), fc.string({ maxLength: 200 })), async (text) => {
        assertClientError(await post(token, text));
      }),
      { numRuns: 200 },
    );
  });

  it('answers random damage to a valid body with 200 or a 4xx JSON error, never 5xx', async () => {
    const token = await signIn(sandbox());
    const damage = fc.record({
      path: fc.array(fc.nat(20), { minLength: 1, maxLength: 4 }),
      value: fc.oneof(fc.jsonValue(), fc.string({ maxLength: 30 }), fc.constantFrom('', ' ', '__proto__', 'tok_', null)),
      remove: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ path, value, remove }) => {
        const answer = await post(token, JSON.stringify(mutate(validVisit(), path, value, remove)));
        if (answer.status === 200) assert.equal(typeof answer.body.visitId, 'string');
        else assertClientError(answer);
      }),
      { numRuns: 200 },
    );
    assert.equal((await call(sandbox(), `/api/8/DexCare/practices/${ACME_PRACTICE_ID}`)).status, 200, 'still answering');
  });
});

describe('fuzzing any route', () => {
  it('never answers 5xx to random methods, paths and bodies', async () => {
    const token = await signIn(sandbox());
    const request = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'),
      path: fc.oneof(
        fc.webPath(),
        fc.constantFrom('/api/8/', '/sandbox/', '/DexCare/visit/').chain((prefix) => fc.webPath().map((rest) => prefix + rest)),
      ),
      body: fc.option(fc.jsonValue().map((value) => JSON.stringify(value)), { nil: undefined }),
      auth: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path, body, auth }) => {
        const hasBody = body !== undefined && method !== 'GET' && method !== 'HEAD';
        const answer = await call(sandbox(), path.startsWith('/') ? path : `/${path}`, {
          method,
          headers: auth ? { Authorization: `Bearer ${token}` } : {},
          body: hasBody ? body : undefined,
        });
        assert.ok(answer.status < 500, `${method} ${path}: ${answer.status} ${answer.text}`);
      }),
      { numRuns: 150 },
    );
  });
});
