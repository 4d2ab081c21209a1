/**
 * What the widget keeps to itself: the token and the patient's data never reach an attribute, the
 * DOM, storage, a URL, the console or an event; the token goes only to api-base-url's origin over
 * HTTPS (plain HTTP on localhost only); API text is never HTML; only the configured waiting room is
 * ever a destination.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { allText, deepQueryAll, getByLabel, retype, waitForText } from '../helpers/dom.js';
import { ACME_PRACTICE_ID, SANDBOX_URL, receivedRequests, setFaults } from '../helpers/sandbox.js';
import { chooseRegion, fillCouponVisit, freshSandbox, mountWidget, openVisitForm, submitVisit } from '../helpers/widget.js';

const PRACTICE_PATH = `/api/8/DexCare/practices/${ACME_PRACTICE_ID}`;
const VISITS_PATH = `/api/8/practices/${ACME_PRACTICE_ID}/visits`;
const REASON = 'Sore throat since Tuesday';
/** The demo patient's data as it could leak: names, phone (both spellings), email, address, birth date, reason. */
const PATIENT_DATA = [/\bAda\b/, /Lovelace/, /555-?222-?3334/, /ada@example\.org/, /1 Main St/, /Helena/, /59601/, /1990-12-10/, new RegExp(REASON)];
const SCRIPT = '<img src=x onerror="window.__dexcareXss = true">';

/** Records every console call (still printing it). */
function spyOnConsole() {
  const lines: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const originals = methods.map((method) => console[method]);
  methods.forEach((method, index) => {
    console[method] = (...args: unknown[]) => {
      lines.push(args.map((arg) => (typeof arg === 'string' ? arg : safeJson(arg))).join(' '));
      originals[index]!.apply(console, args);
    };
  });
  return { lines, restore: () => methods.forEach((method, index) => (console[method] = originals[index]!)) };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Records every write to web storage, cookies, IndexedDB and the Cache API. */
function spyOnStorage() {
  const writes: string[] = [];
  const storage = Storage.prototype;
  const original = { setItem: storage.setItem, removeItem: storage.removeItem, clear: storage.clear, open: indexedDB.open, cachesOpen: caches.open };
  storage.setItem = function (key: string, value: string) {
    writes.push(`setItem ${key}`);
    original.setItem.call(this, key, value);
  };
  storage.removeItem = function (key: string) {
    writes.push(`removeItem ${key}`);
    original.removeItem.call(this, key);
  };
  storage.clear = function () {
    writes.push('clear');
    original.clear.call(this);
  };
  indexedDB.open = (name: string, version?: number) => {
    writes.push(`indexedDB ${name}`);
    return original.open.call(indexedDB, name, version);
  };
  caches.open = (name: string) => {
    writes.push(`caches ${name}`);
    return original.cachesOpen.call(caches, name);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => cookie.get!.call(document),
    set: (value: string) => {
      writes.push(`cookie ${value}`);
      cookie.set!.call(document, value);
    },
  });
  return {
    writes,
    restore() {
      Object.assign(storage, { setItem: original.setItem, removeItem: original.removeItem, clear: original.clear });
      indexedDB.open = original.open;
      caches.open = original.cachesOpen;
      delete (document as { cookie?: string }).cookie;
    },
  };
}

/** Everything the page could read of what is stored, in one string. */
async function storedEverywhere(): Promise<string> {
  const web = [localStorage, sessionStorage].flatMap((store) => Object.entries(store).map(([key, value]) => `${key}=${value}`));
  const databases = (await indexedDB.databases()).map((database) => database.name ?? '');
  return [...web, document.cookie, ...databases, ...(await caches.keys())].join('\n');
}

/** Every event dispatched from script that crosses shadow roots, with its detail. */
function spyOnComposedEvents() {
  const events: Array<{ type: string; detail: unknown }> = [];
  const original = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event: Event) {
    if (event.composed) events.push({ type: event.type, detail: (event as CustomEvent).detail });
    return original.call(this, event);
  };
  return { events, restore: () => void (EventTarget.prototype.dispatchEvent = original) };
}

/** Records the widget's requests (URL, and whether they carried a token). Installed before mounting. */
function spyOnFetch() {
  const requests: Array<{ url: string; authorized: boolean }> = [];
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    requests.push({ url, authorized: new Headers(init?.headers).has('Authorization') });
    return realFetch.call(window, input, init);
  };
  return { requests, restore: () => void (window.fetch = realFetch) };
}

