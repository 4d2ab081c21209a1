/**
 * The package as a bundler sees it (issue 14): `npm pack` this repository, install the tarball into four
 * small apps in integrations/ (Vite + vanilla TypeScript, Vite + React 19, Vite + Vue 3.5, Next.js app
 * router), type-check each (wrong props included: each app has checks that must stay type errors), build
 * it, serve the build, and book a visit in Chromium against the sandbox, as a patient would.
 * Also the sizes through a bundler: what the Vite vanilla page loads up front beside dist/'s bundle.
 *
 *   npm run test:integrations
 *
 * The tarball:
 *   - default: `npm pack --ignore-scripts` of this checkout as it is built (CI runs `npm test` first, which
 *     builds dist/, lib/, custom-elements.json and sandbox/);
 *   - DEXCARE_PACK=build: packs a copy of the checkout in a temporary folder, where `prepack` builds it
 *     (for a checkout that others build in, or that is not built);
 *   - DEXCARE_TARBALL=path: that tarball.
 * Installs: each app's framework dependencies from its committed package-lock.json (`npm ci`), then the
 * tarball with `npm install --no-save` (its own dependencies, lit and the rest, at the newest versions
 * its ranges allow, as a user would get them), so the lockfiles never pin the tarball's integrity.
 * Both prefer npm's cache; the registry is asked only for what the cache lacks.
 * The sandbox is the tarball's own `dexcare-sandbox` bin when it holds one, else this checkout's.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { userEnv } from '../package/user-env.mjs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { controlAt, launchChromium, openContext } from '../embed/harness.mjs';
import { chooseRegion, fillAndRequest } from '../embed/patient-steps.mjs';
import { startSandbox } from '../../scripts/start-sandbox.mjs';
import { VITE_GAP_BYTES, viteAppSizes } from '../../scripts/vite-app-size.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const appsDir = join(root, 'integrations');
const ACME = '0cee700e-f4c1-4459-b390-263e4ded436c';
const FALLBACK = 'To see a clinician, call (555) 010-0000.';
/** The demo patient's phone: the form shows it when `patient` reached the element as a property. */
const DEMO_PATIENT_PHONE = '555-222-3334';

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** A user's shell (test/package/user-env.mjs), with no telemetry, browser downloads or npm chatter. */
const env = {
  ...userEnv(),
  NEXT_TELEMETRY_DISABLED: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  PUPPETEER_SKIP_DOWNLOAD: '1',
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

/** Runs a command to its end and resolves with its stdout; rejects with all its output when it fails. */
function run(command, args, { cwd, label = `${command} ${args.join(' ')}` } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => ((stdout += chunk), (output += chunk)));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${label} (in ${relative(root, cwd ?? root) || '.'}) failed (${signal ?? `exit ${code}`}):\n${output}`));
    });
  });
}

/** A timed step, its duration kept for the summary. */
const timings = [];
async function timed(label, step) {
  const start = performance.now();
  try {
    return await step();
  } finally {
    timings.push([label, performance.now() - start]);
  }
}

/** A port free on localhost now. */
async function freePort() {
  const server = createServer();
  server.listen(0, 'localhost');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Starts a server (`node script args`) in its own process group, and resolves once `url` answers 200.
 * `stop()` ends the group (npm, next and vite start children of their own).
 */
async function serve(cwd, script, args, url) {
  const child = spawn(process.execPath, [script, ...args], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  let exited = false;
  child.once('exit', () => (exited = true));
  const stop = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`${script} ${args.join(' ')} exited before serving ${url}:\n${output}`);
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return { stop, output: () => output };
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${script} did not serve ${url} within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The tarball to test, copied to `dir`: see the header for the three ways. */
async function packTarball(dir) {
  const target = join(dir, 'dexcare-virtual-visit.tgz');
  if (process.env.DEXCARE_TARBALL) {
    await copyFile(process.env.DEXCARE_TARBALL, target);
    return target;
  }
  let packFrom = root;
  if (process.env.DEXCARE_PACK === 'build') {
    // A copy without node_modules (linked back) and without the apps, built there as prepack would
    // build it, leaving this checkout's dist/ and lib/ alone.
    packFrom = join(dir, 'checkout');
    const skip = new Set(['node_modules', '.git', 'integrations'].map((name) => join(root, name)));
    await cp(root, packFrom, { recursive: true, filter: (source) => !skip.has(source) });
    await symlink(join(root, 'node_modules'), join(packFrom, 'node_modules'));
    await run('npm', ['run', 'prepack'], { cwd: packFrom });
  } else {
    const missing = ['dist/dexcare-virtual-visit.js', 'lib/index.js', 'lib/react/index.js', 'lib/types/vue.d.ts', 'custom-elements.json'].filter(
      (file) => !existsSync(join(root, file)),
    );
    if (missing.length) throw new Error(`${missing.join(', ')} missing: run \`npm run build\` first, or set DEXCARE_PACK=build.`);
  }
  const args = ['pack', '--ignore-scripts', '--json', '--pack-destination', dir];
  const [packed] = JSON.parse(await run('npm', args, { cwd: packFrom }));
  await copyFile(join(dir, packed.filename), target);
  return target;
}

