import { expect } from '@open-wc/testing';
import { applyLocale } from '../../src/i18n/localization.js';
import { waitForText } from '../helpers/dom.js';
import { chooseRegion, freshSandbox, mountWidget } from '../helpers/widget.js';

// The test runner serves modules one by one (no bundle), so "a separate chunk" shows here as a module
// that is fetched only when Spanish is asked for; `npm run build` turns that dynamic import into
// dist/chunks/es-*.js.
const spanishFetches = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/i18n\/locales\/es\.(js|ts)\b/.test(url));

describe('i18n: Spanish is loaded only when needed', () => {
  beforeEach(freshSandbox);
  after(() => applyLocale('en'));

  it('src/i18n/localization.ts loads the Spanish strings with a dynamic import', async () => {
    const source = await (await fetch(new URL('../../src/i18n/localization.ts', import.meta.url))).text();
    // (The dev server serves it compiled, with `.js` imports pointing at their `.ts` files.)
    expect(source).to.match(/import\(\s*["']\.\/locales\/es\.(js|ts)["']\s*\)/);
    expect(source).not.to.match(/from\s*["']\.\/locales\/es\.(js|ts)["']/);
  });

  it('an English page renders the whole region step without fetching Spanish', async () => {
    const { el } = await mountWidget();
    await chooseRegion(el, 'Montana');
    await waitForText(el, 'Estimated wait');
    expect(spanishFetches()).to.deep.equal([]);
  });

  it('asking for Spanish fetches it then, once', async () => {
    const { el } = await mountWidget();
    await waitForText(el, 'See a clinician online');
    expect(spanishFetches()).to.deep.equal([]);
    el.locale = 'es';
    await waitForText(el, 'Consulte a un profesional de la salud en línea');
    el.locale = 'en';
    await waitForText(el, 'See a clinician online');
    el.locale = 'es';
    await waitForText(el, 'Consulte a un profesional de la salud en línea');
    expect(spanishFetches()).to.have.length(1);
  });
});
