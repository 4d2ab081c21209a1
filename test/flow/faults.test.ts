/**
 * Slow, hanging, failing and garbled answers to the widget's GETs, set through the sandbox's fault
 * switch: the patient always sees a steady loading state, then either the answer or a clear message
 * with "Try again"; retries are bounded; nothing broken ever reaches the screen.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { pressKey } from '../helpers/keys.js';
import { allText, deepActiveElement, getButton, queryButton, queryByLabel, waitForText } from '../helpers/dom.js';
import { ACME_PRACTICE_ID, MONTANA_REGION_ID, WYOMING_REGION_ID, receivedRequests, setFaults, type Fault } from '../helpers/sandbox.js';
import { chooseRegion, freshSandbox, mountWidget } from '../helpers/widget.js';

const PRACTICE_PATH = `/api/8/DexCare/practices/${ACME_PRACTICE_ID}`;
const AVAILABILITY_PATH = `/api/8/practiceRegions/${MONTANA_REGION_ID}/availability`;

/** GETs the sandbox finished (answered or dropped) whose path ends with `path`. */
async function getsTo(path: string) {
  return (await receivedRequests()).filter((request) => request.method === 'GET' && request.path.endsWith(path));
}

const badge = (el: HTMLElement) => el.shadowRoot!.querySelector('dexcare-wait-time-badge');
const heightOf = (element: Element | null) => element!.getBoundingClientRect().height;

/**
 * Counts the widget's own fetch attempts to paths ending with `path`. Installed before mounting, as the
 * client binds `fetch` when it is made. Needed for dropped connections: Chrome itself resends a request
 * once when a reused keep-alive connection drops, so the sandbox may log more attempts than were made.
 */
function countFetches(path: string) {
  const realFetch = window.fetch;
  const spy = { count: 0, restore: () => void (window.fetch = realFetch) };
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (new URL(url).pathname.endsWith(path)) spy.count++;
    return realFetch.call(window, input, init);
  };
  return spy;
}

/** Fails the test on words that only a bug puts on screen. */
function expectNoBrokenText(el: HTMLElement) {
  expect(allText(el)).not.to.match(/\bundefined\b|\bNaN\b|\bnull\b|\[object Object\]|Infinity/);
}

