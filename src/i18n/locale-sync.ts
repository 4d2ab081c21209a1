import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { applyLocale, widgetLanguage, type WidgetLanguage } from './localization.js';

/**
 * Keeps the page's lit-localize locale in step with what the widget asks for (its `locale`, else the
 * page's `<html lang>`, else the browser), and re-reads it when the page changes its `lang`, as
 * single-page apps do when the patient picks a language there.
 */
export class LocaleSync implements ReactiveController {
  private applied?: WidgetLanguage;
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly requested: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Before each render; only a change of language loads anything, so renders stay cheap. */
  hostUpdate(): void {
    const language = widgetLanguage(this.requested());
    if (language === this.applied) return;
    this.applied = language;
    // If the Spanish chunk cannot load (offline), the widget stays readable in English.
    applyLocale(language).catch(() => {});
  }
}
