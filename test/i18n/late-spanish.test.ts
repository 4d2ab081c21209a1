import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { applyLocale } from '../../src/i18n/localization.js';
import type { DexCareVirtualVisit } from '../../src/widget/dexcare-virtual-visit.js';
import { deepQueryAll, visibleText } from '../helpers/dom.js';
import { ACME_PRACTICE_ID, SANDBOX_URL } from '../helpers/sandbox.js';
import { freshSandbox } from '../helpers/widget.js';
import { openLateSpanishPage, type LateSpanishPage } from './late-spanish-page.js';

const SPANISH_HEADING = 'Consulte a un profesional de la salud en línea';

/** Every word of the first step a patient can read, the closed list's choices included. */
function firstStepWords(root: HTMLElement): string {
  const choices = deepQueryAll(root, 'option').map((option) => option.textContent!.trim());
  return `${visibleText(root)} | ${choices.join(', ')}`;
}

/** The same step rendered with the Spanish strings already there: nothing to race. */
async function spanishFirstStep(): Promise<string> {
  await applyLocale('es');
  const el = await fixture<DexCareVirtualVisit>(
    html`<dexcare-virtual-visit locale="es" practice-id=${ACME_PRACTICE_ID} brand="acme" api-base-url=${SANDBOX_URL}></dexcare-virtual-visit>`,
  );
  await waitUntil(() => deepQueryAll(el, 'option').length > 2, 'the Spanish region list never appeared');
  return firstStepWords(el);
}

/** The regions are shown and the Spanish strings have arrived; then two frames for any render that follows. */
async function settled(page: LateSpanishPage): Promise<void> {
  await waitUntil(() => page.spanishArrived() && deepQueryAll(page.body, 'option').length > 2, 'the step never settled', { timeout: 10_000 });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

describe('i18n: locale="es" in the page\'s markup, the Spanish strings arriving late', () => {
  let expected = '';
  const pages: LateSpanishPage[] = [];

  before(async () => {
    await freshSandbox();
    expected = await spanishFirstStep();
    expect(expected).to.contain(SPANISH_HEADING);
  });
  afterEach(() => pages.splice(0).forEach((page) => page.frame.remove()));
  after(() => applyLocale('en'));

  it('every word of the first step is Spanish on each of 12 fresh pages, 50 to 600 ms late', async function () {
    this.timeout(60_000);
    for (const delayMs of [50, 600, 100, 450, 150, 300, 75, 500, 200, 350, 250, 550]) {
      const page = await openLateSpanishPage(delayMs);
      pages.push(page);
      await settled(page);
      expect(firstStepWords(page.body), `Spanish ${delayMs} ms late`).to.equal(expected);
      page.frame.remove();
    }
  });

  it('a widget off the page when Spanish arrives is all Spanish once back', async function () {
    this.timeout(20_000);
    const page = await openLateSpanishPage(800);
    pages.push(page);
    await waitUntil(() => deepQueryAll(page.body, 'option').length > 2, 'the region list never appeared', { timeout: 10_000 });
    expect(page.spanishArrived(), 'the Spanish strings came before the regions: nothing to test').to.equal(false);
    // A single-page app's hidden route: the element is kept, off the page, and put back later.
    page.widget.remove();
    await waitUntil(() => page.spanishArrived(), 'the Spanish strings never arrived', { timeout: 10_000 });
    page.body.append(page.widget);
    await settled(page);
    expect(firstStepWords(page.body)).to.equal(expected);
  });
});
