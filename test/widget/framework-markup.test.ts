/** What frameworks see of the element: server-rendered markup hydrates unchanged; a getter bound as an attribute is named. */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { freshSandbox, openVisitForm, warningsDuring } from '../helpers/widget.js';
import { queryByLabel } from '../helpers/dom.js';
import { ACME_PRACTICE_ID, SANDBOX_URL } from '../helpers/sandbox.js';
import type { DexCareVirtualVisit } from '../../src/widget/dexcare-virtual-visit.js';

/** As a server renders it (Next.js, Nuxt): a string of HTML, upgraded in the browser. */
async function fromServerHtml(markup: string): Promise<DexCareVirtualVisit> {
  const host = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
  return host.firstElementChild as DexCareVirtualVisit;
}

const attributesOf = (element: Element) => element.getAttributeNames().map((name) => `${name}=${element.getAttribute(name)}`).sort();

describe('framework markup', () => {
  beforeEach(freshSandbox);

  it('adds no attribute on start-up, so server-rendered HTML hydrates without a mismatch', async () => {
    const el = await fromServerHtml(`<dexcare-virtual-visit practice-id="${ACME_PRACTICE_ID}" brand="acme" api-base-url="${SANDBOX_URL}"></dexcare-virtual-visit>`);
    const before = attributesOf(el);
    await waitUntil(() => queryByLabel(el, 'Where are you right now?'), 'the region list never appeared');
    await el.updateComplete;
    expect(attributesOf(el)).to.deep.equal(before);
    expect(el.getAttribute('waiting-room-url')).to.equal(null);
    expect(el.getAttribute('region-code')).to.equal(null);
  });

  it('still reflects a property the page sets, and drops the attribute when it is emptied', async () => {
    const el = await fromServerHtml(`<dexcare-virtual-visit practice-id="${ACME_PRACTICE_ID}" brand="acme" api-base-url="${SANDBOX_URL}"></dexcare-virtual-visit>`);
    el.regionCode = 'MT';
    await el.updateComplete;
    expect(el.getAttribute('region-code')).to.equal('MT');
    el.regionCode = '';
    await el.updateComplete;
    expect(el.hasAttribute('region-code')).to.equal(false);
  });

  it('a getter written as an attribute (Vue\'s :get-access-token="fn") is named in the console before the patient types', async () => {
    const el = await fromServerHtml(
      `<dexcare-virtual-visit practice-id="${ACME_PRACTICE_ID}" brand="acme" api-base-url="${SANDBOX_URL}"
        get-access-token="async () => session.token" patient="[object Object]"></dexcare-virtual-visit>`,
    );
    const warnings = await warningsDuring(() => openVisitForm(el));
    const warning = warnings.find((text) => text.includes('ignored the attributes'));
    expect(warning, warnings.join('\n')).to.be.a('string');
    expect(warning).to.include('get-access-token (the getAccessToken property)');
    expect(warning).to.include('patient (the patient property)');
    expect(warning).to.include('.getAccessToken="fn"');
  });

  it('says nothing when the properties are set as properties', async () => {
    const el = await fromServerHtml(`<dexcare-virtual-visit practice-id="${ACME_PRACTICE_ID}" brand="acme" api-base-url="${SANDBOX_URL}"></dexcare-virtual-visit>`);
    el.getAccessToken = async () => undefined;
    const warnings = await warningsDuring(() => openVisitForm(el));
    expect(warnings.filter((text) => text.includes('ignored the attribute'))).to.deep.equal([]);
  });
});
