/**
 * dist/embed.html in an iframe on another origin (the sandbox serves dist/ with --demo; the host page is
 * on the embed server): the settings from the query, the height and the public events posted to the
 * parent's origin, embed-resizer.js sizing the iframe, and the waiting room opened in the top window.
 *
 * Builds nothing: `npm run build` first (npm test does). Run: node --test test/embed/iframe.test.mjs
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browser, control, openContext, sandbox, server, useEmbedHarness } from './harness.mjs';
import { chooseRegion, fillAndRequest } from './patient-steps.mjs';

useEmbedHarness(
  [
    ['dist/embed.html', 'the iframe page'],
    ['dist/embed.js', 'the iframe page\'s script'],
    ['dist/embed-resizer.js', 'the parent page\'s resizer'],
  ],
  { sandboxArgs: ['--demo'] },
);

async function openParent({ signedIn = true } = {}) {
  const { context, page, problems } = await openContext(browser, { viewport: { width: 1024, height: 800 } });
  const parent = `${server.url}/pages/iframe.html`;
  if (signedIn) {
    // The health system's sign-in, at top level: its cookie then reaches session-url from the iframe (same site).
    await page.goto(`${sandbox.url}/sandbox/sign-in?returnUrl=${encodeURIComponent(parent)}`);
    await page.getByRole('button', { name: 'Sign in as the demo patient' }).click();
    await page.waitForURL(parent);
  } else {
    await page.goto(parent);
  }
  const frame = page.frameLocator('iframe[title="See a clinician online"]');
  const messages = () => page.evaluate(() => window.dexcareMessages);
  const iframeHeight = () => page.locator('iframe').evaluate((element) => element.getBoundingClientRect().height);
  return { page, context, frame, messages, iframeHeight, problems };
}

describe('dist/embed.html in an iframe', { timeout: 90_000 }, () => {
  it('resizes itself through embed-resizer.js, posts events to the parent\'s origin only, and lands the patient in the waiting room at top level', async () => {
    const { page, context, frame, messages, iframeHeight, problems } = await openParent();
    try {
      const widget = frame.locator('dexcare-virtual-visit');
      await chooseRegion(widget, 'Montana');
      const regionStepHeight = await iframeHeight();
      assert.ok(regionStepHeight > 250, `the iframe took the widget's height (${regionStepHeight}px)`);
      await widget.getByRole('button', { name: 'Continue' }).click();
      await widget.getByLabel('Reason for visit').waitFor();
      await page.waitForFunction((before) => document.querySelector('iframe').getBoundingClientRect().height > before + 200, regionStepHeight);

      const posted = await messages();
      assert.ok(posted.every((message) => message.origin === sandbox.url), 'every message from embed.html\'s origin');
      const selected = posted.find((message) => message.type === 'dexcare:region-selected');
      assert.deepEqual(Object.keys(selected.detail).sort(), ['outOfServiceArea', 'regionCode', 'regionId']);
      assert.ok(posted.some((message) => message.type === 'dexcare:availability-changed'));
      assert.ok(posted.some((message) => message.type === 'dexcare:resize' && message.height > 250));

      await fillAndRequest(widget);
      await page.waitForURL(/\/DexCare\/visit\/[^/?]+\?brand=acme$/, { timeout: 15_000 });
      assert.equal((await control('GET', '/sandbox/visits')).length, 1);
      const text = JSON.stringify(await page.evaluate(() => document.body.innerText));
      assert.ok(!text.includes('Lovelace'), 'the waiting room, not a page with the patient\'s data');
      assert.deepEqual(problems, [], 'no errors, no CSP violations');
    } finally {
      await context.close();
    }
  });

  it('refuses a token in the query and says why; with no practice it says what is missing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (message) => warnings.push(message.text()));
    try {
      await page.goto(`${sandbox.url}/dist/embed.html?brand=acme&access-token=abc123&colour=red`);
      await page.locator('dexcare-virtual-visit').waitFor({ state: 'attached' });
      const attributes = await page.locator('dexcare-virtual-visit').evaluate((element) => Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])));
      assert.equal(attributes.brand, 'acme');
      assert.ok(!('access-token' in attributes) && !('colour' in attributes), JSON.stringify(attributes));
      assert.ok(!Object.values(attributes).includes('abc123'));
      const said = warnings.join('\n');
      assert.match(said, /"access-token" is refused: never put a token/);
      assert.match(said, /"colour" is not a setting/);
      assert.match(said, /"practice-id" is missing/);
      assert.ok(!said.includes('abc123'), 'the refused value is not echoed');
    } finally {
      await context.close();
    }
  });

  it('embed-resizer.js ignores a resize message from a frame whose src is another origin', async () => {
    const { page, context, iframeHeight } = await openParent({ signedIn: false });
    try {
      await page.frameLocator('iframe').locator('dexcare-virtual-visit').getByLabel('Where are you right now?').waitFor();
      const before = await iframeHeight();
      // A message claiming to come from the page itself (its own window is not the iframe's).
      await page.evaluate(() => window.postMessage({ type: 'dexcare:resize', height: 5 }, '*'));
      await page.waitForTimeout(200);
      assert.equal(await iframeHeight(), before);
    } finally {
      await context.close();
    }
  });
});
