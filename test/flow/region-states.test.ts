import { expect, waitUntil } from '@open-wc/testing';
import { getButton, queryButton, visibleText, waitForText } from '../helpers/dom.js';
import { BEACON_PRACTICE_ID, idahoOffHours, setClock, WASHINGTON_BUSY_MESSAGE } from '../helpers/sandbox.js';
import { chooseRegion, freshSandbox, mountWidget } from '../helpers/widget.js';

describe('flow: what the patient sees for each region', () => {
  beforeEach(freshSandbox);
  after(() => setClock(null));

  it('lists active regions sorted, busy last, plus "Other"; never inactive ones', async () => {
    const { el } = await mountWidget();
    await chooseRegion(el, 'Montana');
    const select = el.shadowRoot!.querySelector('dexcare-region-picker')!.shadowRoot!.querySelector('select')!;
    const names = [...select.options].map((option) => option.textContent!.trim());
    expect(names[0]).to.equal('Choose a state');
    expect(names.at(-1)).to.equal('Other (not listed)');
    expect(names).to.include.members(['Colorado', 'Idaho', 'Montana', 'Washington', 'Wyoming']);
    expect(names).not.to.include('Oregon');
    expect(names.indexOf('Washington'), 'busy region last').to.equal(names.length - 2);
    const open = names.slice(1, -2);
    expect(open).to.deep.equal([...open].sort());
  });

  it('a new practice-id starts over at the choice of state, with that practice\'s states', async () => {
    const { el } = await mountWidget();
    await chooseRegion(el, 'Montana');
    await waitForText(el, 'Open now');
    el.practiceId = BEACON_PRACTICE_ID;
    const picker = () => el.shadowRoot!.querySelector('dexcare-region-picker')?.shadowRoot?.querySelector('select');
    await waitUntil(() => [...(picker()?.options ?? [])].some((option) => option.textContent!.trim() === 'Utah'), 'Beacon\'s states never showed');
    expect(picker()!.value).to.equal('');
    expect(queryButton(el, 'Continue')).to.equal(null);
    expect(visibleText(el)).to.not.contain('Open now');
  });

  it('"Other" says the patient is out of the service area and offers no way on', async () => {
    const events: unknown[] = [];
    const { el } = await mountWidget();
    el.addEventListener('region-selected', (event) => events.push(event.detail));
    await chooseRegion(el, 'Other');
    await waitForText(el, 'outside our service area');
    expect(queryButton(el, 'Continue')).to.equal(null);
    expect(events).to.deep.equal([{ regionId: null, regionCode: null, outOfServiceArea: true }]);
    await expect(el).to.be.accessible();
  });

  it('off hours: closed, why, and when it opens', async () => {
    await setClock(idahoOffHours());
    const { el } = await mountWidget();
    await chooseRegion(el, 'Idaho');
    await waitForText(el, 'Closed right now');
    await waitForText(el, 'Opens');
    expect(queryButton(el, 'Continue')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('busy: the region\'s own busy message', async () => {
    const { el } = await mountWidget();
    await chooseRegion(el, 'Washington');
    await waitForText(el, 'Closed right now');
    await waitForText(el, WASHINGTON_BUSY_MESSAGE);
    expect(queryButton(el, 'Continue')).to.equal(null);
  });

  it('no on-call providers: said in words', async () => {
    const { el } = await mountWidget();
    await chooseRegion(el, 'Wyoming');
    await waitForText(el, 'Closed right now');
    expect(visibleText(el)).to.match(/clinician|provider/i);
  });

  it('open: the wait time, then Continue', async () => {
    const { el } = await mountWidget();
    await chooseRegion(el, 'Montana');
    await waitForText(el, 'Open now');
    await waitForText(el, 'Estimated wait');
    await waitUntil(() => getButton(el, 'Continue'));
    await expect(el).to.be.accessible();
  });
});
