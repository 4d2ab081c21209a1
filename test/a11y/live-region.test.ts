import { expect, waitUntil } from '@open-wc/testing';
import type { Task } from '@lit/task';
import type { DexCareVirtualVisit } from '../../src/widget/dexcare-virtual-visit.js';
import { receivedRequests, setFaults } from '../helpers/sandbox.js';
import { chooseRegion, mountWidget } from '../helpers/widget.js';
import { freshSandbox } from './widget-states.js';

const badgeOf = (el: DexCareVirtualVisit) => el.shadowRoot!.querySelector('dexcare-wait-time-badge');
const liveRegionOf = (el: DexCareVirtualVisit) => badgeOf(el)?.shadowRoot?.querySelector<HTMLElement>('[role="status"]') ?? null;
const spoken = (live: HTMLElement) => live.textContent!.replace(/\s+/g, ' ').trim();

/** Every DOM change inside the live region: what a screen reader would be told about. */
function watch(live: HTMLElement): MutationRecord[] {
  const records: MutationRecord[] = [];
  new MutationObserver((batch) => records.push(...batch)).observe(live, { subtree: true, childList: true, characterData: true, attributes: true });
  return records;
}

/**
 * One refresh of availability and wait time, as the 60 s timer does it (`regionStatus.task.run()`); started
 * through the badge's internal retry event so the test need not wait a minute. Resolves once the
 * sandbox answered and the widget rendered the answer.
 */
async function refresh(el: DexCareVirtualVisit): Promise<void> {
  const waitTimeRequests = async () => (await receivedRequests()).filter((request) => request.path.endsWith('/waittime')).length;
  const before = await waitTimeRequests();
  badgeOf(el)!.dispatchEvent(new CustomEvent('status-retry', { bubbles: true }));
  // The region status controller's task (private): its completion is the moment the answer is in.
  await (el as unknown as { regionStatus: { task: Task<unknown[], unknown> } }).regionStatus.task.taskComplete;
  await el.updateComplete;
  await badgeOf(el)!.updateComplete;
  expect(await waitTimeRequests(), 'the refresh reached the sandbox').to.equal(before + 1);
}

const waitTimeBody = (seconds: number) => JSON.stringify({ estimateGeneratedAt: new Date().toISOString(), estimatedWaitTimeSeconds: seconds });

describe('a11y: the badge is a polite live region that speaks once per real change', () => {
  beforeEach(freshSandbox);

  it('is polite, atomic, and the same node from "checking" to "open" (so the change is announced)', async () => {
    await setFaults([{ path: '/availability', latencyMs: 400, times: 1 }]);
    const { el } = await mountWidget();
    await chooseRegion(el, 'Montana');
    await waitUntil(() => liveRegionOf(el), 'no live region while checking');
    const live = liveRegionOf(el)!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.getAttribute('aria-atomic')).to.equal('true');
    expect(spoken(live)).to.contain('Checking if the virtual clinic is open');
    await waitUntil(() => spoken(live).includes('Open now'), `never opened: ${spoken(live)}`);
    expect(liveRegionOf(el)).to.equal(live);
    expect(spoken(live)).to.equal('Open now Estimated wait: less than 5 minutes');
  });

  it('a refresh with the same figures changes nothing in it; a new wait time and a closing do', async () => {
    const { el } = await mountWidget();
    await chooseRegion(el, 'Montana');
    await waitUntil(() => liveRegionOf(el) && spoken(liveRegionOf(el)!).includes('Estimated wait'));
    const live = liveRegionOf(el)!;
    const mutations = watch(live);

    await refresh(el);
    await refresh(el);
    expect(mutations, 'same figures: silent').to.have.length(0);
    expect(spoken(live)).to.equal('Open now Estimated wait: less than 5 minutes');

    await setFaults([{ path: '/waittime', body: waitTimeBody(900) }]);
    await refresh(el);
    expect(spoken(live)).to.equal('Open now Estimated wait: about 15 minutes');
    expect(mutations.length, 'a new wait time is announced').to.be.greaterThan(0);

    mutations.length = 0;
    await refresh(el);
    expect(mutations, 'the same new figure again: silent').to.have.length(0);

    await setFaults([{ path: '/availability', body: JSON.stringify({ available: false, reason: 'NO_ONCALL_PROVIDERS' }) }]);
    await refresh(el);
    expect(spoken(live)).to.contain('Closed right now');
    expect(mutations.length, 'closing is announced').to.be.greaterThan(0);
  });
});