/** `npm ci` from the app's lockfile, then the tarball without touching package.json or the lockfile. */
async function install(app, tarball) {
  const cwd = join(appsDir, app);
  const flags = ['--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'];
  await run('npm', ['ci', ...flags], { cwd });
  await run('npm', ['install', '--no-save', ...flags, tarball], { cwd });
}

/** The gzip size of each JavaScript file a page fetched from its own origin, by path. */
function scriptSizes(page, origin) {
  const sizes = new Map();
  const pending = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin || response.request().resourceType() !== 'script') return;
    pending.push(response.body().then((body) => sizes.set(url.pathname, gzip(body)), () => {}));
  });
  return {
    /** The files fetched so far (after their bodies have arrived). */
    async now() {
      await Promise.all(pending);
      return new Map(sizes);
    },
  };
}
const total = (sizes) => [...sizes.values()].reduce((sum, size) => sum + size, 0);

let temp;
let tarball;
let sandbox;
let browser;
const appSizes = [];

before(async () => {
  temp = await mkdtemp(join(tmpdir(), 'dexcare-integrations-'));
  tarball = await timed('pack', () => packTarball(temp));
  // The installs are network- and disk-bound: all four at once.
  await timed('install (4 apps in parallel)', () => Promise.all(['vite-vanilla', 'vite-react', 'vue', 'next'].map((app) => install(app, tarball))));
  const bin = join(appsDir, 'vite-vanilla/node_modules/@dexcare/virtual-visit/sandbox/demo/sandbox/main.js');
  if (existsSync(bin)) {
    const port = await freePort();
    const url = `http://localhost:${port}`;
    const server = await serve(root, bin, ['--port', String(port)], `${url}/api/8/DexCare/practices/${ACME}`);
    sandbox = { url, stop: server.stop };
    console.log(`The sandbox: the tarball's dexcare-sandbox, at ${url}`);
  } else {
    sandbox = await startSandbox();
    console.log(`The sandbox: this checkout's demo/sandbox (the tarball has no dexcare-sandbox), at ${sandbox.url}`);
  }
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  sandbox?.stop();
  if (temp) await rm(temp, { recursive: true, force: true });
  if (timings.length) {
    console.log('\nIntegration steps (seconds):');
    for (const [label, ms] of timings) console.log(`  ${label.padEnd(48)} ${(ms / 1000).toFixed(1).padStart(6)}`);
  }
  if (appSizes.length) {
    console.log('\nJavaScript each app page loads, gzip (level 9), from its own origin:');
    for (const [app, upFront, all] of appSizes) console.log(`  ${app.padEnd(28)} up front ${kb(upFront).padStart(8)}   after a booking ${kb(all).padStart(8)}`);
  }
});

