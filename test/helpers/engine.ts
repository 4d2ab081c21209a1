/**
 * Which engine runs the tests, and the tests it cannot run. The engine is read from the user agent; the
 * skip list comes from web-test-runner.browsers.config.mjs (ENGINE_SKIPS), which writes it into the test page.
 * A listed test is skipped with its reason printed, so the run counts it; any file importing the test helpers
 * (keys.ts imports this module) honours the list. A listed suite needs skipIfListed(this) in its `before` hook.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const ua = navigator.userAgent;
export const engine: Engine = /Firefox\//.test(ua) ? 'firefox' : /Chrom(e|ium)\//.test(ua) ? 'chromium' : 'webkit';

const skips: Record<string, string> = (window as unknown as { __ENGINE_SKIPS__?: Record<string, string> }).__ENGINE_SKIPS__ ?? {};

/** Skips the test, or in a `before` hook the whole suite, when the config lists it for this engine. */
export function skipIfListed(context: Mocha.Context): void {
  // In a `before` hook Mocha points currentTest at the suite's first test: the suite is what is asked about.
  const hook = context.test;
  const inBeforeAll = hook?.title.startsWith('"before all" hook') ?? false;
  const title = (inBeforeAll ? hook?.parent?.fullTitle() : context.currentTest?.fullTitle()) ?? '';
  const reason = skips[title];
  if (!reason) return;
  console.log(`skipped in ${engine}: ${title}: ${reason}`);
  context.skip();
}

// A root hook: registered once per test page, it runs before every test of the file.
beforeEach(function () {
  skipIfListed(this);
});
