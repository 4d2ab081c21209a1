import { expect, waitUntil } from '@open-wc/testing';
import { activeLanguage, applyLocale, intlLocale, widgetLanguage } from '../../src/i18n/localization.js';
import { waitForText } from '../helpers/dom.js';
import { freshSandbox } from '../helpers/widget.js';
import { mountInLocale } from './localized-widget.js';

const ENGLISH_HEADING = 'See a clinician online';
const SPANISH_HEADING = 'Consulte a un profesional de la salud en línea';

describe('i18n: which language and which Intl locale', () => {
  it('any es-* is Spanish; everything else is English', () => {
    for (const tag of ['es', 'ES', 'es-MX', 'es-US', 'es-419', 'es_US', ' es ']) expect(widgetLanguage(tag), tag).to.equal('es');
    for (const tag of ['en', 'en-US', 'fr-FR', 'pt-BR', 'est', '', undefined]) expect(widgetLanguage(tag), String(tag)).to.equal('en');
  });

  it('Intl gets the requested region when it matches the language, else the US one', () => {
    expect(intlLocale('es')).to.equal('es-US');
    expect(intlLocale('es-MX')).to.equal('es-MX');
    expect(intlLocale('en')).to.equal('en-US');
    expect(intlLocale('en-GB')).to.equal('en-GB');
    expect(intlLocale('fr-FR'), 'French is not offered: English text, English dates').to.equal('en-US');
    expect(intlLocale(undefined)).to.equal('en-US');
    expect(intlLocale('not a tag!')).to.equal('en-US');
  });

  it('applyLocale switches the page and can be called again harmlessly', async () => {
    await applyLocale('es-MX');
    expect(activeLanguage()).to.equal('es');
    await applyLocale('es');
    await applyLocale('de');
    expect(activeLanguage()).to.equal('en');
  });
});

describe('i18n: the default comes from <html lang>, then the browser', () => {
  const pageLang = document.documentElement.lang;
  beforeEach(freshSandbox);
  afterEach(async () => {
    document.documentElement.lang = pageLang;
    delete (navigator as { language?: string }).language;
    await applyLocale('en');
  });

  it('<html lang="es"> and no locale attribute: Spanish', async () => {
    document.documentElement.lang = 'es';
    const { el } = await mountInLocale(undefined);
    await waitForText(el, SPANISH_HEADING);
    expect(el.shadowRoot!.querySelector('.widget')!.getAttribute('lang')).to.equal('es');
  });

  it('the attribute wins over the page: locale="en" on a Spanish page', async () => {
    document.documentElement.lang = 'es-MX';
    const { el } = await mountInLocale('en');
    await waitForText(el, ENGLISH_HEADING);
  });

  it('a page in a language the widget does not speak (French): the browser language', async () => {
    document.documentElement.lang = 'fr';
    Object.defineProperty(navigator, 'language', { value: 'es-US', configurable: true });
    const { el } = await mountInLocale(undefined);
    await waitForText(el, SPANISH_HEADING);
  });

  it('no lang on the page: the browser language', async () => {
    document.documentElement.lang = '';
    Object.defineProperty(navigator, 'language', { value: 'es-US', configurable: true });
    const { el } = await mountInLocale(undefined);
    await waitForText(el, SPANISH_HEADING);
  });

  it('the page changing its lang later (a site language picker) switches the widget', async () => {
    const { el } = await mountInLocale(undefined);
    await waitForText(el, ENGLISH_HEADING);
    document.documentElement.lang = 'es';
    await waitForText(el, SPANISH_HEADING);
    document.documentElement.lang = 'en';
    await waitForText(el, ENGLISH_HEADING);
  });

  it('two widgets on one page share the last locale set (lit-localize has one per page)', async () => {
    const first = await mountInLocale('es');
    await waitForText(first.el, SPANISH_HEADING);
    const second = await mountInLocale('en');
    await waitForText(second.el, ENGLISH_HEADING);
    await waitUntil(() => activeLanguage() === 'en');
    await waitForText(first.el, ENGLISH_HEADING);
  });
});
