import { expect, waitUntil } from '@open-wc/testing';
import { fencePage, pressKey } from '../helpers/keys.js';
import { mountWidget, openVisitForm } from '../helpers/widget.js';
import { deepActiveElement } from '../helpers/dom.js';
import { freshSandbox } from './widget-states.js';

/** Whether `node` is in `host`'s shadow tree, at any depth. */
function within(host: Element, node: Element): boolean {
  for (let current: Node | undefined = node; current; current = (current.getRootNode() as ShadowRoot).host) {
    if (current === host) return true;
  }
  return false;
}

/** Tabs through every stop of the widget once; for each, whether a focus ring of at least 2 px shows. */
async function focusRings(host: HTMLElement): Promise<{ stop: string; ring: string }[]> {
  const seen: { stop: string; ring: string }[] = [];
  for (let i = 0; i < 60; i++) {
    await pressKey('Tab');
    const active = deepActiveElement() as HTMLElement | null;
    if (!active || !within(host, active)) break;
    const style = getComputedStyle(active);
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? 'visible' : `${style.outlineStyle} ${style.outlineWidth}`;
    seen.push({ stop: `${active.localName}#${active.id || (active as HTMLInputElement).name || active.textContent?.trim()}`, ring });
  }
  return seen;
}

describe('a11y: a visible focus indicator on every stop', () => {
  beforeEach(freshSandbox);
  let fence: Awaited<ReturnType<typeof fencePage>> | undefined;
  afterEach(() => fence?.remove());

  it('the region step and the whole form', async () => {
    const { el } = await mountWidget();
    fence = await fencePage();
    await waitUntil(() => el.shadowRoot!.querySelector('dexcare-region-picker'));
    const regionStops = await focusRings(el);
    expect(regionStops.length).to.be.greaterThan(0);
    await openVisitForm(el);
    fence.start.focus();
    const formStops = await focusRings(el);
    expect(formStops.length, 'tab stops in the form').to.be.greaterThan(8);
    expect([...regionStops, ...formStops].filter(({ ring }) => ring !== 'visible')).to.deep.equal([]);
  });
});
