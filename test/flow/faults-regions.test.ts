/**
 * Switching regions quickly, leaving the page and coming back, and practices that cannot book:
 * only the last choice's answers ever show, a removed widget leaves nothing running, and a practice
 * that is missing, dormant or closed everywhere says so plainly.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { allText, queryButton, queryByLabel, waitForText } from '../helpers/dom.js';
import {
  CLOSED_PRACTICE_ID, DORMANT_PRACTICE_ID, MONTANA_REGION_ID, WASHINGTON_BUSY_MESSAGE, WASHINGTON_REGION_ID, WYOMING_REGION_ID,
  receivedRequests, setFaults,
} from '../helpers/sandbox.js';
import { chooseRegion, freshSandbox, mountWidget } from '../helpers/widget.js';

const regionPath = (regionId: string) => `/api/8/practiceRegions/${regionId}/`;
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function regionGets(regionId: string, route?: 'availability' | 'waittime') {
  return (await receivedRequests()).filter(
    (request) => request.method === 'GET' && request.path.startsWith(regionPath(regionId) + (route ?? '')),
  );
}

/**
 * A page whose fetch lets answers for `slowRegionId` arrive even after the widget aborted them (as a
 * proxy or a cache might): the widget must still ignore them. Installed before mounting.
 */
function deliverAbortedAnswers(slowRegionId: string) {
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!new URL(url).pathname.startsWith(regionPath(slowRegionId))) return realFetch.call(window, input, init);
    const { signal: _ignored, ...rest } = init ?? {};
    return realFetch.call(window, input, rest);
  };
  return () => void (window.fetch = realFetch);
}

/** The widget's own pending timers (created from src/), by watching setTimeout and setInterval. */
function trackWidgetTimers() {
  type Timers = {
    setTimeout: (handler: (...args: unknown[]) => void, delay?: number) => number;
    setInterval: (handler: (...args: unknown[]) => void, delay?: number) => number;
    clearTimeout: (id?: number) => void;
    clearInterval: (id?: number) => void;
  };
  const page = window as unknown as Timers;
  const real: Timers = {
    setTimeout: page.setTimeout.bind(window),
    setInterval: page.setInterval.bind(window),
    clearTimeout: page.clearTimeout.bind(window),
    clearInterval: page.clearInterval.bind(window),
  };
  const pending = new Map<number, string>();
  const fromWidget = () => /\/src\/[\w/-]+\.ts/.exec(new Error().stack ?? '')?.[0];
  page.setTimeout = (handler, delay) => {
    const source = fromWidget();
    const id = real.setTimeout((...args) => {
      pending.delete(id);
      handler(...args);
    }, delay);
    if (source) pending.set(id, `${source} (${delay} ms)`);
    return id;
  };
  page.setInterval = (handler, delay) => {
    const id = real.setInterval(handler, delay);
    const source = fromWidget();
    if (source) pending.set(id, `${source} (every ${delay} ms)`);
    return id;
  };
  page.clearTimeout = (id) => {
    if (id !== undefined) pending.delete(id);
    real.clearTimeout(id);
  };
  page.clearInterval = (id) => {
    if (id !== undefined) pending.delete(id);
    real.clearInterval(id);
  };
  return {
    pending: () => [...pending.values()],
    restore: () => void Object.assign(page, real),
  };
}

describe('flow: switching regions quickly', () => {
  beforeEach(freshSandbox);
  afterEach(() => setFaults([]));

  for (const [slow, slowId, fast, fastText, slowText] of [
    ['Montana', MONTANA_REGION_ID, 'Wyoming', 'Closed right now', 'Open now'],
    ['Washington', WASHINGTON_REGION_ID, 'Montana', 'Open now', WASHINGTON_BUSY_MESSAGE],
  ] as const) {
    it(`${slow} (slow) then ${fast} (fast): only ${fast}'s answer shows, even after ${slow}'s arrives`, async () => {
      await setFaults([{ regionId: slowId, latencyMs: 1200 }]);
      const restoreFetch = deliverAbortedAnswers(slowId);
      const { el } = await mountWidget().finally(restoreFetch);
      const announced: string[] = [];
      el.addEventListener('availability-changed', (event) => announced.push(event.detail.regionId));
      await chooseRegion(el, slow);
      await settle(150);
      await chooseRegion(el, fast);
      await waitForText(el, fastText);
      await waitUntil(async () => (await regionGets(slowId)).some((request) => request.status === 200), `${slow}'s answer never came`, {
        timeout: 4000,
      });
      await settle(200);
      expect(allText(el)).to.include(fastText);
      expect(allText(el)).not.to.include(slowText);
      expect(new Set(announced)).to.deep.equal(new Set([fast === 'Montana' ? MONTANA_REGION_ID : WYOMING_REGION_ID]));
    });
  }
});

