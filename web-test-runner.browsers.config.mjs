/**
 * The browser suite in Firefox ESR and WebKitGTK (issue 16). `npm run test:browsers` runs one engine after
 * the other: WTR_ENGINE=firefox (headless, Puppeteer over WebDriver BiDi), then WTR_ENGINE=webkit (MiniBrowser
 * through WebKitWebDriver, under xvfb-run: MiniBrowser has no headless switch). Chromium stays in
 * web-test-runner.config.mjs (`npm test`). Files, plugins, the sandbox and the test page are the base config's.
 *
 *   WTR_ENGINE=firefox npx wtr --config web-test-runner.browsers.config.mjs [--files …]
 *   WTR_ENGINE=webkit xvfb-run -a npx wtr --config web-test-runner.browsers.config.mjs [--files …]
 *
 * Tests that cannot run in an engine are listed in ENGINE_SKIPS below (one line of reason each); the test page
 * gets the list and test/helpers/engine.ts skips them, so the run reports them as skipped and counts them.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import base from './web-test-runner.config.mjs';
import { minibrowserPath } from './scripts/minibrowser-path.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = minibrowserPath();

// The reflow tests run there in a 320 px body instead (test/a11y/reflow.test.ts); the dialog's full screen is a media query.
const NARROW = "MiniBrowser's window is never narrower than 447 px (its toolbar), so no 320 px viewport (Chromium and Firefox run it)";

/**
 * Tests an engine cannot run, by full title ("suite test") or, for a suite whose `before` calls skipIfListed,
 * the suite's title; with why. Counted as skipped, never hidden.
 * @type {Record<'firefox' | 'webkit', Record<string, string>>}
 */
export const ENGINE_SKIPS = {
  firefox: {},
  webkit: {
    'mode="dialog" fills the whole screen on a 320 px phone': NARROW,
  },
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** The webdriver launcher with its own WebKitWebDriver: started when the run needs it, ended with our process. */
class WebKitLauncher extends WebdriverLauncher {
  async initialize(config, testFiles) {
    if (!existsSync(WEBKIT_DRIVER)) throw new Error(`No ${WEBKIT_DRIVER} (Debian: apt-get install webkit2gtk-driver).`);
    if (!process.env.DISPLAY) throw new Error('WebKit needs a display: run under xvfb-run -a (MiniBrowser has no headless mode).');
    const port = await freePort();
    const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore' });
    process.once('exit', () => driver.kill());
    this.options = { ...this.options, hostname: '127.0.0.1', port, connectionRetryCount: 20 };
    await new Promise((resolve) => setTimeout(resolve, 500));
    return super.initialize(config, testFiles);
  }
}

/** Firefox through Puppeteer over WebDriver BiDi, headless. */
function firefoxLauncher() {
  return puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true } });
}

/**
 * `webdriver-set-viewport` (test/helpers/viewport.ts): the webdriver launcher has no setViewport, so the window
 * is resized until the page's inner size is the one asked for (the window's frame and toolbar come on top).
 */
function webdriverViewportPlugin() {
  return {
    name: 'webdriver-set-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'webdriver-set-viewport') return undefined;
      const { driver } = session.browser;
      const inner = () => driver.execute('return [window.innerWidth, window.innerHeight]');
      for (let attempt = 0; attempt < 4; attempt++) {
        const [width, height] = await inner();
        if (width === payload.width && height === payload.height) return true;
        const rect = await driver.getWindowRect();
        await driver.setWindowRect(null, null, rect.width + payload.width - width, rect.height + payload.height - height);
      }
      const [width, height] = await inner();
      throw new Error(`The window would not give a ${payload.width}×${payload.height} viewport (got ${width}×${height}).`);
    },
  };
}

const engines = {
  firefox: firefoxLauncher,
  webkit: () =>
    new WebKitLauncher({
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    }),
};

const engine = process.env.WTR_ENGINE ?? 'firefox';
if (!engines[engine]) throw new Error(`WTR_ENGINE must be one of ${Object.keys(engines).join(', ')}; got "${engine}".`);

export default {
  ...base,
  browsers: [engines[engine]()],
  plugins: [...base.plugins, webdriverViewportPlugin()],
  // WebKit over classic WebDriver is the slowest leg; give it more room per file than Chromium needs.
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testRunnerHtml: (testFramework, config) =>
    base
      .testRunnerHtml(testFramework, config)
      .replace('<script>', `<script>window.__ENGINE_SKIPS__ = ${JSON.stringify(ENGINE_SKIPS[engine])};</script>\n        <script>`),
};
