import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/visit-form.js';
import '../../src/components/wait-time-badge.js';
import type { DexCareWaitTimeBadge } from '../../src/components/wait-time-badge.js';
import { EMPTY_VISIT_FORM } from '../../src/booking/visit-form-values.js';
import { applyLocale } from '../../src/i18n/localization.js';
import { visibleText } from '../helpers/dom.js';
import { patient, practice, region } from '../components/fixtures.js';

// Times are shown in the patient's zone: the browser's. The expected clock text is therefore made with
// Intl here too; what the test pins down is the language around it and that the locale reaches Intl.
const clock = (date: Date, locale: string) =>
  new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(date).replace(/\s/g, ' ');
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('i18n: dates, times and prices through Intl for the locale', () => {
  afterEach(() => applyLocale('en'));

  it('next opening, in Spanish words and a Spanish clock', async () => {
    await applyLocale('es');
    const now = new Date('2026-11-29T18:00:00Z');
    const opening = new Date(now.getTime() + 24 * 3600_000);
    const badge = await fixture<DexCareWaitTimeBadge>(
      html`<dexcare-wait-time-badge
        locale="es-US"
        .now=${now}
        .status=${{ kind: 'closed', reason: 'OFF_HOURS', busyMessage: '', nextOpening: opening }}
      ></dexcare-wait-time-badge>`,
    );
    expect(plain(visibleText(badge))).to.contain(`Abre mañana a las ${clock(opening, 'es-US')}.`);
    expect(visibleText(badge)).to.contain('La clínica virtual está cerrada en este momento.');
  });

  it('the same in English', async () => {
    const now = new Date('2026-11-29T18:00:00Z');
    const opening = new Date(now.getTime() + 24 * 3600_000);
    const badge = await fixture<DexCareWaitTimeBadge>(
      html`<dexcare-wait-time-badge locale="en-US" .now=${now} .status=${{ kind: 'closed', reason: 'OFF_HOURS', busyMessage: '', nextOpening: opening }}></dexcare-wait-time-badge>`,
    );
    expect(plain(visibleText(badge))).to.contain(`Opens tomorrow at ${clock(opening, 'en-US')}.`);
  });

  it('the card price in dollars, written the Spanish way for es-US', async () => {
    await applyLocale('es');
    const form = await fixture(
      html`<dexcare-visit-form
        locale="es-US"
        .values=${EMPTY_VISIT_FORM}
        .practice=${practice()}
        .region=${region({ visitPrice: 4950 })}
        .patient=${patient}
      ></dexcare-visit-form>`,
    );
    expect(visibleText(form)).to.contain('Tarjeta de crédito o débito ($49.50)');
  });
});
