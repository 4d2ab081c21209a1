import type { ReactiveController, ReactiveElement } from 'lit';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { activeLanguage, type WidgetLanguage } from './localization.js';

/**
 * Renders an element again whenever the page's language is not the one its last render used: when
 * lit-localize's strings arrive, and when the element comes back to the page after missing that.
 *
 * It stands in for lit-localize's `@localized()`, which listens only while the element is on the page
 * and only from elements made after the decorator ran: a widget taken off the page (a single-page
 * app's hidden route) while Spanish arrived stayed in English once back, until something else
 * re-rendered it.
 */
export class RerenderOnLanguageChange implements ReactiveController {
  private rendered?: WidgetLanguage;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener(LOCALE_STATUS_EVENT, this);
    this.handleEvent();
  }

  hostDisconnected(): void {
    window.removeEventListener(LOCALE_STATUS_EVENT, this);
  }

  /** Just before render: the strings it reads are this language's. */
  hostUpdate(): void {
    this.rendered = activeLanguage();
  }

  /** Each lit-localize status (only 'ready' changes the language) and each return to the page. */
  handleEvent(): void {
    if (this.rendered && this.rendered !== activeLanguage()) this.host.requestUpdate();
  }
}
