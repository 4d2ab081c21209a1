/** Mounts the real widget against the sandbox and walks the steps a patient takes. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { pressKey } from './keys.js';
import '../../src/index.js';
import { forgetSharedPractices } from '../../src/api/client.js';
import type { DexCareVirtualVisit } from '../../src/widget/dexcare-virtual-visit.js';
import type { VisitCreatedDetail } from '../../src/widget/events.js';
import { choose, getButton, getByLabel, getRadio, queryByLabel, typeInto, waitForText } from './dom.js';
import { ACME_PRACTICE_ID, SANDBOX_URL, resetSandbox, signIn } from './sandbox.js';

export async function freshSandbox(): Promise<void> {
  await resetSandbox();
  forgetSharedPractices();
}

export interface MountOptions {
  practiceId?: string;
  signedIn?: boolean;
  /** Set before the first render, so the first requests already use them (e.g. `requestTimeout`). */
  properties?: Partial<Pick<DexCareVirtualVisit, 'requestTimeout' | 'waitTimeRefreshInterval' | 'apiBaseUrl'>>;
}

export async function mountWidget({ practiceId = ACME_PRACTICE_ID, signedIn = true, properties = {} }: MountOptions = {}) {
  const el = await fixture<DexCareVirtualVisit>(
    html`<dexcare-virtual-visit
      practice-id=${practiceId}
      brand="acme"
      api-base-url=${properties.apiBaseUrl ?? SANDBOX_URL}
      .requestTimeout=${properties.requestTimeout ?? 15_000}
      .waitTimeRefreshInterval=${properties.waitTimeRefreshInterval ?? 60_000}
    ></dexcare-virtual-visit>`,
  );
  const session = signedIn ? await signIn() : undefined;
  if (session) {
    el.getAccessToken = async () => session.accessToken;
    el.patient = session.patient;
  }
  /** Every visit-created detail; navigation is prevented so the test page stays. */
  const created: VisitCreatedDetail[] = [];
  el.addEventListener('visit-created', (event) => {
    event.preventDefault();
    created.push(event.detail);
  });
  return { el, session, created };
}

export async function chooseRegion(el: HTMLElement, name: string): Promise<void> {
  await waitUntil(() => queryByLabel(el, 'Where are you right now?'), 'the region list never appeared');
  choose(getByLabel(el, 'Where are you right now?'), name);
}

export async function openVisitForm(el: HTMLElement, region = 'Montana'): Promise<void> {
  await chooseRegion(el, region);
  await waitForText(el, 'Open now');
  getButton(el, 'Continue').click();
  await waitUntil(() => queryByLabel(el, 'Reason for visit'), 'the visit form never appeared');
}

/** Fills what the prefill leaves: the reason, coupon payment and terms. */
export async function fillCouponVisit(el: HTMLElement, { reason = 'Sore throat', coupon = 'SANDBOX-FREE' } = {}): Promise<void> {
  await typeInto(getByLabel(el, 'Reason for visit'), reason);
  getRadio(el, 'Payment method', 'Coupon code').focus();
  await pressKey('Space');
  await waitUntil(() => queryByLabel(el, 'Coupon or service key'));
  await typeInto(getByLabel(el, 'Coupon or service key'), coupon);
  getByLabel(el, 'I accept').focus();
  await pressKey('Space');
}

export async function submitVisit(el: HTMLElement): Promise<void> {
  getButton(el, 'Request visit').focus();
  await pressKey('Enter');
}

/** What `action` wrote with console.warn (or console.info), a string per call; the console is put back however it ends. */
export async function warningsDuring(action: () => Promise<void>, level: 'warn' | 'info' = 'warn'): Promise<string[]> {
  const messages: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => void messages.push(args.join(' '));
  try {
    await action();
  } finally {
    console[level] = original;
  }
  return messages;
}