const sandboxApi = () => `${sandbox.url}/`;
const visits = () => controlAt(sandbox.url, 'GET', '/sandbox/visits');

/**
 * A patient books in the widget on `url`: Montana, Continue (which loads the form's chunk), the form
 * prefilled from `patient`, the coupon, the terms, Request visit. `done(page)` waits for the app's
 * outcome and answers the visit id it shows. Checks that the sandbox recorded exactly that visit and
 * that the console shows no error; resolves with every console message (`type: text`), the details of
 * every `visit-error` the page saw before the request, and the paths of the scripts it fetched from its
 * own origin.
 */
async function book(app, url, done) {
  await controlAt(sandbox.url, 'POST', '/sandbox/reset');
  const { context, page, problems } = await openContext(browser, { timeout: 20_000 });
  // Every visit-error, as a page-level listener (analytics) would see it, from the first moment.
  await page.addInitScript(() => {
    window.visitErrors = [];
    document.addEventListener('visit-error', (event) => window.visitErrors.push(event.detail));
  });
  const messages = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  const scripts = scriptSizes(page, new URL(url).origin);
  try {
    const signedIn = page.waitForResponse((response) => response.url().endsWith('/sandbox/sign-in'));
    await page.goto(url);
    await signedIn;
    const widget = page.locator('dexcare-virtual-visit');
    await widget.getByLabel('Where are you right now?').waitFor();
    const upFront = total(await scripts.now());
    await chooseRegion(widget, 'Montana');
    await widget.getByRole('button', { name: 'Continue' }).click();
    await widget.getByLabel('Reason for visit').waitFor();
    assert.equal(await widget.getByLabel('Phone').inputValue(), DEMO_PATIENT_PHONE, 'the patient reached the element as a property');
    // Read before the request: the waiting room may replace the page right after it.
    const visitErrors = await page.evaluate(() => window.visitErrors);
    await fillAndRequest(widget);
    const shown = await done(page);
    const recorded = await visits();
    assert.equal(recorded.length, 1, 'the sandbox recorded one visit');
    assert.equal(recorded[0].practiceId, ACME);
    assert.equal(recorded[0].visitId, shown, 'the app shows the visit the sandbox recorded');
    assert.deepEqual(problems, [], 'no console error and no uncaught exception');
    const loaded = await scripts.now();
    appSizes.push([app, upFront, total(loaded)]);
    return { messages, visitErrors, scripts: [...loaded.keys()] };
  } finally {
    await context.close();
  }
}

/** The widget's own console warnings (its `console.info` hints are not warnings). */
const widgetWarnings = (messages) => messages.filter((message) => /^(warning|error): <dexcare-virtual-visit>/.test(message));

/** The widget went to the sandbox's waiting room by itself (no preventDefault): the visit id from the URL. */
async function waitingRoom(page) {
  await page.waitForURL(new RegExp(`^${sandbox.url}/DexCare/visit/[^/?]+\\?brand=acme$`));
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
}

/** The app called preventDefault and shows "Visit <id> requested." itself. */
async function appStatus(page) {
  const status = page.getByRole('status').filter({ hasText: /^Visit \S+ requested\.$/ });
  await status.waitFor();
  assert.ok(!page.url().startsWith(sandbox.url), `the page stayed in the app: ${page.url()}`);
  return /^Visit (\S+) requested\.$/.exec((await status.textContent()).trim())[1];
}

/** An app's npm script, timed. */
const npmRun = (app, script) => timed(`${app}: ${script}`, () => run('npm', ['run', script], { cwd: join(appsDir, app) }));

/** Serves a Vite app's build with `vite preview` on a free port. */
async function vitePreview(app) {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const server = await serve(join(appsDir, app), 'node_modules/vite/bin/vite.js', ['preview', '--port', String(port), '--strictPort', '--host', 'localhost'], `${url}/`);
  return { url, stop: server.stop };
}

