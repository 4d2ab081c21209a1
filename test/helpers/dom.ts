/**
 * Finds things the way a patient does: by visible label, role and text, through shadow roots.
 */
import { waitUntil } from '@open-wc/testing';
import { pressKey, typeKeys } from './keys.js';

/** Every element under `root` matching `selector`, looking inside open shadow roots. */
export function deepQueryAll<T extends Element = HTMLElement>(root: Element | ShadowRoot | Document, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.matches(selector)) found.push(element as T);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return [...new Set(found)];
}

const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Visible: rendered with a size (what a sighted patient could see). */
export function isVisible(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** The control whose visible label starts with `label` (case-insensitive); radios: the group's fieldset. */
export function getByLabel<T extends HTMLElement = HTMLInputElement>(root: Element, label: string): T {
  const wanted = label.toLowerCase();
  const bare = (element: Element) => textOf(element).toLowerCase().replace(/ \((required|optional)\)$/, '');
  const candidates = deepQueryAll(root, 'label, legend').filter((element) => bare(element).startsWith(wanted) && isVisible(element));
  // An exact label beats one that merely starts the same way ("Coupon code" vs "Coupon code (required)" is exact).
  candidates.sort((a, b) => Number(bare(b) === wanted) - Number(bare(a) === wanted));
  for (const element of candidates) {
    if (element instanceof HTMLLabelElement && element.control) return element.control as unknown as T;
    if (element.localName === 'legend') return element.parentElement as T;
  }
  throw new Error(`No visible control labelled "${label}"`);
}

export function queryByLabel<T extends HTMLElement = HTMLInputElement>(root: Element, label: string): T | null {
  try {
    return getByLabel<T>(root, label);
  } catch {
    return null;
  }
}

/** A visible button whose text starts with `name`. */
export function getButton(root: Element, name: string): HTMLButtonElement {
  const button = deepQueryAll<HTMLButtonElement>(root, 'button').find(
    (candidate) => textOf(candidate).toLowerCase().startsWith(name.toLowerCase()) && isVisible(candidate),
  );
  if (!button) throw new Error(`No visible button "${name}"`);
  return button;
}

export function queryButton(root: Element, name: string): HTMLButtonElement | null {
  try {
    return getButton(root, name);
  } catch {
    return null;
  }
}

/** All text a patient can read in the widget, shadow roots included. */
export function visibleText(root: Element): string {
  return deepQueryAll(root, 'p, h2, h3, li, label, legend, button, a, span')
    .filter((element) => isVisible(element) && !element.closest('.visually-hidden'))
    .map(textOf)
    .join(' | ');
}

export async function waitForText(root: Element, text: string, timeout = 5000): Promise<void> {
  await waitUntil(() => visibleText(root).includes(text), `Text "${text}" did not appear; saw: ${visibleText(root)}`, { timeout });
}

/** Focuses a control and types into it with real key presses. */
export async function typeInto(control: HTMLElement, text: string): Promise<void> {
  control.focus();
  await typeKeys(text);
}

/** Clears a text control with the keyboard, then types. */
export async function retype(control: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  control.focus();
  control.select();
  await pressKey('Backspace');
  if (text) await typeKeys(text);
}

/** Chooses an option of a native select by its visible text, as a keyboard user would end up doing. */
export function choose(select: HTMLSelectElement, optionText: string): void {
  const option = [...select.options].find((candidate) => textOf(candidate).startsWith(optionText));
  if (!option) throw new Error(`No option "${optionText}" in ${select.id}: ${[...select.options].map(textOf).join(', ')}`);
  select.focus();
  select.value = option.value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The radio in a group (found by its legend) whose label starts with `optionText`. */
export function getRadio(root: Element, groupLabel: string, optionText: string): HTMLInputElement {
  const group = getByLabel<HTMLFieldSetElement>(root, groupLabel);
  const label = [...group.querySelectorAll('label')].find((candidate) => textOf(candidate).startsWith(optionText));
  const radio = label?.querySelector('input');
  if (!radio) throw new Error(`No option "${optionText}" in "${groupLabel}"`);
  return radio;
}

/** Every text node in `root` and its shadow roots, styles excluded: what could ever reach the screen. */
export function allText(root: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.parentElement?.localName !== 'style') parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
