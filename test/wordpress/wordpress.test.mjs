/**
 * The WordPress plugin in a real WordPress 6.1 (Debian's packages; site.mjs): the zip goes in through
 * the plugin uploader, an administrator saves the defaults on the settings page, an author (who may
 * not post unfiltered HTML, on a site with DISALLOW_UNFILTERED_HTML) publishes posts with the
 * shortcode and with the block through the REST API, and a patient books a visit from each, signing
 * in on the sandbox (the health system's site) through session-url and sign-in-url.
 *
 * Needs the built zip: `npm run test:wordpress` makes it (after `npm run build`).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startSandbox } from '../../scripts/start-sandbox.mjs';
import { controlAt, launchChromium, openContext } from '../embed/harness.mjs';
import { chooseRegion, fillAndRequest } from '../embed/patient-steps.mjs';
import { startWordPress } from './site.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ZIP = join(root, 'wordpress/build/dexcare-virtual-visit.zip');
const ACME = '0cee700e-f4c1-4459-b390-263e4ded436c';
const SNIPPET_WITH_SCRIPT = `<script type="module" src="https://cdn.example.org/dexcare-virtual-visit.js"></script>
<dexcare-virtual-visit practice-id="${ACME}" brand="acme"></dexcare-virtual-visit>`;

let sandbox;
let site;
let browser;

if (!existsSync(ZIP)) throw new Error(`${ZIP} is missing: run \`npm run build:wordpress\` (npm run test:wordpress does).`);

before(async () => {
  [sandbox, site] = await Promise.all([startSandbox(), startWordPress()]);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  sandbox?.stop();
});

const control = (method, path, body) => controlAt(sandbox.url, method, path, body);

/** The WordPress REST API as the author, with an application password. */
async function asAuthor(method, route, body) {
  const response = await fetch(`${site.url}/?rest_route=${encodeURIComponent(route)}`, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${site.author}:${site.authorAppPassword}`).toString('base64')}`,
      'Content-Type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  assert.ok(response.ok, `${method} ${route}: HTTP ${response.status} ${JSON.stringify(json)}`);
  return json;
}

const publish = (title, content) => asAuthor('POST', '/wp/v2/posts', { title, content, status: 'publish' });
const pageHtml = async (url) => (await fetch(url)).text();

const newPage = () => openContext(browser, { viewport: { width: 1280, height: 900 }, timeout: 15_000 });

/** A browser signed in to wp-admin as the administrator. */
async function asAdmin() {
  const opened = await newPage();
  await opened.page.goto(`${site.url}/wp-login.php`);
  await opened.page.getByLabel('Username or Email Address').fill('admin');
  await opened.page.getByLabel('Password', { exact: true }).fill(site.adminPassword);
  await opened.page.getByRole('button', { name: 'Log In' }).click();
  // Signed in once the redirect reaches wp-admin; the dashboard's own load (slow on a busy machine: one CI
  // run passed 15 s) is not waited for, since every caller goes on to its own page.
  await opened.page.waitForURL(/\/wp-admin\//, { waitUntil: 'commit' });
  return opened;
}

/** A patient on `url`: picks Montana, signs in on the sandbox's page, comes back, and books. */
async function bookFrom(url) {
  const { page, context, problems } = await newPage();
  try {
    await page.goto(url);
    const widget = page.locator('dexcare-virtual-visit');
    await chooseRegion(widget, 'Montana');
    await widget.getByRole('button', { name: 'Continue' }).click();
    await widget.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign in as the demo patient' }).click();
    await page.waitForURL(url);
    await widget.getByLabel('Reason for visit').waitFor();
    await fillAndRequest(widget);
    await page.waitForURL(/\/DexCare\/visit\/[^/?]+\?brand=acme$/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
}

describe('the WordPress plugin, in a real WordPress', { timeout: 180_000 }, () => {
  let shortcodePost;

  it('every PHP file passes php -l', async () => {
    const files = [];
    const walk = (dir) => readdirSync(dir, { withFileTypes: true }).forEach((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.php') && files.push(join(dir, entry.name))));
    walk(join(root, 'wordpress/dexcare-virtual-visit'));
    assert.ok(files.length >= 5);
    for (const file of files) await promisify(execFile)('php', ['-l', file]);
  });

  it('the site is as the issue found it: an author may not post unfiltered HTML, and a pasted snippet is stripped', async () => {
    assert.match(site.version, /^6\.1/);
    assert.equal(site.authorCanUnfilteredHtml, false);
    const post = await publish('Pasted', SNIPPET_WITH_SCRIPT);
    const html = await pageHtml(post.link);
    assert.ok(!html.includes('<dexcare-virtual-visit'), 'the element was stripped');
    assert.ok(!html.includes('cdn.example.org'), 'the script tag was stripped');
  });

  it('the zip installs through the plugin uploader and activates', async () => {
    const { page, context } = await asAdmin();
    try {
      await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
      await page.locator('#pluginzip').setInputFiles(ZIP);
      await page.getByRole('button', { name: 'Install Now' }).click();
      await page.getByText('Plugin installed successfully.').waitFor({ timeout: 30_000 });
      await page.getByRole('link', { name: 'Activate Plugin' }).click();
      await page.getByText('Plugin activated.').waitFor();
      await page.getByRole('row', { name: /DexCare virtual visit/ }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('before any settings: editors get a notice where the widget goes, visitors nothing, and no script loads', async () => {
    shortcodePost = await publish('See a clinician online', '<!-- wp:shortcode -->[dexcare_virtual_visit]<!-- /wp:shortcode -->');
    const html = await pageHtml(shortcodePost.link);
    assert.ok(!html.includes('<dexcare-virtual-visit'), 'no element without a practice');
    assert.ok(!html.includes('dexcare-vv-notice'), 'no notice for visitors');
    assert.ok(!html.includes('dist/dexcare-virtual-visit.js'), 'no script for visitors');
    const { page, context } = await asAdmin();
    try {
      await page.goto(shortcodePost.link);
      await page.getByText('set a practice ID and a brand in Settings').waitFor();
    } finally {
      await context.close();
    }
  });

  it('the settings page saves the defaults, keeps {returnUrl}, and refuses a secret Stripe key', async () => {
    const { page, context } = await asAdmin();
    try {
      await page.goto(`${site.url}/wp-admin/options-general.php?page=dexcare-virtual-visit`);
      await page.getByLabel('Practice ID').fill(ACME);
      await page.getByLabel('Brand').fill('acme');
      await page.getByLabel('API base URL').fill(`${sandbox.url}/`);
      await page.getByLabel('Session URL').fill(`${sandbox.url}/sandbox/session`);
      await page.getByLabel('Sign-in URL').fill(`${sandbox.url}/sandbox/sign-in?returnUrl={returnUrl}`);
      await page.getByLabel('Stripe publishable key').fill('sk_live_51ABCDEFGHIJKLMNOP');
      await page.getByLabel('Fallback text').fill('Call (555) 010-0000 <b>now</b>');
      await page.getByLabel('Theme colour').fill('#7a1f5c');
      await page.getByRole('button', { name: 'Save Changes' }).click();
      await page.getByText('Stripe publishable key was not saved').waitFor();
      assert.equal(await page.getByLabel('Sign-in URL').inputValue(), `${sandbox.url}/sandbox/sign-in?returnUrl={returnUrl}`);
      assert.equal(await page.getByLabel('Practice ID').inputValue(), ACME);
      assert.equal(await page.getByLabel('Stripe publishable key').inputValue(), '', 'the secret key was not kept');
      assert.equal(await page.getByLabel('Fallback text').inputValue(), 'Call (555) 010-0000 now');
    } finally {
      await context.close();
    }
  });

  it('the shortcode renders the element from the settings, with the fallback in the unavailable slot, and one script however many widgets', async () => {
    const twice = await publish('Two widgets', '[dexcare_virtual_visit]\n\n[dexcare_virtual_visit locale="es" region-code="mt" api-base-url="javascript:alert(1)" onclick="alert(1)"]');
    const html = await pageHtml(twice.link);
    const elements = html.match(/<dexcare-virtual-visit[^>]*>/g) ?? [];
    assert.equal(elements.length, 2, html);
    assert.ok(elements[0].includes(`practice-id="${ACME}"`) && elements[0].includes('brand="acme"'));
    assert.ok(elements[0].includes(`sign-in-url="${sandbox.url}/sandbox/sign-in?returnUrl={returnUrl}"`), elements[0]);
    assert.ok(elements[1].includes('locale="es"') && elements[1].includes('region-code="MT"'), elements[1]);
    assert.ok(elements[1].includes(`api-base-url="${sandbox.url}/"`), 'a bad URL falls back to the setting');
    assert.ok(!/onclick|javascript:/.test(elements.join(' ')), 'unknown attributes and bad URLs are dropped');
    assert.equal(html.match(/dist\/dexcare-virtual-visit\.js/g)?.length, 1, 'one script tag');
    assert.ok(html.includes('<p slot="unavailable">Call (555) 010-0000 now</p>'));
    assert.ok(elements[0].includes('style="--dexcare-primary: #7a1f5c"'), 'the theme colour');
    const plain = await publish('No widget here', 'Opening hours and directions.');
    assert.ok(!(await pageHtml(plain.link)).includes('dexcare-virtual-visit.js'), 'no script on a page without the widget');
  });

  it('a patient books from the author\'s shortcode post', async () => {
    await control('POST', '/sandbox/reset');
    await bookFrom(shortcodePost.link);
    const visits = await control('GET', '/sandbox/visits');
    assert.equal(visits.length, 1);
    assert.equal(visits[0].practiceId, ACME);
  });

  it('a patient books from the author\'s block post', async () => {
    await control('POST', '/sandbox/reset');
    const post = await publish('The block', '<!-- wp:dexcare/virtual-visit {"locale":"en"} /-->');
    assert.ok((await pageHtml(post.link)).includes('<dexcare-virtual-visit'), 'the block renders the element');
    await bookFrom(post.link);
    assert.equal((await control('GET', '/sandbox/visits')).length, 1);
  });

  it('the block is in the editor, with its settings in the sidebar and a live preview', async () => {
    const { page, context } = await asAdmin();
    try {
      await page.goto(`${site.url}/wp-admin/post-new.php`);
      await page.waitForFunction(() => window.wp?.blocks?.getBlockType('dexcare/virtual-visit'));
      await page.evaluate(() => {
        const block = window.wp.blocks.createBlock('dexcare/virtual-visit', { regionCode: 'MT' });
        window.wp.data.dispatch('core/block-editor').insertBlocks(block);
        window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      });
      await page.locator('.editor-styles-wrapper dexcare-virtual-visit, .block-editor-block-list__layout dexcare-virtual-visit').first().waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Settings', exact: true }).first().waitFor();
      const sidebar = page.locator('.interface-complementary-area');
      if (!(await sidebar.isVisible())) await page.getByRole('button', { name: 'Settings', exact: true }).first().click();
      await sidebar.getByLabel('State code').waitFor();
      assert.equal(await sidebar.getByLabel('State code').inputValue(), 'MT');
      const states = page.locator('dexcare-virtual-visit').first().getByLabel('Where are you right now?');
      await page.waitForFunction(() => document.querySelector('dexcare-virtual-visit')?.getAttribute('region-code') === 'MT');
      assert.equal(await states.evaluate((select) => select.selectedOptions[0]?.textContent.trim()), 'Montana', 'the preview preselects the state');
    } finally {
      await context.close();
    }
  });
});
