import { expect } from '@open-wc/testing';
import { pressKey } from '../helpers/keys.js';
import { applyLocale } from '../../src/i18n/localization.js';
import { choose, deepQueryAll, getButton, getByLabel, getRadio, queryByLabel, retype, typeInto, visibleText, waitForText } from '../helpers/dom.js';
import { idahoOffHours, setClock } from '../helpers/sandbox.js';
import { chooseRegion, freshSandbox, mountWidget, openVisitForm } from '../helpers/widget.js';

const field = <T extends HTMLElement = HTMLInputElement>(el: HTMLElement, id: string) => deepQueryAll<T>(el, `#${id}`)[0]!;

describe('i18n: switching locale at runtime keeps everything the patient entered', () => {
  beforeEach(freshSandbox);
  after(() => applyLocale('en'));

  it('region step: the choice and the status stay, in the new words', async () => {
    const { el } = await mountWidget();
    await chooseRegion(el, 'Montana');
    await waitForText(el, 'Estimated wait: less than 5 minutes');
    el.locale = 'es';
    await waitForText(el, 'Tiempo de espera estimado: menos de 5 minutos');
    await waitForText(el, 'Abierta ahora');
    expect(field<HTMLSelectElement>(el, 'region').selectedOptions[0]!.textContent!.trim()).to.equal('Montana');
    expect(visibleText(el)).to.contain('¿Dónde se encuentra en este momento?');
  });

  it('form: typed text, choices and shown errors survive en → es → en; errors change language', async () => {
    const { el } = await mountWidget();
    await openVisitForm(el);
    await typeInto(getByLabel(el, 'Reason for visit'), 'Tos y fiebre');
    getRadio(el, 'Payment method', 'Coupon code').focus();
    await pressKey('Space');
    await typeInto(getByLabel(el, 'Coupon or service key'), 'SANDBOX-FREE');
    await retype(getByLabel(el, 'ZIP code'), '12');
    await pressKey('Tab');
    await waitForText(el, 'Enter a ZIP code like 12345 or 12345-6789');

    el.locale = 'es';
    await waitForText(el, 'Motivo de la consulta');
    await waitForText(el, 'Escriba un código postal como 12345 o 12345-6789');
    expect(field<HTMLTextAreaElement>(el, 'visitReason').value).to.equal('Tos y fiebre');
    expect(field(el, 'couponCode').value).to.equal('SANDBOX-FREE');
    expect(field(el, 'postalCode').value).to.equal('12');
    expect(field(el, 'postalCode').getAttribute('aria-invalid')).to.equal('true');
    expect(getRadio(el, 'Forma de pago', 'Código de cupón').checked).to.equal(true);
    expect(queryByLabel(el, 'Reason for visit'), 'no English label left').to.equal(null);

    el.locale = 'en';
    await waitForText(el, 'Reason for visit');
    expect(field<HTMLTextAreaElement>(el, 'visitReason').value).to.equal('Tos y fiebre');
    expect(field(el, 'couponCode').value).to.equal('SANDBOX-FREE');
    expect(visibleText(el)).to.contain('Enter a ZIP code like 12345 or 12345-6789');
  });

  it('the badge and the form get the resolved Intl locale for dates, times and prices', async () => {
    await setClock(idahoOffHours());
    const { el } = await mountWidget();
    await chooseRegion(el, 'Idaho');
    await waitForText(el, 'Opens');
    el.locale = 'es';
    await waitForText(el, 'Cerrada en este momento');
    const badge = el.shadowRoot!.querySelector('dexcare-wait-time-badge')!;
    expect(badge.locale).to.equal('es-US');
    expect(visibleText(badge)).to.match(/Abre (hoy|mañana|el [^.]+?) a las \d{1,2}:\d{2}/);

    el.locale = 'es-MX';
    choose(getByLabel(el, '¿Dónde se encuentra'), 'Montana');
    await waitForText(el, 'Abierta ahora');
    getButton(el, 'Continuar').click();
    await waitForText(el, 'Motivo de la consulta');
    expect(el.shadowRoot!.querySelector('dexcare-visit-form')!.locale).to.equal('es-MX');
  });
});
