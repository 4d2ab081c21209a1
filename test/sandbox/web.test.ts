import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ACME_PRACTICE_ID } from '../../demo/sandbox/seed.js';
import { startSandbox, type Sandbox } from '../../demo/sandbox/server.js';
import { call, postVisit, sendJson, signIn, useSandbox, validVisit } from './helpers.js';

const sandbox = useSandbox();
const practice = `/api/8/DexCare/practices/${ACME_PRACTICE_ID}`;

describe('CORS', () => {
  const preflight = (origin: string, path = `/api/8/practices/${ACME_PRACTICE_ID}/visits`) =>
    call(sandbox(), path, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });

  it('allows the Authorization preflight from any localhost origin', async () => {
    for (const origin of ['http://localhost:1234', 'http://127.0.0.1:5173', 'http://[::1]:8080', 'https://localhost']) {
      const answer = await preflight(origin);
      assert.equal(answer.status, 204, origin);
      assert.equal(answer.headers.get('access-control-allow-origin'), origin);
      assert.equal(answer.headers.get('vary'), 'Origin');
      assert.equal(answer.headers.get('access-control-allow-methods'), 'GET, POST, PUT, DELETE, OPTIONS');
      assert.equal(answer.headers.get('access-control-allow-headers'), 'Authorization, Content-Type');
      assert.equal(answer.headers.get('access-control-max-age'), '600');
    }
  });

  it('gives other origins no CORS headers', async () => {
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'null', 'http://localhost:1234/path']) {
      const answer = await preflight(origin);
      assert.equal(answer.headers.get('access-control-allow-origin'), null, origin);
      assert.equal(answer.headers.get('access-control-allow-headers'), null, origin);
      const get = await call(sandbox(), practice, { headers: { Origin: origin } });
      assert.equal(get.headers.get('access-control-allow-origin'), null, origin);
    }
  });

  it('echoes a local origin on real answers, errors and faults too', async () => {
    const headers = { Origin: 'http://localhost:1234' };
    const ok = await call(sandbox(), practice, { headers });
    assert.equal(ok.headers.get('access-control-allow-origin'), 'http://localhost:1234');
    assert.equal(ok.headers.get('cache-control'), 'no-store');
    const unauthorized = await postVisit(sandbox(), validVisit());
    assert.equal(unauthorized.status, 401);
    const withOrigin = await call(sandbox(), `/api/8/practices/${ACME_PRACTICE_ID}/visits`, { method: 'POST', headers, body: '{}' });
    assert.equal(withOrigin.headers.get('access-control-allow-origin'), 'http://localhost:1234');
    await sendJson(sandbox(), 'PUT', '/sandbox/faults', { faults: [{ status: 503 }] });
    const faulted = await call(sandbox(), practice, { headers });
    assert.equal(faulted.status, 503);
    assert.equal(faulted.headers.get('access-control-allow-origin'), 'http://localhost:1234');
  });
});

describe('GET /DexCare/visit/{visitId}', () => {
  it('shows an escaped waiting-room page with the place in line', async () => {
    const token = await signIn(sandbox());
    await postVisit(sandbox(), validVisit(), token);
    const { body: visit } = await postVisit(sandbox(), validVisit(), token);
    const page = await call(sandbox(), `/DexCare/visit/${visit.visitId}?brand=${encodeURIComponent('<script>alert("x")</script>&')}`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /^text\/html/);
    assert.match(page.text, /<html lang="en">/);
    assert.match(page.text, /You&#39;re in the waiting room/);
    assert.ok(page.text.includes(visit.visitId));
    assert.ok(page.text.includes('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;&#38;'));
    assert.ok(!page.text.includes('<script>'));
    assert.match(page.text, /Montana/);
    assert.match(page.text, /<dt>Place in line<\/dt><dd>2<\/dd>/);
    assert.match(page.text, /Ada/);
    assert.ok(!page.text.includes('Lovelace'), 'no patient data beyond the first name');
  });

  it('answers a 404 page for an unknown visit', async () => {
    const page = await call(sandbox(), '/DexCare/visit/no-such-visit?brand=acme');
    assert.equal(page.status, 404);
    assert.match(page.text, /Visit not found/);
  });
});

describe('static files with --demo', () => {
  let root: string;
  let demo: Sandbox;

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'dexcare-sandbox-'));
    await mkdir(join(root, 'demo', 'sandbox'), { recursive: true });
    await mkdir(join(root, 'dist'));
    await writeFile(join(root, 'demo', 'index.html'), '<!doctype html><title>Demo</title>');
    await writeFile(join(root, 'demo', 'app.js'), 'export const app = 1;');
    await writeFile(join(root, 'demo', 'sandbox', 'server.ts'), 'secret');
    await writeFile(join(root, 'dist', 'dexcare-virtual-visit.js'), 'export {};');
    await writeFile(join(root, 'secret.txt'), 'secret');
    await symlink(join(root, 'secret.txt'), join(root, 'demo', 'link.txt'));
    demo = await startSandbox({ port: 0, demo: true, rootDir: root });
  });
  after(async () => {
    await demo.close();
    await rm(root, { recursive: true, force: true });
  });

  const get = async (path: string) => {
    const response = await fetch(demo.url + path);
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };

  /** Sends the path as is, without the client normalizing `..` away. */
  const rawGet = (path: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request(demo.url, { path, method: 'GET' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });

  it('serves the demo page, demo files and dist with content types', async () => {
    const index = await get('/');
    assert.equal(index.status, 200);
    assert.equal(index.type, 'text/html; charset=utf-8');
    assert.match(index.text, /<title>Demo<\/title>/);
    assert.equal((await get('/demo/app.js')).type, 'text/javascript; charset=utf-8');
    const bundle = await get('/dist/dexcare-virtual-visit.js');
    assert.equal(bundle.status, 200);
    assert.equal(bundle.type, 'text/javascript; charset=utf-8');
    assert.equal((await get(practice)).status, 200, 'the API is still there');
  });

  it('refuses traversal, the sandbox sources, symlinks out, directories and unknown files', async () => {
    for (const path of [
      '/demo/..%2fsecret.txt',
      '/demo/%2e%2e%2fsecret.txt',
      '/dist/..%5csecret.txt',
      '/demo/sandbox/server.ts',
      '/demo/sandbox%2fserver.ts',
      '/demo/link.txt',
      '/demo/',
      '/demo/missing.js',
      '/demo/app.js%00.html',
      '/secret.txt',
    ]) {
      const answer = await get(path);
      assert.equal(answer.status, 404, path);
      assert.ok(!answer.text.includes('secret'), path);
    }
    for (const path of ['/demo/../secret.txt', '/dist/../../etc/passwd', '//etc/passwd']) assert.equal(await rawGet(path), 404, path);
  });
});
