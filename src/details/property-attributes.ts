import type { PropertyDeclaration } from 'lit';

type ElementClass = { elementProperties?: Map<PropertyKey, PropertyDeclaration> };

const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * The JavaScript-only properties (functions, objects, numbers) that the page wrote as attributes, which the
 * widget never reads: Vue's `:get-access-token="fn"` on a custom element writes the function's source
 * into an attribute. Read from the element's own declarations, so a new property needs no list here.
 */
export function propertiesWrittenAsAttributes(element: HTMLElement): string[] {
  const declarations = (element.constructor as ElementClass).elementProperties ?? new Map();
  const written: string[] = [];
  for (const [key, options] of declarations) {
    if (options.attribute !== false || options.state || typeof key !== 'string') continue;
    const attribute = [kebab(key), key.toLowerCase()].find((name) => element.hasAttribute(name));
    if (attribute) written.push(`${attribute} (the ${key} property)`);
  }
  return written;
}

const warned = new WeakSet<HTMLElement>();

/** Once per widget, in the console: which attributes were ignored and what to write instead. */
export function warnOfPropertiesWrittenAsAttributes(element: HTMLElement): void {
  const written = propertiesWrittenAsAttributes(element);
  if (written.length === 0 || warned.has(element)) return;
  warned.add(element);
  console.warn(
    `<${element.localName}>: ignored the attribute${written.length > 1 ? 's' : ''} ${written.join(', ')}: ` +
      'functions and objects must be set as properties (element.getAccessToken = fn). ' +
      'In Vue, bind them with .prop, in camelCase: .getAccessToken="fn" or :getAccessToken.prop="fn".',
  );
}