describe('Vite + vanilla TypeScript (integrations/vite-vanilla)', () => {
  const app = 'vite-vanilla';
  let server;
  after(() => server?.stop());

  it('type-checks against the tarball\'s types, wrong property types caught', () => npmRun(app, 'typecheck'));

  it('builds with Vite', async () => {
    await npmRun(app, 'build');
    server = await vitePreview(app);
  });

  for (const [page, specifier] of [
    ['index.html', '@dexcare/virtual-visit'],
    ['bundle.html', '@dexcare/virtual-visit/bundle'],
  ]) {
    it(`${page} (import '${specifier}'): books a visit, Continue loading the form's chunk, and lands in the waiting room`, async () => {
      const { messages, visitErrors, scripts } = await timed(`${app}: book (${page})`, () =>
        book(`${app} ${page}`, `${server.url}/${page}?api=${encodeURIComponent(sandboxApi())}`, waitingRoom),
      );
      assert.ok(scripts.some((path) => /\/assets\/details-step-[\w-]+\.js$/.test(path)), `the form came from this build's chunk: ${scripts.join(', ')}`);
      assert.deepEqual(widgetWarnings(messages), []);
      assert.deepEqual(visitErrors, []);
    });
  }

  /** What index.html loads up front (its entry and the entry's static imports) and on demand, gzip. */
  let sizes;

  it('sizes: what the page loads up front, beside dist/dexcare-virtual-visit.js', () => {
    const { upFront: rows, upFrontTotal: viaVite, onDemand: lazy } = viteAppSizes(join(appsDir, app, 'dist'));
    const dist = gzip(readFileSync(join(appsDir, app, 'node_modules/@dexcare/virtual-visit/dist/dexcare-virtual-visit.js')));
    sizes = { viaVite, dist, difference: viaVite - dist };
    console.log(`\nUp front, gzip (level 9):`);
    for (const [file, size] of rows) console.log(`  vite-vanilla ${file.padEnd(36)} ${String(size).padStart(6)} B`);
    console.log(`  vite-vanilla index.html: entry + static imports   ${String(viaVite).padStart(6)} B (${kb(viaVite)})`);
    console.log(`  dist/dexcare-virtual-visit.js                     ${String(dist).padStart(6)} B (${kb(dist)})`);
    console.log(`  difference                                        ${String(sizes.difference).padStart(6)} B (${kb(sizes.difference)}); target: within ${VITE_GAP_BYTES} B`);
    console.log('On demand, through Vite:');
    for (const [file, size] of lazy) console.log(`  vite-vanilla ${file.padEnd(36)} ${String(size).padStart(6)} B`);
    assert.ok(!rows.some(([file]) => /details-step/.test(file)), 'the visit form stays out of what the page loads up front');
    assert.ok(lazy.some(([file]) => /details-step/.test(file)), 'the visit form is a chunk of its own');
  });

  it(
    'up front, within 1.5 KB (gzip) of dist/dexcare-virtual-visit.js',
    () => assert.ok(Math.abs(sizes.difference) <= VITE_GAP_BYTES, `${sizes.difference} B apart (${sizes.viaVite} B through Vite, ${sizes.dist} B dist/)`),
  );
});

describe('Vite + React 19 (integrations/vite-react)', () => {
  const app = 'vite-react';
  let server;
  after(() => server?.stop());

  it('type-checks against @dexcare/virtual-visit/react, wrong props caught (requestTimeout="20s" and more)', () => npmRun(app, 'typecheck'));

  it('builds with Vite', async () => {
    await npmRun(app, 'build');
    server = await vitePreview(app);
  });

  it('<DexCareVirtualVisit> books a visit; onVisitCreated calls preventDefault and the app shows the visit id', async () => {
    const { messages, visitErrors } = await timed(`${app}: book`, () => book(app, `${server.url}/?api=${encodeURIComponent(sandboxApi())}`, appStatus));
    assert.deepEqual(widgetWarnings(messages), []);
    assert.deepEqual(visitErrors, []);
  });
});