/** The element and every shadow tree inside it, serialized, plus the values of its form controls. */
function wholeDom(el: HTMLElement): string {
  const shadows = deepQueryAll(el, '*').flatMap((node) => (node.shadowRoot ? [node.shadowRoot.innerHTML] : []));
  const values = deepQueryAll<HTMLInputElement>(el, 'input, select, textarea').map((control) => control.value);
  return [el.outerHTML, el.shadowRoot!.innerHTML, ...shadows, ...values].join('\n');
}

describe('security: the token and the patient\'s data', () => {
  beforeEach(freshSandbox);
  afterEach(() => setFaults([]));

  it('during a whole booking, with a refusal on the way: nothing leaks and nothing is stored', async () => {
    const consoleSpy = spyOnConsole();
    const storageSpy = spyOnStorage();
    const eventSpy = spyOnComposedEvents();
    const fetchSpy = spyOnFetch();
    const storedBefore = await storedEverywhere();
    performance.clearResourceTimings();
    try {
      const { el, session, created } = await mountWidget();
      const token = session!.accessToken;
      await openVisitForm(el);
      await fillCouponVisit(el, { reason: REASON, coupon: 'NOT-A-CODE' });
      await submitVisit(el);
      await waitUntil(() => getByLabel(el, 'Coupon or service key').getAttribute('aria-invalid') === 'true', 'the refusal was not shown');
      await retype(getByLabel(el, 'Coupon or service key'), 'SANDBOX-FREE');
      await submitVisit(el);
      await waitUntil(() => created.length === 1, 'the visit was not created', { timeout: 5000 });
      await waitForText(el, 'Your visit is requested');

      // The token: not in an attribute or the DOM, storage, a URL, the console or an event.
      expect(el.getAttributeNames().map((name) => el.getAttribute(name)).join(' ')).not.to.include(token);
      expect(wholeDom(el)).not.to.include(token);
      expect(await storedEverywhere()).not.to.include(token);
      const urls = [
        location.href,
        ...performance.getEntriesByType('resource').map((entry) => entry.name),
        ...(await receivedRequests()).map((request) => request.path),
        ...fetchSpy.requests.map((request) => request.url),
      ];
      expect(urls.filter((url) => url.includes(token))).to.deep.equal([]);
      expect(consoleSpy.lines.filter((line) => line.includes(token))).to.deep.equal([]);
      expect(eventSpy.events.filter((event) => safeJson(event.detail).includes(token))).to.deep.equal([]);

      // Sent only to api-base-url's origin, and only with the visit itself.
      const authorized = fetchSpy.requests.filter((request) => request.authorized);
      expect(authorized.map((request) => new URL(request.url).origin)).to.deep.equal([new URL(SANDBOX_URL).origin, new URL(SANDBOX_URL).origin]);
      expect(authorized.every((request) => new URL(request.url).pathname === VISITS_PATH)).to.equal(true);
      expect((await receivedRequests()).filter((request) => request.method === 'GET' && request.hasAuthorization)).to.deep.equal([]);

      // The patient's data: not in URLs, the console, event details or storage.
      const details = eventSpy.events.map((event) => `${event.type} ${safeJson(event.detail)}`);
      expect(details.some((detail) => detail.startsWith('visit-created'))).to.equal(true);
      for (const pattern of PATIENT_DATA) {
        expect(urls.filter((url) => pattern.test(decodeURIComponent(url))), `${pattern} in a URL`).to.deep.equal([]);
        expect(consoleSpy.lines.filter((line) => pattern.test(line)), `${pattern} in the console`).to.deep.equal([]);
        expect(details.filter((detail) => pattern.test(detail)), `${pattern} in an event`).to.deep.equal([]);
      }
      expect(storageSpy.writes, 'no storage writes at all').to.deep.equal([]);
      expect(await storedEverywhere()).to.equal(storedBefore);
    } finally {
      fetchSpy.restore();
      eventSpy.restore();
      storageSpy.restore();
      consoleSpy.restore();
    }
  });

  it('a plain-HTTP api-base-url off localhost is refused: a clear message, no request, no token asked', async () => {
    const fetchSpy = spyOnFetch();
    const consoleSpy = spyOnConsole();
    try {
      const { el } = await mountWidget({ properties: { apiBaseUrl: 'http://example.org/' }, signedIn: false });
      let tokenAsked = false;
      el.getAccessToken = async () => {
        tokenAsked = true;
        return 'secret-token';
      };
      await waitForText(el, 'Online visits are not available on this page');
      expect(consoleSpy.lines.some((line) => line.includes('https'))).to.equal(true);
      expect(fetchSpy.requests.filter((request) => !request.url.startsWith(`${SANDBOX_URL}/sandbox/`))).to.deep.equal([]);
      expect(tokenAsked).to.equal(false);
    } finally {
      consoleSpy.restore();
      fetchSpy.restore();
    }
  });
});

