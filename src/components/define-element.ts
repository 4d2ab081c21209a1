/**
 * Like Lit's @customElement, but harmless when the name is already taken: loading the bundle twice,
 * or after another copy, keeps the first definition and the widgets already on the page.
 *
 * Put it above every other class decorator (`@localized()` included): decorators apply bottom-up, and
 * defining the element upgrades those already in the page at once, so a decorator applied after it
 * misses them (a widget in the page's markup then never re-rendered when Spanish arrived).
 */
export function defineElement(name: string) {
  return (elementClass: CustomElementConstructor): void => {
    if (!customElements.get(name)) customElements.define(name, elementClass);
  };
}
