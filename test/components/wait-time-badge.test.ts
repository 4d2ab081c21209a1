import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/wait-time-badge.js';
import type { DexCareWaitTimeBadge, RegionStatus } from '../../src/components/wait-time-badge.js';
import { getButton, visibleText } from '../helpers/dom.js';

async function badge(status: RegionStatus) {
  return fixture<DexCareWaitTimeBadge>(
    html`<dexcare-wait-time-badge .status=${status} .now=${new Date('2026-11-29T18:00:00Z')} locale="en-US"></dexcare-wait-time-badge>`,
  );
}

describe('<dexcare-wait-time-badge>', () => {
  it('open: "Open now" and the wait in words', async () => {
    const el = await badge({ kind: 'open', waitTimeSeconds: 600 });
    expect(visibleText(el)).to.contain('Open now');
    expect(visibleText(el)).to.contain('about 10 minutes');
    await expect(el).to.be.accessible();
  });

  it('busy: the region\'s busy message', async () => {
    const el = await badge({ kind: 'closed', reason: 'REGION_BUSY', busyMessage: 'All clinicians are with patients.', nextOpening: null });
    expect(visibleText(el)).to.contain('Closed right now');
    expect(visibleText(el)).to.contain('All clinicians are with patients.');
    await expect(el).to.be.accessible();
  });

  it('off hours: the reason and when it opens next', async () => {
    const el = await badge({ kind: 'closed', reason: 'OFF_HOURS', busyMessage: '', nextOpening: new Date('2026-11-30T15:00:00Z') });
    expect(visibleText(el)).to.contain('Closed right now');
    expect(visibleText(el)).to.match(/Opens .*(Monday|tomorrow)/);
  });

  it('renders API text as text, never as HTML', async () => {
    const el = await badge({ kind: 'closed', reason: 'REGION_BUSY', busyMessage: '<img src=x onerror="window.__pwned=1">Busy', nextOpening: null });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(visibleText(el)).to.contain('<img src=x');
  });

  it('loading: a skeleton with words for screen readers, in a polite live region', async () => {
    const el = await badge({ kind: 'loading' });
    const live = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.textContent).to.contain('Checking');
    await expect(el).to.be.accessible();
  });

  it('error: a message and "Try again"', async () => {
    const el = await badge({ kind: 'error', message: 'We could not reach the clinic.' });
    expect(visibleText(el)).to.contain('We could not reach the clinic.');
    const retry = oneEvent(el, 'status-retry');
    getButton(el, 'Try again').click();
    await retry;
    await expect(el).to.be.accessible();
  });
});