describe('security: API text is text, never HTML', () => {
  beforeEach(freshSandbox);
  afterEach(async () => {
    await setFaults([]);
    delete (window as { __dexcareXss?: boolean }).__dexcareXss;
  });

  function expectInert(el: HTMLElement) {
    expect(deepQueryAll(el, 'img, script, iframe, object, embed')).to.deep.equal([]);
    expect((window as { __dexcareXss?: boolean }).__dexcareXss).to.equal(undefined);
  }

  it('a busy message and a region name holding markup show as text', async () => {
    const practice = await (await fetch(`${SANDBOX_URL}${PRACTICE_PATH}`)).json();
    for (const region of practice.practiceRegions) {
      if (region.displayName === 'Washington') {
        region.displayName = `Washington ${SCRIPT}`;
        region.busyMessage = `${SCRIPT} Busy <b>now</b>`;
      }
    }
    await setFaults([{ method: 'GET', path: PRACTICE_PATH, body: JSON.stringify(practice) }]);
    const { el } = await mountWidget();
    await chooseRegion(el, 'Washington');
    await waitForText(el, 'Busy <b>now</b>');
    await new Promise((resolve) => setTimeout(resolve, 100)); // an image error handler would have run
    expect(allText(el)).to.include(SCRIPT);
    expectInert(el);
  });

  for (const [name, body] of [
    ['a 400 naming no field', { error: `${SCRIPT} Visit refused`, code: 'VISIT_CREATE_ERROR' }],
    ['a 400 naming a field', { error: `${SCRIPT} Reason refused`, code: 'OPENAPI_VALIDATION_ERROR', field: 'visitDetails.visitReason' }],
  ] as const) {
    it(`${name}: the server's words show as text`, async () => {
      const { el } = await mountWidget();
      await openVisitForm(el);
      await fillCouponVisit(el);
      await setFaults([{ method: 'POST', path: VISITS_PATH, status: 400, body: JSON.stringify(body) }]);
      await submitVisit(el);
      await waitUntil(() => allText(el).includes('refused'), `the refusal never showed: ${allText(el)}`, { timeout: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(allText(el)).to.include(SCRIPT);
      expectInert(el);
    });
  }
});

describe('security: where the patient is sent', () => {
  beforeEach(freshSandbox);
  afterEach(() => setFaults([]));

  const visit = (redirect: string) =>
    JSON.stringify({ visitId: 'visit-123', userId: 'u', userEmail: '', waitingroomId: 'w', conferenceroomId: 'c', visitRedirectUrl: redirect, isTokBox: false });

  it('the configured waiting room only: a visitRedirectUrl on another origin is ignored', async () => {
    const { el, created } = await mountWidget();
    await openVisitForm(el);
    await fillCouponVisit(el);
    await setFaults([{ method: 'POST', path: VISITS_PATH, body: visit('https://evil.example/phish') }]);
    await submitVisit(el);
    await waitUntil(() => created.length === 1, 'visit-created never fired', { timeout: 5000 });
    const expected = `${SANDBOX_URL}/DexCare/visit/visit-123?brand=acme`;
    expect(created[0]).to.deep.equal({ visitId: 'visit-123', waitingRoomUrl: expected });
    expect(deepQueryAll<HTMLAnchorElement>(el, 'a[href]').map((link) => link.href)).to.deep.equal([expected]);
    expect(wholeDom(el)).not.to.include('evil.example');
  });

  it('a waiting-room-url template is the destination, whatever the API says', async () => {
    const { el, created } = await mountWidget();
    el.waitingRoomUrl = 'https://care.example.org/waiting/{visitId}?brand={brand}';
    await openVisitForm(el);
    await fillCouponVisit(el);
    await setFaults([{ method: 'POST', path: VISITS_PATH, body: visit('javascript:alert(1)') }]);
    await submitVisit(el);
    await waitUntil(() => created.length === 1, 'visit-created never fired', { timeout: 5000 });
    expect(created[0]!.waitingRoomUrl).to.equal('https://care.example.org/waiting/visit-123?brand=acme');
    expect(wholeDom(el)).not.to.include('javascript:');
  });
});
