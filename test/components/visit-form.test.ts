import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { pressKey, typeKeys } from '../helpers/keys.js';
import '../../src/components/visit-form.js';
import type { DexCareVisitForm } from '../../src/components/visit-form.js';
import { EMPTY_VISIT_FORM, type VisitFormValues } from '../../src/booking/visit-form-values.js';
import { getButton, getByLabel, queryByLabel, typeInto } from '../helpers/dom.js';
import { patient, practice, region } from './fixtures.js';

/** The form with the caller's side played by the test: values flow back in on every change. */
async function form(initial: Partial<VisitFormValues> = {}) {
  const el = await fixture<DexCareVisitForm>(
    html`<dexcare-visit-form .values=${{ ...EMPTY_VISIT_FORM, ...initial }} .practice=${practice()} .region=${region()} .patient=${patient}></dexcare-visit-form>`,
  );
  el.addEventListener('form-change', (event) => {
    const { field, value } = (event as CustomEvent<{ field: keyof VisitFormValues; value: never }>).detail;
    el.values = { ...el.values, [field]: value };
  });
  const submits: number[] = [];
  el.addEventListener('form-submit', () => submits.push(1));
  return { el, submits };
}

describe('<dexcare-visit-form>', () => {
  it('labels every control plainly and says "required" in words', async () => {
    const { el } = await form();
    for (const label of ['Reason for visit', 'Phone', 'Email', 'Street address', 'City', 'State', 'ZIP code', 'Payment method']) {
      expect(queryByLabel(el, label), label).to.not.equal(null);
    }
    expect(el.shadowRoot!.textContent).to.contain('(required)');
    await expect(el).to.be.accessible();
  });

  it('shows a field\'s error when it is left, and clears it once fixed', async () => {
    const { el } = await form();
    const phone = getByLabel(el, 'Phone');
    await typeInto(phone, '123');
    await pressKey('Tab');
    await waitUntil(() => phone.getAttribute('aria-invalid') === 'true');
    const errorId = phone.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(el.shadowRoot!.getElementById(errorId)!.textContent).to.match(/phone/i);
    await expect(el).to.be.accessible();
    phone.focus();
    phone.select();
    await typeKeys('555-222-3334');
    await waitUntil(() => phone.getAttribute('aria-invalid') === 'false', 'the error did not clear once fixed');
  });

  it('on submit: every error at once in a focused summary whose links focus their fields; no submit event', async () => {
    const { el, submits } = await form();
    getButton(el, 'Request visit').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error-summary"]'), 'no error summary');
    await waitUntil(() => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('[part="error-summary"]'), 'summary not focused');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="error-summary"] a')];
    expect(links.map((link) => link.textContent!.split(':')[0])).to.include.members(['Reason for visit', 'Phone', 'Payment method']);
    links.find((link) => link.textContent!.startsWith('Phone'))!.click();
    expect(el.shadowRoot!.activeElement).to.equal(getByLabel(el, 'Phone'));
    expect(submits).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a valid form submits once per press and prefers the server\'s words for a field', async () => {
    const { el, submits } = await form({
      visitReason: 'Cough', phone: '555-222-3334', email: 'ada@example.org', addressLine1: '1 Main St', city: 'Helena',
      state: 'MT', postalCode: '59601', paymentMethod: 'couponcode', couponCode: 'X', acceptedTerms: true,
    });
    getButton(el, 'Request visit').click();
    expect(submits).to.have.length(1);
    el.submitting = true;
    await el.updateComplete;
    getButton(el, 'Requesting').click();
    expect(submits, 'no second submit while one is under way').to.have.length(1);
    el.submitting = false;
    el.serverErrors = { couponCode: { serverMessage: 'That coupon code is not valid.' } };
    await el.updateComplete;
    expect(getByLabel(el, 'Coupon or service key').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.textContent).to.contain('That coupon code is not valid.');
  });

  it('offers only the payment methods the practice takes', async () => {
    const el = await fixture<DexCareVisitForm>(html`<dexcare-visit-form
      .values=${EMPTY_VISIT_FORM}
      .practice=${practice({ payment: { insurance: false, selfPay: false, serviceKey: true } })}
      .region=${region()}
      .patient=${patient}
    ></dexcare-visit-form>`);
    const group = getByLabel<HTMLFieldSetElement>(el, 'Payment method');
    expect([...group.querySelectorAll('label')].map((label) => label.textContent!.trim())).to.deep.equal(['Coupon code']);
  });
});
