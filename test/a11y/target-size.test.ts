import { expect } from '@open-wc/testing';
import { pressKey } from '../helpers/keys.js';
import { deepQueryAll, getRadio, isVisible, waitForText } from '../helpers/dom.js';
import { mountWidget, openVisitForm } from '../helpers/widget.js';
import { freshSandbox, settleSandbox, WIDGET_STATES } from './widget-states.js';

/** WCAG 2.2 2.5.8: every control a patient can hit is at least 24 × 24 CSS pixels (the default text size). */
function smallTargets(root: Element): string[] {
  return deepQueryAll(root, 'button, input, select, textarea, a')
    .filter(isVisible)
    .map((control) => ({ control, box: control.getBoundingClientRect() }))
    .filter(({ box }) => box.width < 24 || box.height < 24)
    .map(({ control, box }) => `${control.localName}#${control.id || (control as HTMLInputElement).name || control.textContent?.trim()}: ${box.width}×${box.height}`);
}

describe('a11y: target sizes of at least 24 px', () => {
  beforeEach(freshSandbox);
  afterEach(settleSandbox);

  for (const state of WIDGET_STATES) {
    it(`${state.name}: every button, field, radio, checkbox and link`, async () => {
      const el = await state.reach();
      expect(smallTargets(el)).to.deep.equal([]);
    });
  }

  it('form with insurance chosen: its radios too', async () => {
    const { el } = await mountWidget();
    await openVisitForm(el);
    getRadio(el, 'Payment method', 'Insurance').focus();
    await pressKey('Space');
    await waitForText(el, 'Whose insurance is it?');
    expect(smallTargets(el)).to.deep.equal([]);
  });
});
