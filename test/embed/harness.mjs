/**
 * What every embed test file shares: the sandbox API on one port, the static host-page server on
 * another (cross-origin, as in production), one headless Chromium, and the sandbox's control routes.
 * `useEmbedHarness()` registers the hooks; `sandbox`, `server` and `browser` are live once `before` ran.
 */
import { after, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../scripts/chromium-path.mjs';
import { startSandbox } from '../../scripts/start-sandbox.mjs';
import { startEmbedServer } from './server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

export let sandbox;
export let server;
export let browser;

/**
 * `needs`: built files the tests load, each with why (checked first, with a clear message).
 * `sandboxArgs`: for the sandbox's command line (`--demo` also serves dist/ from the sandbox's origin).
 */
export function useEmbedHarness(needs = [['dist/dexcare-virtual-visit.js', 'the host pages load the built bundle']], { sandboxArgs = [] } = {}) {
  for (const [file, why] of needs) {
    if (!existsSync(`${root}${file}`)) throw new Error(`${file} is missing (${why}): run \`npm run build\` before the embed tests.`);
  }
  before(async () => {
    sandbox = await startSandbox(sandboxArgs);
    server = await startEmbedServer({ sandboxUrl: sandbox.url });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    sandbox?.stop();
  });
  beforeEach(() => control('POST', '/sandbox/reset'));
}

/** Headless Debian Chromium through Playwright, quiet on this machine's closed network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/**
 * Every uncaught error and console error `page` shows, as they come. The browser's own line for a
 * signed-out session's 401 is left out: that is how session-url says "signed out".
 */
function collectProblems(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    const signedOut = message.location().url.endsWith('/sandbox/session') && message.text().includes('401');
    if (message.type() === 'error' && !signedOut) problems.push(message.text());
  });
  return problems;
}

/** A fresh browser context (its own cookies) and page, its problems collected as they come. */
export async function openContext(chromiumBrowser, { viewport, timeout = 10_000 } = {}) {
  const context = await chromiumBrowser.newContext(viewport ? { viewport } : {});
  context.setDefaultTimeout(timeout);
  const page = await context.newPage();
  return { context, page, problems: collectProblems(page) };
}

/** A sandbox control route (`/sandbox/...`), JSON in and out; fails the test on a non-2xx. */
export const control = (method, path, body) => controlAt(sandbox.url, method, path, body);

/** `control` for a sandbox at `baseUrl` (one this harness did not start). */
export async function controlAt(baseUrl, method, path, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(response.ok, `${method} ${path}: HTTP ${response.status}`);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}
