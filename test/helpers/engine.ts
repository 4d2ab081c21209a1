/**
 * Which engine runs the tests, and the tests it cannot run. The engine is read from the user agent; the
 * skip list comes from web-test-runner.browsers.config.mjs (ENGINE_SKIPS), which writes it into the test page.
 * A listed test is skipped with its reason printed, so the run counts it; any file importing the test helpers
 * (keys.ts imports this module) honours the list.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const ua = navigator.userAgent;
export const engine: Engine = /Firefox\//.test(ua) ? 'firefox' : /Chrom(e|ium)\//.test(ua) ? 'chromium' : 'webkit';

const skips: Record<string, string> = (window as unknown as { __ENGINE_SKIPS__?: Record<string, string> }).__ENGINE_SKIPS__ ?? {};

// A root hook: registered once per test page, it runs before every test of the file.
beforeEach(function () {
  const title = this.currentTest?.fullTitle() ?? '';
  const reason = skips[title];
  if (reason) {
    console.log(`skipped in ${engine}: ${title}: ${reason}`);
    this.skip();
  }
});
