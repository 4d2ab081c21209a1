/**
 * The CMS snippet: pages in test/embed/pages/cms*.html hold only what an editor pastes (the script tag
 * and the element with its attributes and fallback children), no script of the host's own. Sign-in is
 * the sandbox playing the health system's site: its sign-in page sets a session cookie, and the widget
 * asks `session-url` who is signed in. The page and the sandbox are on two ports of localhost: another
 * origin, the same site (as a health system's www. and api. hosts are).
 *
 * Builds nothing: `npm run build` first (npm test does). Run: node --test test/embed/cms.test.mjs
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browser, control, sandbox, server, useEmbedHarness } from './harness.mjs';
import { chooseRegion, fillAndRequest } from './patient-steps.mjs';

const ACME = '0cee700e-f4c1-4459-b390-263e4ded436c';
const RESUME_KEY = 'dexcare-virtual-visit.sign-in-return';

useEmbedHarness();

/**
 * A fresh browser (its own cookies) on `path`. Records every console message, every URL requested or
 * navigated to, and every session token the sandbox handed out, to prove none leaks.
 */
async function openPage(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const consoleLines = [];
  const urls = [];
  const tokens = [];
  const problems = [];
  page.on('console', (message) => consoleLines.push(message.text()));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => urls.push(request.url()));
  // Read each session answer as it passes (a listener's body read may lose the race with navigation).
  await context.route(/\/sandbox\/session$/, async (route) => {
    const response = await route.fetch();
    const text = await response.text();
    if (response.status() === 200) tokens.push(JSON.parse(text).accessToken);
    await route.fulfill({ response, body: text });
  });
  await page.goto(`${server.url}${path}`);
  return { page, context, consoleLines, urls, tokens, problems, close: () => context.close() };
}

const widget = (page, nth = 0) => page.locator('dexcare-virtual-visit').nth(nth);

/** Signs the browser in on the sandbox's page (the health system's site), and comes back to `path`. */
async function signInFirst(page, path) {
  const back = `${server.url}${path}`;
  await page.goto(`${sandbox.url}/sandbox/sign-in?returnUrl=${encodeURIComponent(back)}`);
  await page.getByRole('button', { name: 'Sign in as the demo patient' }).click();
  await page.waitForURL(back);
}

const sessionRequests = async () => (await control('GET', '/sandbox/requests')).filter((request) => request.path === '/sandbox/session');

/** Nothing of the patient's and no token in storage, the URLs, the console or the DOM's attributes. */
async function expectNoLeaks({ page, consoleLines, urls, tokens }) {
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  const attributes = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => a.value)).join(' '));
  const everything = [stored, attributes, ...urls, page.url(), ...consoleLines].join('\n');
  assert.ok(tokens.length > 0, 'the widget asked the session endpoint');
  for (const secret of [...tokens, 'Lovelace', 'ada@example.org', '555-222-3334']) {
    assert.ok(!everything.includes(secret), `"${secret.slice(0, 12)}…" leaked into storage, a URL, an attribute or the console`);
  }
}

