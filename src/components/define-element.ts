import type { ReactiveElement } from 'lit';
import { RerenderOnLanguageChange } from '../i18n/rerender-on-language-change.js';

/**
 * Like Lit's @customElement, but harmless when the name is already taken: loading the bundle twice,
 * or after another copy, keeps the first definition and the widgets already on the page. Every element
 * it defines follows the page's language (RerenderOnLanguageChange).
 *
 * Both in one decorator, language first: defining upgrades the elements already in the page's markup
 * at once, so anything a decorator adds after that misses them (a widget in the markup then never
 * re-rendered when Spanish arrived, and kept its English heading).
 */
export function defineElement(name: string) {
  return (elementClass: CustomElementConstructor & Pick<typeof ReactiveElement, 'addInitializer'>): void => {
    elementClass.addInitializer((element) => new RerenderOnLanguageChange(element));
    if (!customElements.get(name)) customElements.define(name, elementClass);
  };
}