/** Counts uncaught errors and unhandled rejections while a test runs. */
function watchCrashes() {
  const crashes: unknown[] = [];
  const onError = (event: ErrorEvent) => crashes.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => crashes.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    crashes,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

describe('flow: slow answers', () => {
  beforeEach(freshSandbox);
  afterEach(() => setFaults([]));

  it('the practice skeleton holds the place of the region list: no layout jump', async () => {
    await setFaults([{ path: PRACTICE_PATH, latencyMs: 700 }]);
    const { el } = await mountWidget();
    const skeleton = el.shadowRoot!.querySelector('[aria-busy="true"]');
    expect(skeleton, 'a loading state while the practice loads').to.exist;
    const loading = heightOf(el);
    await waitUntil(() => queryByLabel(el, 'Where are you right now?'), 'the region list never appeared', { timeout: 5000 });
    expect(Math.abs(heightOf(el) - loading), `loading ${loading}px, loaded ${heightOf(el)}px`).to.be.at.most(4);
  });

  for (const [region, regionId, answer] of [
    ['Montana', MONTANA_REGION_ID, 'Open now'],
    ['Wyoming', WYOMING_REGION_ID, 'Closed right now'],
  ] as const) {
    it(`the status badge keeps its height from loading to "${answer}" (${region})`, async () => {
      await setFaults([{ regionId, latencyMs: 700 }]);
      const { el } = await mountWidget();
      await chooseRegion(el, region);
      await waitUntil(() => badge(el), 'no badge while loading');
      const loading = heightOf(badge(el));
      expect(loading).to.be.greaterThan(0);
      await waitForText(el, answer);
      expect(Math.abs(heightOf(badge(el)) - loading), `loading ${loading}px, loaded ${heightOf(badge(el))}px`).to.be.at.most(4);
    });
  }
});

describe('flow: requests that hang', () => {
  beforeEach(freshSandbox);
  afterEach(() => setFaults([]));

  it('the practice: a timeout, a clear message, and "Try again" works once the fault is gone', async () => {
    await setFaults([{ path: PRACTICE_PATH, hang: true }]);
    const { el } = await mountWidget({ properties: { requestTimeout: 500 } });
    await waitForText(el, 'taking too long');
    // The sandbox logs a hung request when the client gives up on it, a moment after the message shows.
    await waitUntil(async () => (await getsTo(PRACTICE_PATH)).length > 0, 'the hung request was never logged', { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await getsTo(PRACTICE_PATH)).length, 'a timeout is not retried behind the patient\'s back').to.equal(1);
    await setFaults([]);
    getButton(el, 'Try again').focus();
    await pressKey('Enter');
    await waitUntil(() => queryByLabel(el, 'Where are you right now?'), 'Try again did not load the practice');
    expectNoBrokenText(el);
    await waitUntil(() => deepActiveElement()?.localName === 'select', `focus went to ${deepActiveElement()?.localName}, not the list of states`);
  });

  it('the region: the badge says so and its "Try again" works once the fault is gone', async () => {
    await setFaults([{ regionId: MONTANA_REGION_ID, path: '/availability', hang: true }]);
    const { el } = await mountWidget({ properties: { requestTimeout: 500 } });
    await chooseRegion(el, 'Montana');
    await waitForText(el, 'taking too long');
    await setFaults([]);
    getButton(el, 'Try again').focus();
    await pressKey('Enter');
    await waitForText(el, 'Open now');
    await waitUntil(() => deepActiveElement()?.textContent?.trim() === 'Continue', `focus went to ${deepActiveElement()?.localName}, not Continue`);
  });
});


describe('flow: server errors and dropped connections on GETs', () => {
  beforeEach(freshSandbox);
  afterEach(() => setFaults([]));

  const failures: Array<[string, Omit<Fault, 'path'>]> = [
    ['500', { status: 500 }],
    ['502', { status: 502 }],
    ['503', { status: 503 }],
    ['a dropped connection', { destroy: true }],
  ];

  for (const [name, fault] of failures) {
    it(`practice, ${name}: 1 + 2 retries, then a clear message and a working "Try again"`, async () => {
      await setFaults([{ path: PRACTICE_PATH, ...fault }]);
      const attempts = countFetches(PRACTICE_PATH);
      const { el } = await mountWidget().finally(attempts.restore);
      await waitUntil(() => queryButton(el, 'Try again'), 'no "Try again"', { timeout: 5000 });
      expect(allText(el)).to.match(/could not reach the clinic|went wrong on our side/);
      expect(attempts.count).to.equal(3);
      if (fault.status) expect(await getsTo(PRACTICE_PATH)).to.have.length(3);
      await setFaults([]);
      getButton(el, 'Try again').click();
      await waitUntil(() => queryByLabel(el, 'Where are you right now?'), 'Try again did not load the practice');
      expectNoBrokenText(el);
    });
  }

  it('region availability, 503: 1 + 2 retries, then the badge\'s "Try again" works', async () => {
    await setFaults([{ path: AVAILABILITY_PATH, status: 503 }]);
    const { el } = await mountWidget();
    await chooseRegion(el, 'Montana');
    await waitForText(el, 'We could not check the clinic');
    expect(await getsTo(AVAILABILITY_PATH)).to.have.length(3);
    await setFaults([]);
    getButton(el, 'Try again').click();
    await waitForText(el, 'Open now');
  });

  it('a failure that happens once is recovered by the retry, unseen by the patient', async () => {
    await setFaults([
      { path: PRACTICE_PATH, status: 503, times: 1 },
      { path: AVAILABILITY_PATH, destroy: true, times: 1 },
    ]);
    const { el } = await mountWidget();
    const errors: unknown[] = [];
    el.addEventListener('visit-error', (event) => errors.push(event.detail));
    await chooseRegion(el, 'Montana');
    await waitForText(el, 'Open now');
    expect(errors).to.deep.equal([]);
    expect(await getsTo(PRACTICE_PATH)).to.have.length(2);
    expect(await getsTo(AVAILABILITY_PATH)).to.have.length(2);
  });

  it('a 404 for the practice is not retried', async () => {
    const { el } = await mountWidget({ practiceId: 'no-such-practice' });
    await waitForText(el, 'could not be found');
    expect(await getsTo('/practices/no-such-practice')).to.have.length(1);
  });
});

describe('flow: malformed and wrong-shaped answers', () => {
  beforeEach(freshSandbox);
  afterEach(() => setFaults([]));

  const practiceBodies: Array<[string, string]> = [
    ['malformed JSON', '{"id": "0cee700e", "practiceRegions": ['],
    ['HTML', '<html><body>Gateway</body></html>'],
    ['an empty body', ''],
    ['JSON null', 'null'],
    ['a list', '[]'],
    ['a string', '"practice"'],
    ['missing fields', '{"id": "x"}'],
    ['fields of the wrong type', '{"id": 7, "displayName": null, "payment": [], "practiceRegions": "none"}'],
    ['a region of the wrong shape', '{"id": "x", "displayName": "X", "payment": {}, "practiceRegions": [{"id": 1, "displayName": {}}]}'],
  ];

  for (const [name, body] of practiceBodies) {
    it(`practice answer with ${name}: a clear error, no crash`, async () => {
      const watch = watchCrashes();
      await setFaults([{ path: PRACTICE_PATH, body }]);
      const { el } = await mountWidget();
      await waitForText(el, 'could not read');
      expect(queryButton(el, 'Try again')).to.exist;
      expectNoBrokenText(el);
      watch.stop();
      expect(watch.crashes).to.deep.equal([]);
    });
  }

  const regionBodies: Array<[string, Fault]> = [
    ['malformed availability', { path: AVAILABILITY_PATH, body: '{"available": tru' }],
    ['availability of the wrong type', { path: AVAILABILITY_PATH, body: '{"available": "yes"}' }],
    ['a wait time that is text', { regionId: MONTANA_REGION_ID, path: '/waittime', body: '{"estimatedWaitTimeSeconds": "soon"}' }],
    ['a negative wait time', { regionId: MONTANA_REGION_ID, path: '/waittime', body: '{"estimatedWaitTimeSeconds": -60}' }],
    ['a wait time of null', { regionId: MONTANA_REGION_ID, path: '/waittime', body: '{"estimatedWaitTimeSeconds": null}' }],
  ];

  for (const [name, fault] of regionBodies) {
    it(`${name}: the badge says it could not read the answer`, async () => {
      const watch = watchCrashes();
      await setFaults([fault]);
      const { el } = await mountWidget();
      await chooseRegion(el, 'Montana');
      await waitForText(el, 'could not read');
      expect(queryButton(el, 'Continue'), 'no way on without a real answer').to.equal(null);
      expectNoBrokenText(el);
      watch.stop();
      expect(watch.crashes).to.deep.equal([]);
    });
  }

  it('odd but usable values never show as "null", "NaN" or "undefined"', async () => {
    const practice = {
      id: ACME_PRACTICE_ID,
      displayName: 'Acme',
      payment: { insurance: true, selfPay: null, serviceKey: true },
      practiceRegions: [
        { id: MONTANA_REGION_ID, displayName: 'Montana', active: true, busy: null, busyMessage: null, visitPrice: 'NaN', availability: null, departments: null, regionCode: null },
        { id: WYOMING_REGION_ID, displayName: 'Wyoming', active: true, busy: true, busyMessage: null, availability: [{ start: null, end: 5 }] },
      ],
    };
    await setFaults([
      { path: PRACTICE_PATH, body: JSON.stringify(practice) },
      { regionId: MONTANA_REGION_ID, path: '/waittime', body: '{"estimatedWaitTimeSeconds": 1e12, "estimateGeneratedAt": null}' },
      { regionId: WYOMING_REGION_ID, path: '/availability', body: '{"available": false, "reason": null}' },
    ]);
    const { el } = await mountWidget();
    await chooseRegion(el, 'Montana');
    await waitForText(el, 'Open now');
    expectNoBrokenText(el);
    await chooseRegion(el, 'Wyoming');
    await waitForText(el, 'Closed right now');
    expectNoBrokenText(el);
  });
});
