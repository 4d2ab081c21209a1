// Injected by scripts/bench.mjs before any script of the page runs (Playwright init script).
// 1. Counts live timers: wraps setTimeout/setInterval/clearTimeout/clearInterval.
// 2. Watches the widget and stamps, in ms since navigation start, when `heading` (the widget's
//    heading has text), `regions` (the "Where are you right now?" list offers Montana and is
//    enabled) and `wait` (the badge says "Estimated wait") first hold in the DOM: checked on every
//    mutation of the widget's shadow roots (exact), and every animation frame as a fallback.
//    `<name>Frame` is the start of the next frame after that: when it is painted.
// 3. Helpers the benchmark calls: choose a region, add/remove cycles.
(() => {
  if (window.__bench) return;
  const marks = {};
  const liveTimers = new Map(); // id → where it was created
  const native = {
    setTimeout: window.setTimeout.bind(window),
    setInterval: window.setInterval.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    clearInterval: window.clearInterval.bind(window),
    raf: window.requestAnimationFrame.bind(window),
  };
  const site = () => (new Error().stack ?? '').split('\n').slice(3, 6).map((line) => line.trim()).join(' ← ');

  window.setTimeout = function setTimeout(handler, ms, ...args) {
    const id = native.setTimeout(
      (...callArgs) => {
        liveTimers.delete(id);
        if (typeof handler === 'function') handler(...callArgs);
      },
      ms,
      ...args,
    );
    liveTimers.set(id, `timeout ${ms}ms at ${site()}`);
    return id;
  };
  window.setInterval = function setInterval(handler, ms, ...args) {
    const id = native.setInterval(handler, ms, ...args);
    liveTimers.set(id, `interval ${ms}ms at ${site()}`);
    return id;
  };
  window.clearTimeout = function clearTimeout(id) {
    liveTimers.delete(id);
    native.clearTimeout(id);
  };
  window.clearInterval = function clearInterval(id) {
    liveTimers.delete(id);
    native.clearInterval(id);
  };

  /** Every element matching `selector` under `root`, looking inside open shadow roots too. */
  function deepAll(root, selector, found = []) {
    for (const element of root.querySelectorAll('*')) {
      if (element.matches(selector)) found.push(element);
      if (element.shadowRoot) deepAll(element.shadowRoot, selector, found);
    }
    return found;
  }


  function regionSelect(widget) {
    return deepAll(widget.shadowRoot ?? widget, 'select').find((select) =>
      [...(select.labels ?? [])].some((label) => /where are you right now/i.test(label.textContent)),
    );
  }

  const probes = {
    heading: (widget) => deepAll(widget.shadowRoot ?? widget, '[part~="heading"]').some((h) => h.textContent.trim() !== ''),
    regions: (widget) => {
      const select = regionSelect(widget);
      return !!select && !select.disabled && [...select.options].some((option) => option.textContent.trim() === 'Montana');
    },
    wait: (widget) => deepAll(widget.shadowRoot ?? widget, '[part~="badge"]').some((badge) => /estimated wait/i.test(badge.textContent)),
  };

  const widgets = () => [...document.querySelectorAll('dexcare-virtual-visit')];
  /** A mark holds when it holds for every widget on the page. */
  const holds = (name) => {
    const all = widgets();
    return all.length > 0 && all.every((widget) => widget.shadowRoot && probes[name](widget));
  };

  let watching = [];
  let framePending = false;
  function check() {
    const now = performance.now();
    watching = watching.filter((name) => {
      if (!holds(name)) return true;
      marks[name] = now;
      native.raf(() => {
        marks[`${name}Frame`] = performance.now();
      });
      return false;
    });
  }
  function onFrame() {
    framePending = false;
    check();
    if (watching.length > 0) watchFrames();
  }
  function watchFrames() {
    if (framePending) return;
    framePending = true;
    native.raf(onFrame);
  }
  function watch(names) {
    watching = names;
    check();
    watchFrames();
  }

  const observer = new MutationObserver(() => {
    if (watching.length > 0) check();
  });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadowRoot = attachShadow.call(this, init);
    if (watching.length > 0) observer.observe(shadowRoot, { childList: true, subtree: true, characterData: true, attributes: true });
    return shadowRoot;
  };
  watch(['heading', 'regions']);

  customElements.whenDefined('dexcare-virtual-visit').then(() => {
    marks.defined = performance.now();
  });

  const frame = () => new Promise((resolve) => native.raf(() => resolve()));
  async function until(predicate, timeoutMs) {
    const start = performance.now();
    while (!predicate()) {
      if (performance.now() - start > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms`);
      await frame();
    }
  }

  window.__bench = {
    marks,
    liveTimers: () => [...liveTimers.values()],
    scriptTiming() {
      const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/dist/dexcare-virtual-visit.js'));
      return entry ? { start: entry.startTime, responseEnd: entry.responseEnd } : null;
    },
    apiRequests(from = 0, to = Infinity) {
      return performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.startsWith('/api/') && e.startTime >= from && e.startTime <= to)
        .map((e) => ({ path: new URL(e.name).pathname, start: Math.round(e.startTime), end: Math.round(e.responseEnd) }));
    },
    /** Chooses `label` in the region list of every widget, as the patient would; resolves with the time it did. */
    chooseRegion(label) {
      marks.chose = performance.now();
      watch(['wait']);
      for (const widget of widgets()) {
        const select = regionSelect(widget);
        const option = [...select.options].find((o) => o.textContent.trim() === label);
        if (!option) throw new Error(`No option "${label}"`);
        select.value = option.value;
        select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
      return marks.chose;
    },
    /**
     * Adds and removes a widget `count` times. Every `settleEvery`-th widget waits until the wait time
     * shows (so its refresh timer is running) before it goes; the others go after one frame.
     */
    stopWatching() {
      watching = [];
      observer.disconnect();
    },
    async cycles(count, settleEvery, attributes) {
      for (let i = 0; i < count; i++) {
        const widget = document.createElement('dexcare-virtual-visit');
        for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
        document.body.append(widget);
        await widget.updateComplete;
        if (settleEvery > 0 && i % settleEvery === 0) await until(() => widget.shadowRoot && probes.wait(widget), 10_000);
        else await frame();
        widget.remove();
      }
      performance.clearResourceTimings();
    },
    sleep: (ms) => new Promise((resolve) => native.setTimeout(resolve, ms)),
  };
})();
