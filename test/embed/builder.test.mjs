/**
 * The snippet builder at /builder, served by the sandbox alone (as `npm run sandbox` does): labelled
 * settings, a live widget, three snippets with Copy buttons; each snippet, pasted into a blank page on
 * another origin, works as it is.
 *
 * Builds nothing: `npm run build` first (npm test does). Run: node --test test/embed/builder.test.mjs
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { browser, control, openContext, sandbox, server, useEmbedHarness } from './harness.mjs';
import { chooseRegion } from './patient-steps.mjs';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

useEmbedHarness([
  ['dist/dexcare-virtual-visit.js', 'the builder\'s live widget'],
  ['dist/embed.html', 'the iframe snippet'],
]);

async function openBuilder() {
  const { context, page, problems } = await openContext(browser, { viewport: { width: 1280, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sandbox.url });
  await page.goto(`${sandbox.url}/builder`);
  return { page, context, problems };
}

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`));
}

/**
 * `snippet` as the whole body of a blank page on the embed server's origin (not the sandbox's), written
 * by the parser as a pasted snippet is (document.write: its scripts run, as they would in the file).
 */
async function pasteIntoBlankPage(snippet) {
  const { context, page, problems } = await openContext(browser);
  await page.goto(`${server.url}/pages/blank.html`);
  await page.evaluate((body) => {
    document.open();
    document.write(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${body}\n</body></html>`);
    document.close();
  }, snippet);
  return { page, context, problems };
}

describe('the snippet builder', { timeout: 90_000 }, () => {
  it('labelled settings, a live widget that follows them, axe clean, and keyboard use', async () => {
    const { page, context, problems } = await openBuilder();
    try {
      for (const label of ['Practice ID', 'Brand', 'API base URL', 'Session URL', 'Sign-in URL', 'Language', 'Mode', 'Stripe publishable key', 'Primary colour', 'Corner radius', 'Font']) {
        await page.getByLabel(label, { exact: true }).waitFor();
      }
      const preview = page.locator('#preview dexcare-virtual-visit');
      await chooseRegion(preview, 'Montana');
      assert.deepEqual(await axeViolations(page), []);

      await page.getByLabel('Brand', { exact: true }).focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.getByText('Enter the brand DexCare gave you.').waitFor();
      assert.equal(await page.getByLabel('Brand', { exact: true }).getAttribute('aria-invalid'), 'true');
      assert.equal(await preview.count(), 0, 'no widget with a setting missing');
      await page.keyboard.type('acme');
      await preview.waitFor();

      await page.getByLabel('Stripe publishable key').fill('sk_live_abc');
      await page.getByText('That is a secret key').waitFor();
      await page.getByLabel('Stripe publishable key').fill('');

      await page.getByLabel('Mode').selectOption('dialog');
      await preview.getByRole('button', { name: 'See a clinician online' }).waitFor();
      await page.getByLabel('Corner radius').fill('2px');
      assert.match(await preview.getAttribute('style'), /--dexcare-radius: 2px/);
      assert.match(await page.getByLabel('Dialog launcher').inputValue(), /mode="dialog"[\s\S]*--dexcare-radius: 2px/);

      // Copy by keyboard: Tab to the button, Enter.
      await page.getByLabel('Script tag').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.locator('[data-snippet="script"] .copy-status').getByText('Copied.').waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.getByLabel('Script tag').inputValue());
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('each snippet works pasted into a blank page on another origin; the widget\'s practice request is the preload\'s', async () => {
    const { page, context } = await openBuilder();
    let texts;
    try {
      texts = {
        script: await page.getByLabel('Script tag').inputValue(),
        dialog: await page.getByLabel('Dialog launcher').inputValue(),
        iframe: await page.getByLabel('Iframe').inputValue(),
      };
    } finally {
      await context.close();
    }
    assert.match(texts.script, /<link rel="modulepreload"[\s\S]*<link rel="preconnect"[\s\S]*<link rel="preload" as="fetch" crossorigin[\s\S]*<script type="module"/);

    await control('POST', '/sandbox/reset');
    const script = await pasteIntoBlankPage(texts.script);
    try {
      await chooseRegion(script.page.locator('dexcare-virtual-visit'), 'Montana');
      const practiceRequests = (await control('GET', '/sandbox/requests')).filter((request) => request.method === 'GET' && /\/DexCare\/practices\//.test(request.path));
      assert.equal(practiceRequests.length, 1, 'the widget used the preloaded answer (else it asks a second time)');
      assert.deepEqual(script.problems, []);
    } finally {
      await script.context.close();
    }

    const dialog = await pasteIntoBlankPage(texts.dialog);
    try {
      const widget = dialog.page.locator('dexcare-virtual-visit');
      await widget.getByRole('button', { name: 'See a clinician online' }).click();
      await widget.getByRole('dialog').waitFor();
      await chooseRegion(widget, 'Montana');
      assert.deepEqual(dialog.problems, []);
    } finally {
      await dialog.context.close();
    }

    const iframe = await pasteIntoBlankPage(texts.iframe);
    try {
      const frame = iframe.page.frameLocator('iframe[title="See a clinician online"]');
      await chooseRegion(frame.locator('dexcare-virtual-visit'), 'Montana');
      await iframe.page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 250);
      assert.deepEqual(iframe.problems, []);
    } finally {
      await iframe.context.close();
    }
  });
});
