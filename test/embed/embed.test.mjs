/**
 * Host pages the widget must survive, in Chromium: each page in test/embed/pages/ uses only the published
 * snippet and the built file (/dist/dexcare-virtual-visit.js), served by a tiny static server on one
 * port while the sandbox API runs on another (cross-origin, as in production). Every page signs in
 * through the sandbox's POST /sandbox/sign-in, as a host's own sign-in would, and books a visit.
 *
 * Builds nothing: `npm run build` first (CI does). Run: node --test test/embed/embed.test.mjs
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { browser, control, sandbox, server, useEmbedHarness } from './harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ACME = '0cee700e-f4c1-4459-b390-263e4ded436c';
const BEACON = '5b0f4f9e-2f7a-4c1e-9a55-0d7d3c1f6a10';
const DESKTOP = { width: 1280, height: 900 };

useEmbedHarness([
  ['dist/dexcare-virtual-visit.js', 'the host pages load the built bundle'],
  ['lib/index.js', 'the React example imports the package build'],
]);

/**
 * A fresh browser context on `path`, recording everything that went wrong: uncaught errors, console
 * errors and warnings, and Content-Security-Policy violations (listened for before any page script).
 */
async function openPage(path, { viewport = DESKTOP } = {}) {
  const context = await browser.newContext({ viewport });
  context.setDefaultTimeout(10_000);
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`),
    );
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // The widget's own configuration hints ("<dexcare-virtual-visit>: …") are for the integrator, not failures.
    const text = message.text();
    if (text.startsWith('<dexcare-virtual-visit>')) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${text}`);
  });
  page.on('requestfailed', (request) => {
    // A page that navigates away aborts what is still loading; anything else is a problem.
    if (!request.failure()?.errorText.includes('ERR_ABORTED')) problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  await page.goto(`${server.url}${path}`);
  return {
    page,
    problems,
    violations: () => page.evaluate(() => window.__violations),
    close: () => context.close(),
  };
}

const ready = (page) => page.waitForFunction(() => window.embed?.ready === true);

/** The recorded events of one widget (see pages/host.js). */
const eventsOf = (page, widgetId, type) =>
  page.evaluate(([id, wanted]) => window.embed.events.filter((event) => event.widget === id && event.type === wanted), [widgetId, type]);

async function chooseRegion(widget, region) {
  await widget.getByLabel('Where are you right now?').selectOption({ label: region });
  await widget.getByText('Open now').waitFor();
}

async function openForm(widget) {
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByLabel('Reason for visit').waitFor();
}

async function fillAndRequest(widget) {
  await widget.getByLabel('Reason for visit').fill('Sore throat and fever since Monday');
  await widget.getByRole('radio', { name: 'Coupon code' }).check();
  await widget.getByLabel('Coupon or service key').fill('SANDBOX-FREE');
  await widget.getByRole('checkbox', { name: 'I accept the terms of service' }).check();
  await widget.getByRole('button', { name: 'Request visit' }).click();
}

/** The whole flow a patient takes: where, open?, the form, coupon, terms, request. */
async function bookVisit(widget, region = 'Montana') {
  await chooseRegion(widget, region);
  await openForm(widget);
  await fillAndRequest(widget);
  await widget.getByText('Your visit is requested').waitFor();
}

async function expectVisitCreated(page, widgetId, practiceId) {
  await page.waitForFunction((id) => window.embed.events.some((event) => event.widget === id && event.type === 'visit-created'), widgetId);
  const [created] = await eventsOf(page, widgetId, 'visit-created');
  assert.match(created.detail.visitId, /\S/);
  const visits = await control('GET', '/sandbox/visits');
  assert.ok(
    visits.some((visit) => visit.practiceId === practiceId),
    `the sandbox received no visit for practice ${practiceId}`,
  );
  return created.detail;
}

/**
 * What the widget looks like, independent of where it sits on the page: its size, and for every
 * rendered element inside it (through the shadow roots) its box relative to the widget and the
 * computed styles that make its look.
 */
function widgetLook(selector) {
  const STYLES = [
    'display', 'box-sizing', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height',
    'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'text-indent', 'text-shadow',
    'white-space', 'color', 'background-color', 'border-top-width', 'border-top-style', 'padding-top',
    'padding-left', 'margin-top', 'visibility', 'cursor',
  ];
  const host = document.querySelector(selector);
  const origin = host.getBoundingClientRect();
  const round = (value) => Math.round(value * 2) / 2;
  const elements = [];
  const walk = (rootNode) => {
    for (const element of rootNode.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && element.localName !== 'style') {
        const style = getComputedStyle(element);
        elements.push({
          element: `${element.localName}${element.id ? `#${element.id}` : ''}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}`,
          box: [round(box.x - origin.x), round(box.y - origin.y), round(box.width), round(box.height)].join(' '),
          ...Object.fromEntries(STYLES.map((name) => [name, style.getPropertyValue(name)])),
        });
      }
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(host.shadowRoot);
  return { size: `${round(origin.width)} × ${round(origin.height)}`, elements };
}

/** Asserts two looks are the same, naming the first few differences. */
function assertSameLook(actual, expected, when) {
  const differences = [];
  if (actual.size !== expected.size) differences.push(`widget size ${actual.size}, plain page ${expected.size}`);
  if (actual.elements.length !== expected.elements.length) {
    differences.push(`${actual.elements.length} elements rendered, plain page ${expected.elements.length}`);
  }
  actual.elements.forEach((element, index) => {
    const reference = expected.elements[index] ?? {};
    for (const [key, value] of Object.entries(element)) {
      if (reference[key] !== value) differences.push(`${element.element} ${key}: "${value}", plain page "${reference[key]}"`);
    }
  });
  assert.deepEqual(differences.slice(0, 12), [], `${when}: the widget looks different on the hostile page`);
}

describe('host pages', { timeout: 120_000 }, () => {
  it('a CMS page with hostile global CSS: the widget looks the same as on a plain page, and books', async () => {
    const plain = await openPage('/pages/plain.html');
    const hostile = await openPage('/pages/hostile.html');
    try {
      const both = [plain, hostile];
      await Promise.all(both.map(({ page }) => ready(page)));
      const widgets = both.map(({ page }) => page.locator('dexcare-virtual-visit'));
      const compare = async (when) => {
        const [reference, actual] = await Promise.all(both.map(({ page }) => page.evaluate(widgetLook, 'dexcare-virtual-visit')));
        assertSameLook(actual, reference, when);
      };

      await Promise.all(widgets.map((widget) => widget.getByLabel('Where are you right now?').waitFor()));
      await compare('the region step');
      for (const widget of widgets) await chooseRegion(widget, 'Montana');
      await compare('Montana chosen, open');
      for (const widget of widgets) await openForm(widget);
      await compare('the visit form');
      for (const widget of widgets) await widget.getByRole('button', { name: 'Request visit' }).click();
      await Promise.all(widgets.map((widget) => widget.getByText(/There are \d+ problems to fix/).waitFor()));
      await compare('the error summary after an empty submit');

      await fillAndRequest(widgets[1]);
      await widgets[1].getByText('Your visit is requested').waitFor();
      await expectVisitCreated(hostile.page, 'acme', ACME);
      assert.deepEqual(hostile.problems, []);
    } finally {
      await plain.close();
      await hostile.close();
    }
  });

  it('a strict Content-Security-Policy with Trusted Types: no violation, and the flow completes', async () => {
    const csp = await openPage('/pages/csp.html');
    try {
      const response = await csp.page.request.get(`${server.url}/pages/csp.html`);
      assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'; trusted-types lit-html/);
      await ready(csp.page);
      await bookVisit(csp.page.locator('#acme'));
      await expectVisitCreated(csp.page, 'acme', ACME);
      assert.deepEqual(await csp.violations(), []);
      assert.deepEqual(csp.problems, []);
    } finally {
      await csp.close();
    }
  });

  it('two practices on one page, the script included twice, then another copy: each widget books its own', async () => {
    const { page, problems, close } = await openPage('/pages/two-practices.html');
    try {
      await ready(page);
      const acme = page.locator('#acme');
      const beacon = page.locator('#beacon');
      await acme.getByLabel('Where are you right now?').waitFor();
      await beacon.getByLabel('Where are you right now?').waitFor();
      assert.ok((await beacon.getByRole('option').allTextContents()).includes('Utah'), 'Beacon offers Utah');
      assert.ok(!(await acme.getByRole('option').allTextContents()).includes('Utah'), 'Acme does not offer Utah');

      await chooseRegion(acme, 'Montana');
      // A third team loads the bundle again, and an independent copy: nothing breaks, nothing is redefined.
      await page.evaluate(() => window.loadAnotherCopy());
      const sameDefinition = await page.evaluate(
        () => customElements.get('dexcare-virtual-visit') === document.querySelector('#acme').constructor,
      );
      assert.ok(sameDefinition, 'the first definition stays');

      await openForm(acme);
      await bookVisit(beacon, 'Utah');
      await fillAndRequest(acme);
      await acme.getByText('Your visit is requested').waitFor();

      const acmeVisit = await expectVisitCreated(page, 'acme', ACME);
      const beaconVisit = await expectVisitCreated(page, 'beacon', BEACON);
      assert.match(acmeVisit.waitingRoomUrl, /brand=acme$/);
      assert.match(beaconVisit.waitingRoomUrl, /brand=beacon$/);
      assert.equal((await eventsOf(page, 'acme', 'visit-created')).length, 1, 'one event per widget, not one per script');
      assert.equal((await eventsOf(page, 'beacon', 'visit-created')).length, 1);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('added after load by another script, removed, added again (same element, then a new one): works each time', async () => {
    const { page, problems, close } = await openPage('/pages/dynamic.html');
    try {
      await ready(page);
      let widget = page.locator('dexcare-virtual-visit');
      await chooseRegion(widget, 'Montana');
      await page.getByRole('button', { name: 'Hide the booking' }).click();
      assert.equal(await page.locator('dexcare-virtual-visit').count(), 0);
      await page.getByRole('button', { name: 'Show the booking', exact: true }).click();
      // Back with its state: the region is still chosen and the clinic still open.
      await widget.getByText('Open now').waitFor();
      await openForm(widget);
      await fillAndRequest(widget);
      await widget.getByText('Your visit is requested').waitFor();
      await expectVisitCreated(page, 'widget-1', ACME);

      // A new element, taken out while it is still loading, then put back: it loads again.
      await control('PUT', '/sandbox/faults', { faults: [{ method: 'GET', path: '/DexCare/practices/', latencyMs: 400, times: 1 }] });
      await page.getByRole('button', { name: 'Show a new booking' }).click();
      await page.getByRole('button', { name: 'Hide the booking' }).click();
      await page.getByRole('button', { name: 'Show the booking', exact: true }).click();
      widget = page.locator('#widget-2');
      await bookVisit(widget);
      await expectVisitCreated(page, 'widget-2', ACME);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it("the README's plain-HTML example, served from another origin than the API: region-code preselects, it books and goes to the waiting room", async () => {
    const { page, problems, close } = await openPage('/examples/plain-html/');
    try {
      const widget = page.locator('dexcare-virtual-visit');
      assert.notEqual(new URL(server.url).origin, new URL(sandbox.url).origin);
      // region-code="MT": Montana is chosen without the patient doing anything.
      await widget.getByText('Open now').waitFor();
      assert.equal(await widget.getByLabel('Where are you right now?').inputValue(), await montanaId());
      await openForm(widget);
      await fillAndRequest(widget);
      await page.waitForURL(new RegExp(`^${sandbox.url}/DexCare/visit/.+\\?brand=acme$`));
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('the React 19 example: the @dexcare/virtual-visit/react component, properties as props, onVisitCreated', async () => {
    const { page, problems, close } = await openPage(`/examples/react/?api=${encodeURIComponent(`${sandbox.url}/`)}`);
    try {
      const widget = page.locator('dexcare-virtual-visit');
      await widget.getByLabel('Where are you right now?').waitFor();
      // React 19 set the patient as a property: the form is prefilled.
      await chooseRegion(widget, 'Montana');
      await openForm(widget);
      assert.equal(await widget.getByLabel('Phone').inputValue(), '555-222-3334');
      await fillAndRequest(widget);
      await page.getByRole('status').filter({ hasText: /^Visit .+ requested/ }).waitFor();
      const [visit] = await control('GET', '/sandbox/visits');
      assert.equal(visit.practiceId, ACME);
      assert.ok((await page.getByRole('status').textContent()).includes(visit.visitId ?? ''), 'the app shows the visit id');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});

describe('the visit form, loaded when a state is picked', { timeout: 60_000 }, () => {
  // A retry after a failed fetch carries ?retry=N (the browser remembers a failed module): match it too.
  const FORM_CHUNK = /\/dist\/chunks\/details-step-[\w-]+\.js(\?retry=\d+)?$/;

  it('a page where nobody picks a state never fetches it; picking one fetches it while the wait time loads', async () => {
    const { page, problems, close } = await openPage('/pages/plain.html');
    const fetched = [];
    page.on('request', (request) => {
      if (FORM_CHUNK.test(new URL(request.url()).pathname)) fetched.push(request.url());
    });
    try {
      await ready(page);
      const widget = page.locator('#acme');
      await widget.getByLabel('Where are you right now?').waitFor();
      await page.waitForTimeout(300);
      assert.deepEqual(fetched, [], 'the form is not fetched before a state is picked');

      await widget.getByLabel('Where are you right now?').selectOption({ label: 'Montana' });
      await widget.getByText('Open now').waitFor();
      assert.equal(fetched.length, 1, 'fetched once the state is picked, before Continue');
      await openForm(widget);
      await fillAndRequest(widget);
      await widget.getByText('Your visit is requested').waitFor();
      await expectVisitCreated(page, 'acme', ACME);
      assert.equal(fetched.length, 1, 'fetched once');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('Continue while it loads, then another state: the widget stays with that state; a fetch that hangs ends in words', async () => {
    const { page, close } = await openPage('/pages/plain.html');
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(FORM_CHUNK, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await ready(page);
      const widget = page.locator('#acme');
      await page.evaluate(() => (document.querySelector('#acme').requestTimeout = 1500));
      await chooseRegion(widget, 'Montana');
      const continueButton = widget.getByRole('button', { name: 'Continue' });
      await continueButton.click();
      await widget.getByRole('status').getByText('Loading the visit form…').waitFor();
      assert.equal(await continueButton.getAttribute('aria-disabled'), 'true');
      await widget.getByLabel('Where are you right now?').selectOption({ label: 'Other (not listed)' });
      await widget.getByText('Sorry, you are outside our service area').waitFor();

      // Nothing arrives: after requestTimeout the patient reads why, and can try again.
      await widget.getByLabel('Where are you right now?').selectOption({ label: 'Montana' });
      await widget.getByText('Open now').waitFor();
      await widget.getByRole('alert').getByText('The visit form could not be loaded').waitFor({ timeout: 5000 });
      release();
      await openForm(widget);
      assert.equal(await widget.getByRole('heading', { level: 2 }).textContent(), 'Your visit');
    } finally {
      release();
      await close();
    }
  });

  it('when it cannot be fetched: Continue says so and keeps the choice; Continue again fetches it afresh', async () => {
    const { page, close } = await openPage('/pages/plain.html');
    let failing = true;
    await page.route(FORM_CHUNK, (route) => (failing ? route.abort('connectionfailed') : route.continue()));
    try {
      await ready(page);
      const widget = page.locator('#acme');
      await chooseRegion(widget, 'Montana');
      await widget.getByRole('button', { name: 'Continue' }).click();
      await widget.getByRole('alert').getByText('The visit form could not be loaded').waitFor();
      assert.equal(await widget.getByLabel('Where are you right now?').inputValue(), await widget.getByRole('option', { name: 'Montana' }).getAttribute('value'));
      const errors = await eventsOf(page, 'acme', 'visit-error');
      assert.deepEqual(errors.map((event) => event.detail.kind), ['network']);

      failing = false;
      await openForm(widget);
      await fillAndRequest(widget);
      await widget.getByText('Your visit is requested').waitFor();
      await expectVisitCreated(page, 'acme', ACME);
    } finally {
      await close();
    }
  });
});

describe('one copy of the bundle, however the page loads it', { timeout: 60_000 }, () => {
  it('loaded with a query string, Spanish, under the strict policy: the form comes from the same copy, in Spanish', async () => {
    const { page, problems, violations, close } = await openPage('/pages/query-string.html');
    const bundleRequests = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/dist/dexcare-virtual-visit.js') bundleRequests.push(request.url());
    });
    try {
      await ready(page);
      const widget = page.locator('#acme');
      await widget.getByLabel('¿Dónde se encuentra en este momento?').selectOption({ label: 'Montana' });
      await widget.getByText('Abierta ahora').waitFor();
      await widget.getByRole('button', { name: 'Continuar' }).click();
      await widget.getByLabel('Motivo de la consulta').fill('Dolor de garganta');
      await widget.getByRole('radio', { name: 'Código de cupón' }).check();
      await widget.getByLabel('Cupón o clave de servicio').fill('SANDBOX-FREE');
      await widget.getByRole('checkbox', { name: 'Acepto los términos del servicio' }).check();
      await widget.getByRole('button', { name: 'Solicitar consulta' }).click();
      await widget.getByText('Su consulta fue solicitada').waitFor();
      await expectVisitCreated(page, 'acme', ACME);
      assert.deepEqual(bundleRequests, [], 'the chunks imported the bundle again under its plain URL');
      assert.deepEqual(await violations(), []);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});

describe('a widget removed while its visit is requested', { timeout: 60_000 }, () => {
  it('the visit is still created, but the page does not navigate away', async () => {
    const { page, close } = await openPage('/pages/plain.html');
    try {
      await ready(page);
      const widget = page.locator('#acme');
      await page.evaluate(() => (document.querySelector('#acme').dataset.navigate = ''));
      await chooseRegion(widget, 'Montana');
      await openForm(widget);
      await control('PUT', '/sandbox/faults', { faults: [{ method: 'POST', path: '/visits', latencyMs: 500, times: 1 }] });
      await fillAndRequest(widget);
      await widget.getByText('Requesting your visit…').waitFor();
      const before = page.url();
      await page.evaluate(() => document.querySelector('#acme').remove());
      await page.waitForFunction(() => window.embed.events.some((event) => event.type === 'visit-created'));
      await page.waitForTimeout(500);
      assert.equal(page.url(), before);
      assert.equal((await control('GET', '/sandbox/visits')).length, 1);
    } finally {
      await control('DELETE', '/sandbox/faults');
      await close();
    }
  });

  it('a host that removes the widget in its own visit-created listener, without preventDefault: the patient still goes', async () => {
    const { page, close } = await openPage('/pages/plain.html');
    try {
      await ready(page);
      const widget = page.locator('#acme');
      await page.evaluate(() => {
        const element = document.querySelector('#acme');
        element.dataset.navigate = '';
        element.addEventListener('visit-created', () => element.remove());
      });
      await bookVisitUntilRequested(widget);
      await page.waitForURL(/\/DexCare\/visit\/[^/?]+\?brand=acme$/, { timeout: 10_000 });
    } finally {
      await close();
    }
  });
});

async function bookVisitUntilRequested(widget) {
  await chooseRegion(widget, 'Montana');
  await openForm(widget);
  await fillAndRequest(widget);
}

describe('layout', { timeout: 60_000 }, () => {
  it('fills a 320 px screen without overflowing, and stays a column on a desktop', async () => {
    for (const viewport of [{ width: 320, height: 800 }, DESKTOP]) {
      const { page, problems, close } = await openPage('/pages/plain.html', { viewport });
      try {
        await ready(page);
        const widget = page.locator('dexcare-virtual-visit');
        await chooseRegion(widget, 'Montana');
        await openForm(widget);
        const layout = await page.evaluate(() => {
          const host = document.querySelector('dexcare-virtual-visit');
          const box = host.getBoundingClientRect();
          const overflowing = [];
          const walk = (rootNode) => {
            for (const element of rootNode.querySelectorAll('*')) {
              const rect = element.getBoundingClientRect();
              if (rect.width > 0 && (rect.left < box.left - 0.5 || rect.right > box.right + 0.5)) overflowing.push(element.localName + (element.id ? `#${element.id}` : ''));
              if (element.shadowRoot) walk(element.shadowRoot);
            }
          };
          walk(host.shadowRoot);
          const form = host.shadowRoot.querySelector('dexcare-visit-form').shadowRoot;
          const buttons = [...form.querySelectorAll('.actions button')].map((button) => button.getBoundingClientRect());
          return {
            width: box.width,
            pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
            overflowing,
            buttonsSideBySide: buttons.length === 2 && Math.abs(buttons[0].top - buttons[1].top) < 1,
            buttonWidths: buttons.map((button) => Math.round(button.width)),
          };
        });
        assert.deepEqual(layout.overflowing, [], `${viewport.width} px: elements wider than the widget`);
        assert.equal(layout.pageScrolls, false, `${viewport.width} px: the page scrolls sideways`);
        if (viewport.width === 320) {
          assert.equal(layout.width, 320 - 16, 'fills the body (320 px less its margins)');
          assert.equal(layout.buttonsSideBySide, false, 'buttons stack on a phone');
          assert.ok(layout.buttonWidths.every((width) => width > 250), `full-width buttons on a phone: ${layout.buttonWidths}`);
        } else {
          assert.equal(layout.width, 640, 'a 40em column on a desktop');
          assert.equal(layout.buttonsSideBySide, true, 'buttons side by side on a desktop');
        }
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    }
  });

  it('shows a skeleton of the final size while loading: nothing below the widget moves', async () => {
    // Slow answers, so every loading face is on screen for a while.
    await control('PUT', '/sandbox/faults', {
      faults: [
        { method: 'GET', path: '/DexCare/practices/', latencyMs: 800 },
        { method: 'GET', path: '/availability', latencyMs: 800 },
        { method: 'GET', path: '/waittime', latencyMs: 800 },
      ],
    });
    // reserved.html is plain.html plus the README's tip that reserves the first height before the script loads.
    const { page, problems, close } = await openPage('/pages/reserved.html');
    try {
      await page.evaluate(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__shifts.push({ at: Math.round(entry.startTime), value: entry.value, hadRecentInput: entry.hadRecentInput, sources: entry.sources.map((source) => `${source.node?.nodeName ?? "?"}.${source.node?.className ?? ""} ${source.previousRect.y}→${source.currentRect.y} h ${source.previousRect.height}→${source.currentRect.height}`) });
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const below = page.locator('#below');
      const widget = page.locator('dexcare-virtual-visit');
      const positions = [(await below.boundingBox()).y];
      await widget.locator('[aria-busy="true"]').first().waitFor();
      positions.push((await below.boundingBox()).y);
      await widget.getByLabel('Where are you right now?').waitFor();
      positions.push((await below.boundingBox()).y);
      assert.deepEqual(positions, [positions[0], positions[0], positions[0]], 'before the script, while loading, loaded: the page below stays');

      // The clinic's answer takes its place too: "Continue" appears where room was kept for it. (By
      // keyboard, as a patient's real input: the page may move right after input, not later.)
      await widget.getByLabel('Where are you right now?').focus();
      await page.keyboard.press('m'); // Montana
      await widget.getByText('Checking if the virtual clinic is open').waitFor({ state: 'attached' });
      const whileChecking = (await below.boundingBox()).y;
      await widget.getByRole('button', { name: 'Continue' }).waitFor();
      assert.equal((await below.boundingBox()).y, whileChecking, 'the open clinic with its button takes the room kept for it');

      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      const shifts = await page.evaluate(() => window.__shifts);
      const unexpected = shifts.filter((shift) => !shift.hadRecentInput);
      assert.deepEqual(unexpected, [], 'layout shifts without input (Cumulative Layout Shift)');
      assert.deepEqual(problems, []);
    } finally {
      await close();
      await control('DELETE', '/sandbox/faults');
    }
  });
});

async function montanaId() {
  const practice = await fetch(`${sandbox.url}/api/8/DexCare/practices/${ACME}`).then((response) => response.json());
  return practice.practiceRegions.find((region) => region.displayName === 'Montana').id;
}

describe('README', () => {
  it('shows the tested examples word for word', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    for (const example of ['examples/plain-html/index.html', 'examples/react/VisitBooking.tsx']) {
      assert.ok(readme.includes(readFileSync(`${root}${example}`, 'utf8').trim()), `README.md does not show ${example} as it is`);
    }
  });
});
