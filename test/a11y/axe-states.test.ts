import { expect } from '@open-wc/testing';
import { freshSandbox, settleSandbox, WIDGET_STATES } from './widget-states.js';
import { emulateMedia, resetMedia } from '../helpers/media.js';

// axe on the whole widget (every shadow root in it) in each state, in the light and the dark defaults:
// contrast, names, roles, landmarks and ARIA are checked together as a patient meets them.
/** The widget's background token as the browser resolved it (the scheme's default). */
function surface(el: HTMLElement): string {
  const probe = document.createElement('span');
  probe.style.color = 'var(--_surface)';
  el.shadowRoot!.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

const SURFACE = { light: 'rgb(255, 255, 255)', dark: 'rgb(22, 27, 34)' };

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`a11y: axe on the whole widget, ${colorScheme} theme`, () => {
    before(() => emulateMedia({ colorScheme }));
    after(resetMedia);
    beforeEach(freshSandbox);
    afterEach(settleSandbox);

    for (const state of WIDGET_STATES) {
      it(`${state.name}: no violations`, async () => {
        const el = await state.reach();
        expect(surface(el), 'the theme in force').to.equal(SURFACE[colorScheme]);
        await expect(el).to.be.accessible();
      });
    }
  });
}
