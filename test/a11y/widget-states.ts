/**
 * Brings the whole widget, against the sandbox, to each state a patient can meet, so the accessibility
 * checks run on every face of it and not only on its parts.
 */
import { waitUntil } from '@open-wc/testing';
import type { DexCareVirtualVisit } from '../../src/widget/dexcare-virtual-visit.js';
import { deepQueryAll, waitForText } from '../helpers/dom.js';
import { idahoOffHours, receivedVisits, setClock, setFaults, WASHINGTON_BUSY_MESSAGE } from '../helpers/sandbox.js';
import { chooseRegion, fillCouponVisit, freshSandbox, mountWidget, openVisitForm, submitVisit } from '../helpers/widget.js';

export interface WidgetState {
  name: string;
  /** Mounts a fresh widget (sandbox reset first) and leaves it in this state. */
  reach: () => Promise<DexCareVirtualVisit>;
}

async function mounted(): Promise<DexCareVirtualVisit> {
  const { el } = await mountWidget();
  return el;
}

async function atRegion(name: string, shows: string): Promise<DexCareVirtualVisit> {
  const el = await mounted();
  await chooseRegion(el, name);
  await waitForText(el, shows);
  return el;
}

async function submitted(faults: Parameters<typeof setFaults>[0], shows: string): Promise<DexCareVirtualVisit> {
  const el = await mounted();
  await openVisitForm(el);
  await fillCouponVisit(el);
  await setFaults(faults);
  await submitVisit(el);
  await waitForText(el, shows);
  return el;
}

let unsettled: Promise<void> | undefined;

/** For `afterEach`: waits for whatever the last state left in flight at the sandbox. */
export async function settleSandbox(): Promise<void> {
  const pending = unsettled;
  unsettled = undefined;
  await pending;
}

export const WIDGET_STATES: WidgetState[] = [
  {
    name: 'loading',
    reach: async () => {
      await setFaults([{ path: '/DexCare/practices/', latencyMs: 5000 }]);
      const el = await mounted();
      await waitUntil(() => deepQueryAll(el, '[aria-busy="true"]').length > 0, 'no loading skeleton');
      return el;
    },
  },
  {
    name: 'regions',
    reach: async () => {
      const el = await mounted();
      await waitForText(el, 'Where are you right now?');
      return el;
    },
  },
  {
    name: 'checking the region',
    reach: async () => {
      await setFaults([{ path: '/availability', latencyMs: 5000 }]);
      const el = await mounted();
      await chooseRegion(el, 'Montana');
      await waitUntil(() => deepQueryAll(el, '.skeleton.long').length > 0, 'the badge never showed it is checking');
      return el;
    },
  },
  { name: 'out of area', reach: () => atRegion('Other', 'outside our service area') },
  {
    name: 'closed (off hours)',
    reach: async () => {
      await setClock(idahoOffHours());
      return atRegion('Idaho', 'Opens');
    },
  },
  { name: 'busy', reach: () => atRegion('Washington', WASHINGTON_BUSY_MESSAGE) },
  { name: 'open', reach: () => atRegion('Montana', 'Estimated wait') },
  {
    name: 'form',
    reach: async () => {
      const el = await mounted();
      await openVisitForm(el);
      return el;
    },
  },
  {
    name: 'form with errors',
    reach: async () => {
      const el = await mounted();
      await openVisitForm(el);
      await submitVisit(el);
      await waitForText(el, 'problem');
      return el;
    },
  },
  {
    name: 'submitting',
    reach: async () => {
      const el = await submitted([{ path: '/visits', latencyMs: 2000 }], 'Requesting your visit');
      // The POST goes on after the test (the widget does not abort a visit request when removed): let it
      // land before the sandbox is reset, or it would reach the next test's sandbox with an old token.
      unsettled = waitUntil(async () => (await receivedVisits()).length > 0, 'the slow visit request never landed', { timeout: 5000 });
      return el;
    },
  },
  {
    name: 'failure',
    reach: () => submitted([{ path: '/visits', status: 409, body: JSON.stringify({ error: 'The clinic cannot take this visit.' }) }], 'Your visit was not requested'),
  },
  { name: 'outcome unknown', reach: () => submitted([{ path: '/visits', status: 500 }], 'We are not sure your visit was requested') },
  { name: 'created', reach: () => submitted([], 'Your visit is requested') },
];

export { freshSandbox };
