import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { pressKey } from '../helpers/keys.js';
import '../../src/components/region-picker.js';
import type { DexCareRegionPicker } from '../../src/components/region-picker.js';
import { choose, getByLabel, visibleText } from '../helpers/dom.js';
import { region } from './fixtures.js';

describe('<dexcare-region-picker>', () => {
  const regions = [region({ id: 'co', displayName: 'Colorado' }), region({ id: 'mt', displayName: 'Montana' })];

  it('offers the regions it is given, then "Other", under a visible question', async () => {
    const el = await fixture<DexCareRegionPicker>(html`<dexcare-region-picker .regions=${regions}></dexcare-region-picker>`);
    const select = getByLabel<HTMLSelectElement>(el, 'Where are you right now?');
    expect([...select.options].map((option) => option.textContent!.trim())).to.deep.equal([
      'Choose a state', 'Colorado', 'Montana', 'Other (not listed)',
    ]);
    await expect(el).to.be.accessible();
  });

  it('reports the choice and never fetches', async () => {
    const el = await fixture<DexCareRegionPicker>(html`<dexcare-region-picker .regions=${regions}></dexcare-region-picker>`);
    const picked = oneEvent(el, 'region-pick');
    choose(getByLabel<HTMLSelectElement>(el, 'Where are you right now?'), 'Montana');
    expect((await picked).detail).to.deep.equal({ value: 'mt' });
  });

  it('can be operated with the keyboard alone', async () => {
    const el = await fixture<DexCareRegionPicker>(html`<dexcare-region-picker .regions=${regions}></dexcare-region-picker>`);
    const picks: string[] = [];
    el.addEventListener('region-pick', (event) => picks.push((event as CustomEvent<{ value: string }>).detail.value));
    getByLabel<HTMLSelectElement>(el, 'Where are you right now?').focus();
    await pressKey('ArrowDown');
    expect(picks).to.deep.equal(['co']);
  });

  it('"Other" shows the out-of-service-area message, accessibly', async () => {
    const el = await fixture<DexCareRegionPicker>(html`<dexcare-region-picker .regions=${regions} value="other"></dexcare-region-picker>`);
    expect(visibleText(el)).to.contain('outside our service area');
    await expect(el).to.be.accessible();
  });
});
