import { expect, waitUntil } from '@open-wc/testing';
import { activeLanguage, applyLocale } from '../../src/i18n/localization.js';
import { visibleText } from '../helpers/dom.js';
import { freshSandbox, settleSandbox, WIDGET_STATES } from '../a11y/widget-states.js';

/** The English sentences of xliff/es.xlf whose Spanish differs: none of them may show in Spanish. */
async function englishSources(): Promise<string[]> {
  const xliff = new DOMParser().parseFromString(await (await fetch('/xliff/es.xlf')).text(), 'application/xml');
  return [...xliff.querySelectorAll('trans-unit')]
    .filter((unit) => !unit.querySelector('source x')) // whole strings only; templates are checked by their parts
    .map((unit) => ({ source: unit.querySelector('source')!.textContent!.trim(), target: unit.querySelector('target')?.textContent?.trim() }))
    .filter(({ source, target }) => target && target !== source)
    .map(({ source }) => source);
}

/** English left on screen: a whole visible text that is an English message, or contains a long one. */
function englishLeft(el: HTMLElement, sources: string[]): string[] {
  const chunks = visibleText(el).split(' | ');
  return sources.filter((source) =>
    chunks.some((chunk) => chunk === source || chunk.startsWith(`${source} (`) || (source.includes(' ') && source.length > 12 && chunk.includes(source))),
  );
}

describe('i18n: every state reads in Spanish, and stays accessible', () => {
  let sources: string[];
  before(async () => {
    sources = await englishSources();
    expect(sources.length, 'English messages to look for').to.be.greaterThan(150);
  });
  beforeEach(freshSandbox);
  afterEach(settleSandbox);
  after(() => applyLocale('en'));

  for (const state of WIDGET_STATES) {
    it(`${state.name}: no English left, lang="es", no axe violations`, async () => {
      const el = await state.reach();
      el.locale = 'es';
      await waitUntil(() => activeLanguage() === 'es', 'Spanish never loaded');
      await el.updateComplete;
      expect(englishLeft(el, sources), visibleText(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.widget')!.getAttribute('lang')).to.equal('es');
      await expect(el).to.be.accessible();
    });
  }
});
