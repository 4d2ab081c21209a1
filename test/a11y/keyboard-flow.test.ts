import { expect, waitUntil } from '@open-wc/testing';
import { fencePage, pressKey, shiftTab, typeKeys } from '../helpers/keys.js';
import { applyLocale } from '../../src/i18n/localization.js';
import { visibleText, waitForText } from '../helpers/dom.js';
import { receivedVisits } from '../helpers/sandbox.js';
import { deepActiveElement } from '../helpers/dom.js';
import { mountInLocale } from '../i18n/localized-widget.js';
import { freshSandbox } from './widget-states.js';

// The whole booking with the keyboard alone: Tab, Shift+Tab, Space, Enter, arrows and typing. No click,
// no focus() and no value set from the test; only the sandbox is told things (faults) from outside.

const WORDS = {
  en: {
    open: 'Open now',
    detailsHeading: 'Your visit',
    summary: 'There are 3 problems to fix',
    createdHeading: 'Your visit is requested',
  },
  es: {
    open: 'Abierta ahora',
    detailsHeading: 'Su consulta',
    summary: 'Hay 3 problemas que corregir',
    createdHeading: 'Su consulta fue solicitada',
  },
} as const;

let fence: Awaited<ReturnType<typeof fencePage>> | undefined;
afterEach(() => fence?.remove());

const focused = () => deepActiveElement() as HTMLElement | null;
const describe_ = (element: Element | null) =>
  element ? `${element.localName}#${element.id || (element as HTMLInputElement).name || ''} "${element.textContent?.trim().slice(0, 30)}"` : 'nothing';

/** Presses Tab (or Shift+Tab) until `wanted` holds for the focused element; every stop is recorded. */
async function tabUntil(wanted: (element: HTMLElement) => boolean, stops: Element[] = [], { back = false, max = 40 } = {}) {
  for (let i = 0; i < max; i++) {
    if (back) {
      await shiftTab();
    } else await pressKey('Tab');
    const element = focused();
    if (element) stops.push(element);
    if (element && wanted(element)) return element;
  }
  throw new Error(`Tab never reached the control; stops: ${stops.map(describe_).join(' → ')}`);
}

const isField = (id: string) => (element: HTMLElement) => element.id === id || (element as HTMLInputElement).name === id;
const isButton = (text: string) => (element: HTMLElement) => element.localName === 'button' && element.textContent!.trim().startsWith(text);

/** Focus moves top to bottom, then left to right on a row: the order the patient sees. */
function inVisualOrder(stops: Element[]): boolean {
  const boxes = stops.map((stop) => stop.getBoundingClientRect());
  return boxes.every((box, i) => i === 0 || box.top > boxes[i - 1]!.top + 1 || (Math.abs(box.top - boxes[i - 1]!.top) <= 1 && box.left >= boxes[i - 1]!.left));
}

for (const locale of ['en', 'es'] as const) {
  const words = WORDS[locale];

  describe(`a11y: keyboard alone completes the booking (${locale})`, () => {
    beforeEach(freshSandbox);
    after(() => applyLocale('en'));

    it('region, details, a failed submit fixed from the summary, then the waiting room', async () => {
      const { el, created } = await mountInLocale(locale);
      await waitUntil(() => el.shadowRoot!.querySelector('dexcare-region-picker'), 'the region list never appeared');
      fence = await fencePage();

      // Region: Tab into the list, type the start of the name (the list's own type-ahead).
      const select = await tabUntil((element) => element.localName === 'select');
      await typeKeys('Mon');
      expect((select as HTMLSelectElement).selectedOptions[0]!.textContent!.trim()).to.equal('Montana');
      await waitForText(el, words.open);

      // Continue: focus goes to the new step's heading.
      await tabUntil((element) => element.localName === 'button');
      await pressKey('Enter');
      await waitUntil(() => focused()?.localName === 'h2', `focus did not move to the heading: ${describe_(focused())}`);
      expect(focused()!.textContent!.trim()).to.equal(words.detailsHeading);

      // Through the whole form once, in the order it is seen, to the submit button; send it empty.
      const stops: Element[] = [];
      await tabUntil((element) => element.getAttribute('part') === 'submit-button', stops);
      expect(stops[0]!.id, 'the first field comes first').to.equal('visitReason');
      expect(inVisualOrder(stops), `focus order: ${stops.map(describe_).join(' → ')}`).to.equal(true);
      await pressKey('Enter');

      // Failed submit: focus on the summary; its entry takes the patient to the field.
      await waitUntil(() => focused()?.classList.contains('summary'), `focus did not move to the summary: ${describe_(focused())}`);
      expect(focused()!.textContent).to.contain(words.summary);
      await tabUntil((element) => element.localName === 'a');
      await pressKey('Enter');
      await waitUntil(() => focused()?.id === 'visitReason', `the summary link did not focus the field: ${describe_(focused())}`);
      await typeKeys('Sore throat since Monday');

      // Payment: arrow keys within the radio group, then the coupon field that appears after it.
      await tabUntil(isField('paymentMethod'));
      await pressKey('Space');
      for (let i = 0; i < 5 && (focused() as HTMLInputElement).value !== 'couponcode'; i++) await pressKey('ArrowDown');
      expect((focused() as HTMLInputElement).checked).to.equal(true);
      await tabUntil(isField('couponCode'));
      await typeKeys('SANDBOX-FREE');

      // Back up with Shift+Tab to check the coupon choice held, then on to the terms.
      const backStops: Element[] = [];
      const radio = await tabUntil(isField('paymentMethod'), backStops, { back: true });
      expect(backStops, 'one step back from the coupon is the payment choice').to.have.length(1);
      expect((radio as HTMLInputElement).value).to.equal('couponcode');
      await tabUntil(isField('acceptedTerms'));
      await pressKey('Space');
      await tabUntil((element) => element.getAttribute('part') === 'submit-button');
      await pressKey('Enter');

      // Created: focus on the confirmation's heading.
      await waitUntil(() => created.length === 1, `the visit was not created: ${visibleText(el)}`, { timeout: 5000 });
      await waitUntil(() => focused()?.localName === 'h2' && focused()!.textContent!.includes(words.createdHeading), `focus: ${describe_(focused())}`);
      const [visit] = await receivedVisits();
      expect(visit!.body.visitDetails.visitReason).to.equal('Sore throat since Monday');
      expect(visit!.body.billingInfo).to.deep.equal({ paymentMethod: 'couponcode', couponCode: 'SANDBOX-FREE' });
    });
  });
}

describe('a11y: keyboard, step back', () => {
  beforeEach(freshSandbox);

  it('"Back" returns to the region list with focus on it and the choice kept', async () => {
    const { el } = await mountInLocale('en');
    await waitUntil(() => el.shadowRoot!.querySelector('dexcare-region-picker'));
    fence = await fencePage();
    await tabUntil((element) => element.localName === 'select');
    await typeKeys('Mon');
    await waitForText(el, 'Open now');
    await tabUntil(isButton('Continue'));
    await pressKey('Enter');
    await waitUntil(() => focused()?.localName === 'h2' && focused()!.textContent!.trim() === 'Your visit');
    await tabUntil(isButton('Back'));
    await pressKey('Enter');
    await waitUntil(() => focused()?.localName === 'select', `focus: ${describe_(focused())}`);
    expect((focused() as HTMLSelectElement).selectedOptions[0]!.textContent!.trim()).to.equal('Montana');
  });
});
