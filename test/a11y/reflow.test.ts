import { expect, waitUntil } from '@open-wc/testing';
import { engine, skipIfListed } from '../helpers/engine.js';
import { setViewport } from '../helpers/viewport.js';
import { activeLanguage, applyLocale } from '../../src/i18n/localization.js';
import { deepQueryAll, isVisible } from '../helpers/dom.js';
import { freshSandbox, settleSandbox, WIDGET_STATES } from './widget-states.js';

/** Elements that stick out of the widget sideways: content a patient would have to scroll to (or would lose). */
function outside(el: HTMLElement): string[] {
  const frame = el.getBoundingClientRect();
  return deepQueryAll(el, '*')
    .filter((node) => isVisible(node) && !node.closest('.visually-hidden, option'))
    .map((node) => ({ node, box: node.getBoundingClientRect() }))
    .filter(({ box }) => box.left < frame.left - 1 || box.right > frame.right + 1)
    .map(({ node, box }) => `${node.localName}.${node.className}: ${Math.round(box.left)}–${Math.round(box.right)} in ${frame.left}–${frame.right}`);
}

// WCAG 1.4.10 (reflow at 320 CSS px, i.e. 400 % zoom of 1280 px) and 1.4.4 (text at 200 %): the widget's
// sizes are in em, so doubling the page's font size is what a browser's text zoom does to it.
const LAYOUTS = [
  { name: '320 px wide', width: 320, fontSize: '', locale: 'en' },
  { name: '320 px wide, in Spanish (longer words)', width: 320, fontSize: '', locale: 'es' },
  { name: '200 % text at 640 px (200 % zoom of 1280 px)', width: 640, fontSize: '200%', locale: 'en' },
];

// WebKit's MiniBrowser window is never narrower than 447 px (its toolbar): there the page's body is the
// narrow column. The widget sizes itself by its container (container queries), never by the viewport,
// so the same rules apply; the page's width is then the body's.
const WEBKIT_NARROWEST_WINDOW = 447;

for (const layout of LAYOUTS) {
  const narrowBody = engine === 'webkit' && layout.width < WEBKIT_NARROWEST_WINDOW;
  const pageWidth = () => (narrowBody ? document.body.scrollWidth : document.documentElement.scrollWidth);

  describe(`a11y: nothing lost at ${layout.name}`, () => {
    before(async function () {
      skipIfListed(this);
      if (narrowBody) document.body.style.width = `${layout.width}px`;
      else await setViewport({ width: layout.width, height: 640 });
      document.body.style.fontSize = layout.fontSize;
      document.body.style.margin = '0';
    });
    after(async () => {
      await applyLocale('en');
      document.body.style.fontSize = '';
      document.body.style.margin = '';
      document.body.style.width = '';
      if (!narrowBody) await setViewport({ width: 800, height: 600 });
    });
    beforeEach(freshSandbox);
    afterEach(settleSandbox);

    for (const state of WIDGET_STATES) {
      it(`${state.name}: no horizontal scrolling, nothing sticks out`, async () => {
        const el = await state.reach();
        el.locale = layout.locale;
        await waitUntil(() => activeLanguage() === layout.locale, 'the language never switched');
        await el.updateComplete;
        expect(pageWidth(), 'page scrolls sideways').to.be.at.most(layout.width);
        expect(el.getBoundingClientRect().width, 'widget fits the viewport').to.be.at.most(layout.width);
        expect(outside(el)).to.deep.equal([]);
      });
    }
  });
}