describe('Vite + Vue 3.5 (integrations/vue)', () => {
  const app = 'vue';
  let server;
  after(() => server?.stop());

  it('type-checks with vue-tsc and "types": ["@dexcare/virtual-visit/vue"], wrong props caught', () => npmRun(app, 'typecheck'));

  it(
    'with strictTemplates, kebab-case attributes and @visit-created are typed too',
    () =>
      npmRun(app, 'typecheck:strict').catch((error) => {
        throw new Error(error.message.split('\n').filter((line) => /error TS/.test(line)).map((line) => line.slice(0, 160)).join('\n'));
      }),
  );

  it('builds with Vite (isCustomElement for dexcare-*)', async () => {
    await npmRun(app, 'build');
    server = await vitePreview(app);
  });

  it(':getAccessToken.prop, :patient.prop and @visit-created: books a visit, the app shows the visit id', async () => {
    const { messages, visitErrors } = await timed(`${app}: book`, () => book(app, `${server.url}/?api=${encodeURIComponent(sandboxApi())}`, appStatus));
    assert.deepEqual(widgetWarnings(messages), []);
    assert.deepEqual(visitErrors, []);
  });
});

/** Hydration trouble as React reports it (development: the messages; production: the error codes). */
const hydrationMessages = (messages) => messages.filter((message) => /hydrat|did not match|didn't match|Minified React error #(418|423|425)/i.test(message));

describe('Next.js app router (integrations/next)', () => {
  const app = 'next';
  const dir = join(appsDir, app);
  const page = () => `${server.url}/?api=${encodeURIComponent(sandboxApi())}`;
  let server;
  let booked;
  after(() => server?.stop());

  /** `next start` or `next dev` on a free port. */
  async function next(command) {
    const port = await freePort();
    const url = `http://localhost:${port}`;
    const started = await serve(dir, 'node_modules/next/dist/bin/next', [command, '--port', String(port), '--hostname', 'localhost'], `${url}/`);
    return { url, stop: started.stop };
  }

  it('next build (its TypeScript check included), then tsc: wrong props caught', async () => {
    await npmRun(app, 'build');
    await npmRun(app, 'typecheck');
    server = await next('start');
  });

  it('the server HTML holds the element with its fallback children', async () => {
    const html = await (await fetch(page())).text();
    const element = /<dexcare-virtual-visit\b[^>]*>([\s\S]*?)<\/dexcare-virtual-visit>/.exec(html);
    assert.ok(element, 'the server rendered <dexcare-virtual-visit>');
    assert.equal(element[1], `<p>${FALLBACK}</p>`);
  });

  it('the client component, from a Server Component page, books a visit after hydration; the app shows the visit id', async () => {
    booked = await timed(`${app}: book`, () => book(app, page(), appStatus));
    assert.deepEqual(hydrationMessages(booked.messages), []);
  });

  it(
    'while React hydrates it, the widget neither warns nor fires visit-error',
    () => assert.deepEqual({ warnings: widgetWarnings(booked.messages), visitErrors: booked.visitErrors }, { warnings: [], visitErrors: [] }),
  );

  it('under next dev, where React reports attribute mismatches (production does not), hydration reports none', async () => {
    const dev = await timed(`${app}: next dev, first page`, () => next('dev'));
    const { context, page: tab, problems } = await openContext(browser, { timeout: 60_000 });
    const all = [];
    tab.on('console', (message) => all.push(`${message.type()}: ${message.text()}`));
    try {
      await tab.goto(`${dev.url}/?api=${encodeURIComponent(sandboxApi())}`);
      const widget = tab.locator('dexcare-virtual-visit');
      await widget.getByLabel('Where are you right now?').waitFor();
      // The wrapper sets practiceId in a layout effect, after hydration; the element then reflects it.
      await tab.locator('dexcare-virtual-visit[practice-id]').waitFor();
      await tab.waitForTimeout(500);
      assert.deepEqual(hydrationMessages(all), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      dev.stop();
    }
  });
});