describe('the CMS snippet: a signed-out patient signs in and books', { timeout: 90_000 }, () => {
  it('Continue offers the sign-in page before anything is typed; back from it, the form for Montana; then the waiting room', async () => {
    const opened = await openPage('/pages/cms.html');
    const { page, close, problems } = opened;
    try {
      const target = widget(page);
      await chooseRegion(target, 'Montana');
      await target.getByRole('button', { name: 'Continue' }).click();
      const link = target.getByRole('link', { name: 'Sign in' });
      await link.waitFor();
      assert.equal(await target.getByLabel('Reason for visit').count(), 0, 'no form before sign-in');
      await target.getByText('Please sign in to request a visit.').waitFor();
      const href = await link.getAttribute('href');
      assert.equal(new URL(href).searchParams.get('returnUrl'), `${server.url}/pages/cms.html`);
      assert.equal(await page.evaluate(() => document.querySelector('dexcare-virtual-visit').shadowRoot.activeElement?.getAttribute('part')), 'sign-in-link', 'focus went to the link');

      await link.click();
      await page.getByRole('button', { name: 'Sign in as the demo patient' }).click();
      await page.waitForURL(`${server.url}/pages/cms.html`);
      await target.getByLabel('Reason for visit').waitFor();
      assert.equal(await target.getByRole('heading', { level: 2 }).textContent(), 'Your visit');
      await target.getByText('Location: Montana.').waitFor();
      assert.equal(await page.evaluate((key) => sessionStorage.getItem(key), RESUME_KEY), null, 'the way back is removed once used');
      assert.equal(await target.getByLabel('Phone').inputValue(), '555-222-3334', 'the session\'s patient prefills the form');

      await fillAndRequest(target);
      await page.waitForURL(/\/DexCare\/visit\/[^/?]+\?brand=acme$/);
      const visits = await control('GET', '/sandbox/visits');
      assert.equal(visits.length, 1);
      assert.equal(visits[0].practiceId, ACME);
      await expectNoLeaks(opened);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('an expired session is asked again: the request still goes through with a fresh token', async () => {
    await control('PUT', '/sandbox/session-tokens', { expiresIn: 1 });
    const opened = await openPage('/pages/cms.html');
    const { page, close } = opened;
    try {
      await signInFirst(page, '/pages/cms.html');
      const target = widget(page);
      await chooseRegion(target, 'Montana');
      await target.getByRole('button', { name: 'Continue' }).click();
      await target.getByLabel('Reason for visit').waitFor();
      const asked = (await sessionRequests()).length;
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the token has expired now
      await fillAndRequest(target);
      await page.waitForURL(/\/DexCare\/visit\//);
      assert.ok((await sessionRequests()).length > asked, 'the session was asked again for the expired token');
      const posts = (await control('GET', '/sandbox/requests')).filter((request) => request.method === 'POST' && request.path.endsWith('/visits'));
      assert.deepEqual(posts.map((request) => request.status), [200], 'one POST, with a token that worked');
      await expectNoLeaks(opened);
    } finally {
      await close();
    }
  });

  it('without sign-in-url, a signed-out patient reads what to do in the form', async () => {
    const { page, close } = await openPage('/pages/cms-no-sign-in.html');
    try {
      const target = widget(page);
      await chooseRegion(target, 'Montana');
      await target.getByRole('button', { name: 'Continue' }).click();
      await target.getByLabel('Reason for visit').waitFor();
      await target.getByText('Please sign in to request a visit.').waitFor();
      assert.equal(await target.getByRole('link', { name: 'Sign in' }).count(), 0);
    } finally {
      await close();
    }
  });
});

describe('the fallback and the unavailable slot', { timeout: 90_000 }, () => {
  const fallback = (page) => page.getByText('To see a clinician, call (555) 010-0000.');
  const unavailable = (page) => page.getByText("Can't be seen online now?");

  it('the children show while the script cannot run, and give way to the widget once it does', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.route(/\/dist\/dexcare-virtual-visit\.js/, (route) => route.abort());
      await page.goto(`${server.url}/pages/cms.html`);
      assert.ok(await fallback(page).isVisible(), 'the fallback is shown when the bundle cannot load');
      await page.unroute(/\/dist\/dexcare-virtual-visit\.js/);
      await page.reload();
      await widget(page).getByLabel('Where are you right now?').waitFor();
      assert.equal(await fallback(page).isVisible(), false, 'the fallback gives way to the widget');
      assert.equal(await unavailable(page).isVisible(), false, 'nothing says "unavailable" before a state is chosen');
    } finally {
      await context.close();
    }
  });

  const states = [
    ['out of the service area', 'Other (not listed)', null],
    ['busy', 'Washington', 'Closed'],
    ['no clinician on call', 'Wyoming', 'Closed'],
  ];
  for (const [name, region, status] of states) {
    it(`${name}: the unavailable slot shows; Montana, open, hides it again`, async () => {
      const { page, close } = await openPage('/pages/cms.html');
      try {
        const target = widget(page);
        await chooseRegion(target, region, status);
        await unavailable(page).waitFor();
        await chooseRegion(target, 'Montana');
        assert.equal(await unavailable(page).isVisible(), false);
      } finally {
        await close();
      }
    });
  }

  it('closed for the night: the unavailable slot shows', async () => {
    await control('PUT', '/sandbox/clock', { now: '2026-11-29T18:00:00.000Z' }); // a Sunday: Idaho is closed
    const { page, close } = await openPage('/pages/cms.html');
    try {
      await chooseRegion(widget(page), 'Idaho', 'Closed');
      await unavailable(page).waitFor();
    } finally {
      await close();
      await control('PUT', '/sandbox/clock', { now: null });
    }
  });

  it('the API unreachable: the unavailable slot shows with the failure', async () => {
    await control('PUT', '/sandbox/faults', { faults: [{ path: '/practices/', status: 503 }] });
    const { page, close } = await openPage('/pages/cms.html');
    try {
      await widget(page).getByRole('button', { name: 'Try again' }).waitFor({ timeout: 20_000 });
      await unavailable(page).waitFor();
    } finally {
      await close();
      await control('PUT', '/sandbox/faults', { faults: [] });
    }
  });

  it('every state closed: the unavailable slot shows with the notice', async () => {
    await control('PUT', '/sandbox/faults', {
      faults: [{ path: '/availability', body: JSON.stringify({ available: false, reason: 'OFF_HOURS', availability: [] }) }],
    });
    const { page, close } = await openPage('/pages/cms.html');
    try {
      const target = widget(page);
      for (const region of ['Colorado', 'Hawaii', 'Idaho', 'Montana', 'Washington', 'Wyoming']) {
        if ((await target.getByRole('option', { name: region }).count()) === 0) continue;
        await chooseRegion(target, region, 'Closed');
      }
      await target.getByText('All our virtual clinics are closed right now.').waitFor();
      await unavailable(page).waitFor();
    } finally {
      await close();
      await control('PUT', '/sandbox/faults', { faults: [] });
    }
  });
});

describe('a snippet in Spanish, in the page\'s markup', { timeout: 120_000 }, () => {
  it('every word is Spanish on every load, however late the Spanish strings arrive', async () => {
    const context = await browser.newContext();
    try {
      for (const delay of [0, 50, 150, 300, 450, 600, 200, 100]) {
        const page = await context.newPage();
        await page.route(/\/dist\/chunks\/es-[\w-]+\.js$/, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, delay));
          await route.continue();
        });
        await page.goto(`${server.url}/pages/cms-spanish.html`);
        const target = widget(page);
        await target.getByLabel('¿Dónde se encuentra en este momento?').waitFor();
        await new Promise((resolve) => setTimeout(resolve, delay + 100));
        assert.equal(
          await target.getByRole('heading', { level: 2 }).textContent(),
          'Consulte a un profesional de la salud en línea',
          `the heading, with the Spanish strings ${delay} ms late`,
        );
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
});

describe('markup as CMSs place it', { timeout: 90_000 }, () => {
  it('the script after both elements, async, at the end of the body: two snippets work, one bundle', async () => {
    const { page, urls, close, problems } = await openPage('/pages/cms-placements.html');
    try {
      await signInFirst(page, '/pages/cms-placements.html');
      urls.length = 0;
      await page.reload();
      for (const nth of [0, 1]) await widget(page, nth).getByLabel('Where are you right now?').waitFor();
      const second = widget(page, 1);
      await chooseRegion(second, 'Montana');
      await second.getByRole('button', { name: 'Continue' }).click();
      await fillAndRequest(second);
      await page.waitForURL(/\/DexCare\/visit\//);
      assert.equal(urls.filter((url) => /\/dist\/dexcare-virtual-visit\.js$/.test(url)).length, 1, 'one bundle request for two snippets');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('the snippet set through innerHTML after the bundle ran: the element upgrades, its script never runs', async () => {
    const { page, urls, close, problems } = await openPage('/pages/cms-inserted.html');
    try {
      const target = widget(page);
      await target.getByLabel('Where are you right now?').waitFor();
      await chooseRegion(target, 'Montana');
      await target.getByRole('button', { name: 'Continue' }).click();
      await target.getByRole('link', { name: 'Sign in' }).waitFor();
      assert.equal(urls.filter((url) => url.includes('/dist/dexcare-virtual-visit.js')).length, 1);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});
