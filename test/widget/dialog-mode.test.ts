/**
 * `mode="dialog"`: a launcher that opens the widget in a native modal dialog. Driven by the keyboard,
 * against the sandbox: open, book, close by Escape or Close, focus back on the launcher, nothing typed
 * lost on reopening, the page behind held still, the whole screen on a phone, and back from sign-in
 * straight into the dialog.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '../helpers/viewport.js';
import { pressKey } from '../helpers/keys.js';
import type { DexCareVirtualVisit } from '../../src/widget/dexcare-virtual-visit.js';
import { allText, deepActiveElement, getButton, getByLabel, queryByLabel, typeInto } from '../helpers/dom.js';
import { ACME_PRACTICE_ID, MONTANA_REGION_ID, SANDBOX_URL, signIn } from '../helpers/sandbox.js';
import { chooseRegion, fillCouponVisit, freshSandbox, submitVisit } from '../helpers/widget.js';
import '../../src/index.js';

const RESUME_KEY = 'dexcare-virtual-visit.sign-in-return';

async function mountDialog(label?: string) {
  const el = await fixture<DexCareVirtualVisit>(html`<dexcare-virtual-visit
    mode="dialog"
    launcher-label=${label ?? ''}
    practice-id=${ACME_PRACTICE_ID}
    brand="acme"
    api-base-url=${SANDBOX_URL}
  ></dexcare-virtual-visit>`);
  const session = await signIn();
  el.getAccessToken = async () => session.accessToken;
  el.patient = session.patient;
  const created: string[] = [];
  el.addEventListener('visit-created', (event) => {
    event.preventDefault();
    created.push(event.detail.visitId);
  });
  await waitUntil(() => launcher(el), 'no launcher');
  return { el, created };
}

const launcher = (el: DexCareVirtualVisit) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="launcher"]');
const dialog = (el: DexCareVirtualVisit) => el.shadowRoot!.querySelector('dialog')!;

async function openByKeyboard(el: DexCareVirtualVisit) {
  launcher(el)!.focus();
  await pressKey('Enter');
  await waitUntil(() => dialog(el).open, 'the dialog did not open');
}

describe('mode="dialog"', () => {
  beforeEach(freshSandbox);
  afterEach(async () => {
    sessionStorage.removeItem(RESUME_KEY);
    document.documentElement.style.overflow = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('shows only the launcher, "See a clinician online" by default or launcher-label, until opened', async () => {
    const { el } = await mountDialog();
    expect(launcher(el)!.textContent!.trim()).to.equal('See a clinician online');
    expect(launcher(el)!.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(dialog(el).open).to.equal(false);
    await expect(el).to.be.accessible();
    el.launcherLabel = 'Talk to a doctor now';
    await el.updateComplete;
    expect(launcher(el)!.textContent!.trim()).to.equal('Talk to a doctor now');
  });

  it('a keyboard-only booking: open, choose, Continue, fill, request; axe clean in the dialog', async () => {
    const { el, created } = await mountDialog();
    await openByKeyboard(el);
    expect(dialog(el).getAttribute('aria-labelledby')).to.equal('dexcare-step-heading');
    expect(el.shadowRoot!.getElementById('dexcare-step-heading')!.textContent).to.equal('See a clinician online');
    await chooseRegion(el, 'Montana');
    await waitUntil(() => allText(el).includes('Open now'), 'never open', { timeout: 5000 });
    await expect(el).to.be.accessible();
    getButton(el, 'Continue').focus();
    await pressKey('Enter');
    await waitUntil(() => queryByLabel(el, 'Reason for visit'), 'no form');
    expect(el.shadowRoot!.getElementById('dexcare-step-heading')!.textContent, 'named by the step now showing').to.equal('Your visit');
    await fillCouponVisit(el);
    await expect(el).to.be.accessible();
    await submitVisit(el);
    await waitUntil(() => created.length === 1, 'no visit created');
  });

  it('Escape closes it, focus returns to the launcher, the page scrolls again, and reopening keeps what was typed', async () => {
    const { el } = await mountDialog();
    document.documentElement.style.overflow = 'auto';
    await openByKeyboard(el);
    expect(document.documentElement.style.overflow, 'the page behind is held').to.equal('hidden');
    await chooseRegion(el, 'Montana');
    await waitUntil(() => allText(el).includes('Open now'), 'never open', { timeout: 5000 });
    getButton(el, 'Continue').click();
    await waitUntil(() => queryByLabel(el, 'Reason for visit'));
    await typeInto(getByLabel(el, 'Reason for visit'), 'Cough for a week');
    await pressKey('Escape');
    await waitUntil(() => !dialog(el).open, 'Escape did not close it');
    expect(deepActiveElement()).to.equal(launcher(el));
    expect(document.documentElement.style.overflow, 'as the page had it').to.equal('auto');

    await openByKeyboard(el);
    expect(getByLabel<HTMLTextAreaElement>(el, 'Reason for visit').value).to.equal('Cough for a week');
    getButton(el, 'Close').focus();
    await pressKey('Enter');
    await waitUntil(() => !dialog(el).open, 'Close did not close it');
    expect(deepActiveElement()).to.equal(launcher(el));
  });

  it('fills the whole screen on a 320 px phone', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el } = await mountDialog();
    await openByKeyboard(el);
    const box = dialog(el).getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, 320, 640]);
    await chooseRegion(el, 'Montana');
    expect(dialog(el).scrollWidth, 'nothing wider than the screen').to.be.at.most(320);
    dialog(el).close();
  });

  it('removed while open: the page scrolls again', async () => {
    const { el } = await mountDialog();
    await openByKeyboard(el);
    el.remove();
    expect(document.documentElement.style.overflow).to.equal('');
  });

  it('back from sign-in (sign-in-url): the dialog opens by itself, on the form for the state chosen before', async () => {
    sessionStorage.setItem(RESUME_KEY, JSON.stringify({ practiceId: ACME_PRACTICE_ID, regionId: MONTANA_REGION_ID, step: 'details', expires: Date.now() + 60_000 }));
    const { el } = await mountDialog();
    await waitUntil(() => dialog(el).open, 'the dialog did not open on return');
    await waitUntil(() => queryByLabel(el, 'Reason for visit'), 'not on the form');
    dialog(el).close();
  });
});
