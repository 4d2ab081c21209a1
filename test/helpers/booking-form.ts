/** Steps of the visit form a patient takes in the billing, someone-else and rules flows. */
import { waitUntil } from '@open-wc/testing';
import { engine, pressKey } from './keys.js';
import type { VisitErrorDetail } from '../../src/widget/events.js';
import { choose, deepQueryAll, getByLabel, getRadio, queryByLabel, typeInto } from './dom.js';
import { SANDBOX_URL } from './sandbox.js';

/** Picks a radio with the keyboard, as a patient tabbing through the form does. */
export async function pickRadio(el: HTMLElement, group: string, option: string): Promise<void> {
  getRadio(el, group, option).focus();
  await pressKey('Space');
}

export async function acceptTerms(el: HTMLElement): Promise<void> {
  getByLabel(el, 'I accept').focus();
  await pressKey('Space');
}

/**
 * Types a date into a native date field the way the engine's en-US field takes it: month, day, year;
 * Chromium and Firefox move to the next part by themselves, WebKit's field wants the slashes typed.
 */
export async function typeDate(el: HTMLElement, label: string, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  await typeInto(getByLabel(el, label), engine === 'webkit' ? `${month}/${day}/${year}` : `${month}${day}${year}`);
  await waitUntil(() => getByLabel(el, label).value === isoDate, `${label} did not take ${isoDate}`);
}

/** The text shown beside a control: its `-error` element named by aria-describedby, or '' when none. */
export function errorBeside(control: HTMLElement): string {
  const id = (control.getAttribute('aria-describedby') ?? '').split(' ').find((candidate) => candidate.endsWith('-error'));
  if (!id) return '';
  return ((control.getRootNode() as ShadowRoot).getElementById(id)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The entries of the error summary ("Field: what to do"), or [] when it is not shown. */
export function summaryEntries(el: HTMLElement): string[] {
  return deepQueryAll(el, '[part="error-summary"] li').map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim());
}

export function errorSummary(el: HTMLElement): HTMLElement | undefined {
  return deepQueryAll(el, '[part="error-summary"]')[0];
}

/** Waits until the summary is shown and holds focus (focus sits in the form's shadow root). */
export async function waitForFocusedSummary(el: HTMLElement): Promise<HTMLElement> {
  await waitUntil(() => {
    const summary = errorSummary(el);
    return summary && (summary.getRootNode() as ShadowRoot).activeElement === summary;
  }, 'the error summary never took focus');
  return errorSummary(el)!;
}

/** The field Stripe (here, the fake) mounted into the form. */
export function cardInput(el: HTMLElement): HTMLInputElement | undefined {
  return deepQueryAll<HTMLInputElement>(el, 'input[aria-label="Card number"]')[0];
}

export async function waitForCardInput(el: HTMLElement): Promise<HTMLInputElement> {
  await waitUntil(() => cardInput(el), 'the card field was never mounted');
  return cardInput(el)!;
}

/** Collects `visit-error` details. */
export function visitErrors(el: HTMLElement): VisitErrorDetail[] {
  const errors: VisitErrorDetail[] = [];
  el.addEventListener('visit-error', (event) => errors.push(event.detail));
  return errors;
}

/**
 * A `getDependentPatientId` hook the way a host writes one: it registers the person with the
 * sandbox's stand-in for DexCare's `/v1/patient/other`, using the signed-in patient's token.
 */
export function registeringHook(accessToken: string) {
  const calls: unknown[] = [];
  const identifiers: string[] = [];
  const hook = async (dependent: unknown): Promise<string> => {
    calls.push(dependent);
    const response = await fetch(`${SANDBOX_URL}/sandbox/dependents`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(dependent),
    });
    if (!response.ok) throw new Error(`dependents: HTTP ${response.status}`);
    const { identifier } = (await response.json()) as { identifier: string };
    identifiers.push(identifier);
    return identifier;
  };
  return { hook, calls, identifiers };
}

/** Fills the dependent's demographics and the relationship, after "Someone in my care" was picked. */
export async function fillDependent(
  el: HTMLElement,
  { firstName = 'Grace', lastName = 'Lovelace', dateOfBirth = '2018-04-02', gender = 'Female', relationship = 'Mother' } = {},
): Promise<void> {
  await waitUntil(() => queryByLabel(el, 'First name'), 'the dependent fields never appeared');
  await typeInto(getByLabel(el, 'First name'), firstName);
  await typeInto(getByLabel(el, 'Last name'), lastName);
  await typeDate(el, 'Date of birth', dateOfBirth);
  choose(getByLabel<HTMLSelectElement>(el, 'Gender'), gender);
  choose(getByLabel<HTMLSelectElement>(el, 'Your relationship to the patient'), relationship);
}