describe('flow: removing the widget and adding it back', () => {
  beforeEach(freshSandbox);
  afterEach(() => setFaults([]));

  it('removing it mid-request aborts the requests and leaves no timer; adding it back loads again', async () => {
    await setFaults([{ regionId: MONTANA_REGION_ID, hang: true }]);
    const timers = trackWidgetTimers();
    try {
      const { el } = await mountWidget();
      await chooseRegion(el, 'Montana');
      await waitUntil(() => timers.pending().length >= 2, 'the two region requests never started');
      // Started is not yet sent: Firefox may still hold a fetch when its timer starts, and one aborted before it
      // leaves the browser never reaches the sandbox. Give both time to arrive, so there is something to drop.
      await settle(300);
      const parent = el.parentElement!;
      el.remove();
      await waitUntil(
        async () => (await regionGets(MONTANA_REGION_ID)).filter((request) => request.status === 0).length === 2,
        'the sandbox never saw both requests dropped',
        { timeout: 3000 },
      );
      expect(timers.pending()).to.deep.equal([]);

      await setFaults([]);
      parent.append(el);
      await waitForText(el, 'Open now');
    } finally {
      timers.restore();
    }
  });

  it('the wait-time refresh stops while removed and resumes when added back', async () => {
    const timers = trackWidgetTimers();
    try {
      const { el } = await mountWidget({ properties: { waitTimeRefreshInterval: 1000 } });
      await chooseRegion(el, 'Montana');
      await waitForText(el, 'Open now');
      await waitUntil(async () => (await regionGets(MONTANA_REGION_ID, 'waittime')).length >= 2, 'no refresh', { timeout: 3000 });
      expect(timers.pending().some((timer) => timer.includes('wait-time-refresh')), 'the refresh is scheduled').to.equal(true);

      const parent = el.parentElement!;
      el.remove();
      await settle(100);
      const whileAway = (await regionGets(MONTANA_REGION_ID, 'waittime')).length;
      expect(timers.pending()).to.deep.equal([]);
      await settle(2200);
      expect(await regionGets(MONTANA_REGION_ID, 'waittime')).to.have.length(whileAway);

      parent.append(el);
      await waitUntil(async () => (await regionGets(MONTANA_REGION_ID, 'waittime')).length > whileAway, 'no refresh after coming back', {
        timeout: 3000,
      });
      await waitForText(el, 'Open now');
    } finally {
      timers.restore();
    }
  });

  it('moved to another place in one step while it loads: the practice, then the wait time, load all the same', async () => {
    await setFaults([{ method: 'GET', path: '/DexCare/practices/', latencyMs: 300, times: 1 }]);
    const { el } = await mountWidget();
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    try {
      elsewhere.append(el); // disconnected and connected again before the aborted request settles
      await waitUntil(() => queryByLabel(el, 'Where are you right now?'), 'stuck loading the practice', { timeout: 5000 });

      await setFaults([{ method: 'GET', path: regionPath(MONTANA_REGION_ID), latencyMs: 300, times: 2 }]);
      await chooseRegion(el, 'Montana');
      document.body.append(el);
      await waitForText(el, 'Open now');
    } finally {
      elsewhere.remove();
      el.remove();
      await setFaults([]);
    }
  });

  it('the wait-time refresh pauses while the page is hidden, and catches up at once when it is shown again', async () => {
    const timers = trackWidgetTimers();
    const setVisibility = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      const { el } = await mountWidget({ properties: { waitTimeRefreshInterval: 1000 } });
      await chooseRegion(el, 'Montana');
      await waitForText(el, 'Open now');
      await waitUntil(async () => (await regionGets(MONTANA_REGION_ID, 'waittime')).length >= 2, 'no refresh', { timeout: 3000 });

      setVisibility('hidden');
      await settle(100);
      const whileHidden = (await regionGets(MONTANA_REGION_ID, 'waittime')).length;
      expect(timers.pending().filter((timer) => timer.includes('wait-time-refresh')), 'no refresh scheduled while hidden').to.deep.equal([]);
      await settle(2200);
      expect(await regionGets(MONTANA_REGION_ID, 'waittime'), 'no request while hidden').to.have.length(whileHidden);

      const shownAt = Date.now();
      setVisibility('visible');
      await waitUntil(async () => (await regionGets(MONTANA_REGION_ID, 'waittime')).length > whileHidden, 'no refresh when shown', {
        timeout: 3000,
      });
      expect(Date.now() - shownAt, 'the overdue refresh comes at once, not an interval later').to.be.below(800);
      await waitForText(el, 'Open now');
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      timers.restore();
    }
  });
});

describe('flow: practices that cannot book', () => {
  beforeEach(freshSandbox);

  it('a practice that does not exist: a clear message, and no region requests', async () => {
    const { el } = await mountWidget({ practiceId: 'no-such-practice' });
    await waitForText(el, 'This clinic could not be found');
    expect(queryByLabel(el, 'Where are you right now?')).to.equal(null);
    expect((await receivedRequests()).filter((request) => request.path.includes('practiceRegions'))).to.deep.equal([]);
  });

  it('no active regions: online visits are not offered', async () => {
    const { el } = await mountWidget({ practiceId: DORMANT_PRACTICE_ID });
    await waitForText(el, 'Online visits are not offered right now');
    expect(queryByLabel(el, 'Where are you right now?')).to.equal(null);
    expect((await receivedRequests()).filter((request) => request.path.includes('practiceRegions'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('every region closed: said once the last unknown region turns out closed', async () => {
    const { el } = await mountWidget({ practiceId: CLOSED_PRACTICE_ID });
    await chooseRegion(el, 'New Mexico');
    await waitForText(el, 'Closed right now');
    await waitForText(el, 'All our virtual clinics are closed right now');
    expect(queryButton(el, 'Continue')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('some regions closed is not "all closed"', async () => {
    const { el } = await mountWidget();
    await chooseRegion(el, 'Washington');
    await waitForText(el, WASHINGTON_BUSY_MESSAGE);
    await chooseRegion(el, 'Wyoming');
    await waitForText(el, 'Closed right now');
    expect(allText(el)).not.to.include('All our virtual clinics are closed');
  });
});
