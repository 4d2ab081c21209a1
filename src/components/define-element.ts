/**
 * Like Lit's @customElement, but harmless when the name is already taken: loading the bundle twice,
 * or after another copy, keeps the first definition and the widgets already on the page.
 */
export function defineElement(name: string) {
  return (elementClass: CustomElementConstructor): void => {
    if (!customElements.get(name)) customElements.define(name, elementClass);
  };
}
