#!/usr/bin/env node
/**
 * `npm run bench`: builds the bundle, starts the sandbox with a set latency on every API request,
 * drives the system Chromium (playwright-core, never a downloaded browser) and prints one table of
 * medians; the samples go to bench-results.json.
 *
 *   node scripts/bench.mjs [--runs 5] [--latency 150] [--cycles 200] [--no-build]
 *                          [--json bench-results.json] [--markdown bench/RESULTS.md] [--check]
 *
 * --check exits 1 when a figure misses its target (issue 7). Pages: demo/bench.html, probed by
 * bench/probe.js (timers, marks at first paint of each state).
 */
import { execSync, spawnSync } from 'node:child_process';
import { cpus, totalmem, platform, release } from 'node:os';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium-path.mjs';
import { startSandbox } from './start-sandbox.mjs';
import { BUDGET_GZIP_BYTES, ENTRY, TOTAL_CEILING_GZIP_BYTES, bundleGraph, root, sizesOf } from './bench-bundle.mjs';
import { readFileSync } from 'node:fs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    latency: { type: 'string', default: '150' },
    cycles: { type: 'string', default: '200' },
    build: { type: 'boolean', default: true },
    'no-build': { type: 'boolean', default: false },
    json: { type: 'string', default: 'bench-results.json' },
    markdown: { type: 'string' },
    check: { type: 'boolean', default: false },
    only: { type: 'string', default: 'flow,two,leak,throttled,cold' },
  },
});
const RUNS = Math.max(1, Number(opts.runs));
const LATENCY = Math.max(1, Number(opts.latency));
const CYCLES = Math.max(1, Number(opts.cycles));
const PRACTICE_ID = '0cee700e-f4c1-4459-b390-263e4ded436c';
const PRACTICE_PATH = `/api/8/DexCare/practices/`;
const PROBE = resolve(root, 'bench/probe.js');
const CHROMIUM_ARGS = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const log = (...args) => console.error(...args); // progress on stderr, the table on stdout
const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (v, digits = 0) => (Number.isFinite(v) ? Number(v.toFixed(digits)) : null);

// ── 1. Build and measure the bundle ──────────────────────────────────────────────────────────────
if (opts.build && !opts['no-build']) {
  log('Building (npm run build)…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    throw new Error('npm run build failed');
  }
}
const entrySizes = sizesOf(readFileSync(ENTRY));
const graph = bundleGraph();

// ── 2. Sandbox and browser ───────────────────────────────────────────────────────────────────────
log(`Starting the sandbox (--demo --latency ${LATENCY})…`);
const sandbox = await startSandbox(['--demo', '--latency', String(LATENCY)]);
// For the cold first view, started on its first run: dist/ files cost a round trip too, as from a CDN.
let coldSandbox;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const pageErrors = [];

/** A fresh context (cold cache) and page with the probe installed. */
async function freshPage() {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()} (${message.location().url})`);
  });
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  return { context, page, requests, close: () => context.close() };
}

const waitForMark = (page, name, timeout = 15_000) =>
  page.waitForFunction((n) => window.__bench.marks[n] !== undefined, name, { timeout, polling: 50 });

/** Navigation → region list usable, then region chosen → wait time shown; one widget, cold cache. */
async function flowRun() {
  const { page, close } = await freshPage();
  try {
    await page.goto(`${sandbox.url}/demo/bench.html`);
    await waitForMark(page, 'regionsFrame');
    const first = await page.evaluate(() => {
      const { marks } = window.__bench;
      return { marks: { ...marks }, script: window.__bench.scriptTiming(), api: window.__bench.apiRequests(0, marks.regions) };
    });
    // Let the page settle (nothing else in flight), then choose as the patient does.
    await page.waitForTimeout(100);
    await page.evaluate(() => window.__bench.chooseRegion('Montana'));
    await waitForMark(page, 'waitFrame');
    const second = await page.evaluate(() => {
      const { marks } = window.__bench;
      return { chose: marks.chose, wait: marks.wait, waitFrame: marks.waitFrame, api: window.__bench.apiRequests(marks.chose, marks.wait) };
    });
    const m = first.marks;
    /** From the first request's start to the last one's end: the part of the interval spent waiting on the API. */
    const span = (api) => (api.length ? Math.max(...api.map((r) => r.end)) - Math.min(...api.map((r) => r.start)) : 0);
    return {
      navToRegionsMs: m.regions,
      navToRegionsPaintedMs: m.regionsFrame,
      scriptLoadedMs: m.defined,
      scriptResponseEndMs: first.script?.responseEnd,
      scriptToRegionsMs: m.regions - m.defined,
      regionsApiRequests: first.api.length,
      regionsApiSpanMs: span(first.api),
      regionsApi: first.api,
      chooseToWaitMs: second.wait - second.chose,
      chooseToWaitPaintedMs: second.waitFrame - second.chose,
      waitApiRequests: second.api.length,
      waitApiSpanMs: span(second.api),
      waitApiStartSpreadMs: second.api.length ? Math.max(...second.api.map((r) => r.start)) - Math.min(...second.api.map((r) => r.start)) : 0,
      waitApi: second.api.map((r) => ({ ...r, start: Math.round(r.start - second.chose), end: Math.round(r.end - second.chose) })),
    };
  } finally {
    await close();
  }
}

/**
 * Cold first view as from a CDN: every static file under dist/ also costs one round trip (the page
 * itself does not), so the plain snippet needs the script, then the practice, one after the other;
 * the builder's snippet head starts both with the page. Navigation → region list usable, and how many
 * practice requests the page made (1: the widget's request was served by the preload).
 */
async function coldRun(file) {
  coldSandbox ??= await startSandbox(['--demo', '--latency', String(LATENCY), '--dist-latency', String(LATENCY)]);
  const { page, close } = await freshPage();
  try {
    await fetch(`${coldSandbox.url}/sandbox/reset`, { method: 'POST' });
    await page.goto(`${coldSandbox.url}/demo/${file}`);
    await waitForMark(page, 'regions');
    const regions = await page.evaluate(() => window.__bench.marks.regions);
    // When the practice request started after the script's: ~1 RT for the plain snippet, ~0 with the head.
    const practiceAfterScriptMs = await page.evaluate(() => {
      const started = (part) => performance.getEntriesByType('resource').find((entry) => entry.name.includes(part))?.startTime ?? NaN;
      return started('/DexCare/practices/') - started('/dist/dexcare-virtual-visit.js');
    });
    const logged = await (await fetch(`${coldSandbox.url}/sandbox/requests`)).json();
    const practiceRequests = logged.filter((request) => request.method === 'GET' && request.path.includes(PRACTICE_PATH)).length;
    return { regionsMs: regions, practiceRequests, practiceAfterScriptMs };
  } finally {
    await close();
  }
}
const coldPlainRun = () => coldRun('bench-cold.html');
const coldHeadRun = () => coldRun('bench-cold-head.html');

/** Two widgets for the same practice on one page: how many practice requests. */
async function twoWidgetsRun() {
  const { page, requests, close } = await freshPage();
  try {
    await page.goto(`${sandbox.url}/demo/bench.html?widgets=2`);
    await waitForMark(page, 'regions');
    await page.waitForTimeout(LATENCY + 100); // a late duplicate would show up by now
    return {
      practiceRequests: requests.filter((path) => path.startsWith(PRACTICE_PATH)).length,
      apiRequests: requests.filter((path) => path.startsWith('/api/')).length,
    };
  } finally {
    await close();
  }
}

/** JS heap and live timers before and after add/remove cycles, after forced GC. */
async function leakRun() {
  const { page, context, close } = await freshPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await page.goto(`${sandbox.url}/demo/bench.html?widgets=0`);
    await page.evaluate(() => {
      window.__bench.stopWatching();
      return customElements.whenDefined('dexcare-virtual-visit');
    });
    const attributes = { 'practice-id': PRACTICE_ID, brand: 'acme', 'region-code': 'MT' };
    const settleEvery = 20;
    /** Widgets alive anywhere in the heap (a leak would keep removed ones). */
    const countWidgets = async () => {
      const objectGroup = 'bench';
      const proto = await cdp.send('Runtime.evaluate', { expression: 'customElements.get("dexcare-virtual-visit").prototype', objectGroup });
      const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId, objectGroup });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: found.objects.objectId,
        functionDeclaration: 'function () { return this.length; }',
        returnByValue: true,
        objectGroup,
      });
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
      return result.value;
    };
    const measure = async () => {
      await page.waitForTimeout(2 * LATENCY + 200); // requests of removed widgets settle
      // DevTools keeps every console message (the widget may warn once per instance): drop them,
      // or the bench would count the inspector's memory, not the page's.
      await cdp.send('Runtime.discardConsoleEntries');
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const timers = await page.evaluate(() => window.__bench.liveTimers());
      return { heapBytes: usedSize, timers, liveWidgets: await countWidgets() };
    };
    // The inspector's first heap walk allocates for itself: before the baseline, not in the growth.
    await countWidgets();
    // Warm-up: the first widgets fill the page-wide caches (shared practice, templates, styles).
    await page.evaluate(({ attributes, settleEvery }) => window.__bench.cycles(settleEvery + 1, settleEvery, attributes), {
      attributes,
      settleEvery,
    });
    const before = await measure();
    await page.evaluate(({ cycles, attributes, settleEvery }) => window.__bench.cycles(cycles, settleEvery, attributes), {
      cycles: CYCLES,
      attributes,
      settleEvery,
    });
    const after = await measure();
    return {
      heapBeforeBytes: before.heapBytes,
      heapAfterBytes: after.heapBytes,
      heapGrowthBytes: after.heapBytes - before.heapBytes,
      timersBefore: before.timers.length,
      timersAfter: after.timers.length,
      liveTimerSites: after.timers,
      liveWidgetsBefore: before.liveWidgets,
      liveWidgetsAfter: after.liveWidgets,
    };
  } finally {
    await close();
  }
}

/** First render (heading shown) on a page with the CPU 4× slower, cold cache. */
async function throttledRun() {
  const { page, context, close } = await freshPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${sandbox.url}/demo/bench.html`);
    await waitForMark(page, 'headingFrame', 30_000);
    await waitForMark(page, 'regionsFrame', 30_000);
    const { marks, script } = await page.evaluate(() => ({ marks: { ...window.__bench.marks }, script: window.__bench.scriptTiming() }));
    return {
      firstRenderMs: marks.heading,
      firstRenderPaintedMs: marks.headingFrame,
      scriptLoadedMs: marks.defined,
      scriptResponseEndMs: script?.responseEnd,
      scriptToFirstRenderMs: marks.heading - marks.defined,
      regionsUsableMs: marks.regions,
    };
  } finally {
    await close();
  }
}

async function repeat(name, run, runs = RUNS) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    log(`  ${name} ${i + 1}/${runs}`);
    samples.push(await run());
  }
  return samples;
}

let results;
try {
  log('Warming up the sandbox and the browser…');
  await flowRun(); // first run pays for tsx, disk and browser start-up; not counted
  const only = new Set(opts.only.split(','));
  const skip = async () => ({});
  const flow = await repeat('flow', only.has('flow') ? flowRun : skip);
  const two = await repeat('two widgets', only.has('two') ? twoWidgetsRun : skip);
  const leak = await repeat(`${CYCLES} add/remove cycles`, only.has('leak') ? leakRun : skip);
  const throttled = await repeat('CPU 4x first render', only.has('throttled') ? throttledRun : skip);
  const coldPlain = await repeat('cold first view, plain snippet', only.has('cold') ? coldPlainRun : skip);
  const coldHead = await repeat('cold first view, builder\'s snippet', only.has('cold') ? coldHeadRun : skip);
  const chromiumVersion = browser.version();
  const med = (samples, key) => median(samples.map((s) => s[key]));
  const figures = {
    bundle: {
      entry: entrySizes,
      loadedUpFront: { files: graph.initial.map((f) => f.file), ...graph.initialTotal },
      onDemand: graph.lazy,
      everythingButExemptGzip: graph.countedTotal.gzip,
    },
    navToRegionsMs: med(flow, 'navToRegionsMs'),
    navToRegionsPaintedMs: med(flow, 'navToRegionsPaintedMs'),
    scriptLoadedMs: med(flow, 'scriptLoadedMs'),
    scriptToRegionsMs: med(flow, 'scriptToRegionsMs'),
    regionsApiRequests: med(flow, 'regionsApiRequests'),
    regionsApiSpanMs: med(flow, 'regionsApiSpanMs'),
    chooseToWaitMs: med(flow, 'chooseToWaitMs'),
    chooseToWaitPaintedMs: med(flow, 'chooseToWaitPaintedMs'),
    waitApiRequests: med(flow, 'waitApiRequests'),
    waitApiSpanMs: med(flow, 'waitApiSpanMs'),
    waitApiStartSpreadMs: med(flow, 'waitApiStartSpreadMs'),
    twoWidgetsPracticeRequests: med(two, 'practiceRequests'),
    twoWidgetsApiRequests: med(two, 'apiRequests'),
    heapBeforeBytes: med(leak, 'heapBeforeBytes'),
    heapAfterBytes: med(leak, 'heapAfterBytes'),
    heapGrowthBytes: med(leak, 'heapGrowthBytes'),
    timersBefore: med(leak, 'timersBefore'),
    timersAfter: med(leak, 'timersAfter'),
    liveWidgetsBefore: med(leak, 'liveWidgetsBefore'),
    liveWidgetsAfter: med(leak, 'liveWidgetsAfter'),
    throttledFirstRenderMs: med(throttled, 'firstRenderMs'),
    throttledFirstRenderPaintedMs: med(throttled, 'firstRenderPaintedMs'),
    throttledScriptToFirstRenderMs: med(throttled, 'scriptToFirstRenderMs'),
    throttledRegionsUsableMs: med(throttled, 'regionsUsableMs'),
    coldPlainRegionsMs: med(coldPlain, 'regionsMs'),
    coldPlainPracticeRequests: med(coldPlain, 'practiceRequests'),
    coldHeadRegionsMs: med(coldHead, 'regionsMs'),
    coldHeadPracticeRequests: med(coldHead, 'practiceRequests'),
    coldPlainPracticeAfterScriptMs: med(coldPlain, 'practiceAfterScriptMs'),
    coldHeadPracticeAfterScriptMs: med(coldHead, 'practiceAfterScriptMs'),
  };
  results = {
    date: new Date().toISOString(),
    commit: git('rev-parse --short HEAD'),
    dirty: git('status --porcelain --untracked-files=no') !== '',
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model?.trim(),
      memoryGiB: round(totalmem() / 2 ** 30, 1),
      os: `${platform()} ${release()}`,
      node: process.version,
      chromium: chromiumVersion,
    },
    settings: { latencyMs: LATENCY, runs: RUNS, cycles: CYCLES, cpuThrottling: 4 },
    figures,
    samples: { flow, twoWidgets: two, leak, throttled },
    pageErrors,
  };
} finally {
  await browser.close();
  sandbox.stop();
  coldSandbox?.stop();
}

function git(args) {
  try {
    return execSync(`git ${args}`, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

// ── 3. The table ─────────────────────────────────────────────────────────────────────────────────
const f = results.figures;
const rt = (ms) => round(ms / LATENCY, 2);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [
  // [figure, value, target, met]
  ['Bundle `dist/dexcare-virtual-visit.js` raw / gzip / brotli', `${f.bundle.entry.raw} / ${f.bundle.entry.gzip} / ${f.bundle.entry.brotli} B`, '', null],
  [
    `Loaded up front (${f.bundle.loadedUpFront.files.length} file${f.bundle.loadedUpFront.files.length === 1 ? '' : 's'}) raw / gzip / brotli`,
    `${kb(f.bundle.loadedUpFront.raw)} / ${kb(f.bundle.loadedUpFront.gzip)} / ${kb(f.bundle.loadedUpFront.brotli)}`,
    `gzip ≤ ${kb(BUDGET_GZIP_BYTES)}`,
    f.bundle.loadedUpFront.gzip <= BUDGET_GZIP_BYTES,
  ],
  [
    'Loaded on demand, gzip',
    f.bundle.onDemand.map((c) => `${c.file.replace(/^dist\/chunks\//, '')} ${kb(c.gzip)}${c.exempt ? '' : ' (when a state is picked)'}`).join(', ') || '(none)',
    '',
    null,
  ],
  [
    'Everything but Stripe.js and the Spanish strings, gzip',
    kb(f.bundle.everythingButExemptGzip),
    `≤ ${kb(TOTAL_CEILING_GZIP_BYTES)} (ceiling)`,
    f.bundle.everythingButExemptGzip <= TOTAL_CEILING_GZIP_BYTES,
  ],
  [
    'Cold first view (dist/ files 1 RT too), plain snippet: navigation → region list usable',
    `${round(f.coldPlainRegionsMs)} ms = ${rt(f.coldPlainRegionsMs)} RT; practice asked ${round(f.coldPlainPracticeAfterScriptMs)} ms after the script; ${f.coldPlainPracticeRequests} practice request(s)`,
    '',
    null,
  ],
  [
    '  … with the builder\'s snippet head (modulepreload, preload of the practice)',
    `${round(f.coldHeadRegionsMs)} ms = ${rt(f.coldHeadRegionsMs)} RT; practice asked ${round(f.coldHeadPracticeAfterScriptMs)} ms after the script; ${f.coldHeadPracticeRequests} practice request(s)`,
    '≤ 1.3 RT, 1 request',
    rt(f.coldHeadRegionsMs) <= 1.3 && f.coldHeadPracticeRequests === 1,
  ],
  ['Navigation → script run', `${round(f.scriptLoadedMs)} ms`, '', null],
  ['Navigation → region list usable', `${round(f.navToRegionsMs)} ms (${rt(f.navToRegionsMs)} RT); painted ${round(f.navToRegionsPaintedMs)} ms`, '', null],
  [
    'Script run → region list usable',
    `${round(f.scriptToRegionsMs)} ms = ${rt(f.scriptToRegionsMs)} RT; ${f.regionsApiRequests} API request(s), answered in ${round(f.regionsApiSpanMs)} ms`,
    '≤ 1.3 RT',
    rt(f.scriptToRegionsMs) <= 1.3,
  ],
  [
    'Region chosen → wait time shown',
    `${round(f.chooseToWaitMs)} ms = ${rt(f.chooseToWaitMs)} RT; ${f.waitApiRequests} API request(s) ${f.waitApiRequests > 1 ? (f.waitApiStartSpreadMs < LATENCY / 2 ? 'in parallel' : 'one after another') + ', ' : ''}answered in ${round(f.waitApiSpanMs)} ms; painted ${round(f.chooseToWaitPaintedMs)} ms`,
    '≤ 1.3 RT',
    rt(f.chooseToWaitMs) <= 1.3,
  ],
  [
    'Two widgets, same practice: practice requests',
    `${f.twoWidgetsPracticeRequests} (${f.twoWidgetsApiRequests} API requests in all)`,
    '1',
    f.twoWidgetsPracticeRequests === 1,
  ],
  [
    `JS heap after GC, before → after ${CYCLES} add/remove cycles`,
    `${kb(f.heapBeforeBytes)} → ${kb(f.heapAfterBytes)} (${f.heapGrowthBytes >= 0 ? '+' : ''}${kb(f.heapGrowthBytes)})`,
    'no growth (< 64 KB)',
    f.heapGrowthBytes < 64 * 1024,
  ],
  [
    `Widgets alive after GC, before → after ${CYCLES} cycles (all removed)`,
    `${f.liveWidgetsBefore} → ${f.liveWidgetsAfter}`,
    'no growth',
    f.liveWidgetsAfter <= f.liveWidgetsBefore,
  ],
  [`Live timers, before → after ${CYCLES} cycles`, `${f.timersBefore} → ${f.timersAfter}`, '0', f.timersAfter === 0 && f.timersBefore === 0],
  ['First render (heading), CPU 4× slower, from navigation', `${round(f.throttledFirstRenderMs)} ms; painted ${round(f.throttledFirstRenderPaintedMs)} ms`, '', null],
  ['  … from script run', `${round(f.throttledScriptToFirstRenderMs)} ms`, '', null],
  ['  … region list usable, from navigation', `${round(f.throttledRegionsUsableMs)} ms`, '', null],
];
const mark = (met) => (met === null ? '' : met ? '✓' : '✗ missed');
const machineLine = `${results.machine.cores} cores (${results.machine.cpu}), ${results.machine.memoryGiB} GiB, ${results.machine.os}, Node ${results.machine.node}, Chromium ${results.machine.chromium} headless; sandbox latency ${LATENCY} ms per API request (1 RT = ${LATENCY} ms); medians of ${RUNS} runs; commit ${results.commit}${results.dirty ? ' (+ local changes)' : ''}, ${results.date.slice(0, 10)}`;

function plainTable() {
  const header = ['figure', `median of ${RUNS}`, 'target', ''];
  const body = rows.map(([a, b, c, d]) => [a.replace(/`/g, ''), b, c, mark(d)]);
  const widths = header.map((_, i) => Math.max(header[i].length, ...body.map((r) => r[i].length)));
  const line = (r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function markdownTable() {
  return [
    `| figure | median of ${RUNS} | target | |`,
    '| --- | --- | --- | --- |',
    ...rows.map(([a, b, c, d]) => `| ${a} | ${b} | ${c} | ${mark(d)} |`),
  ].join('\n');
}

console.log(`\n${plainTable()}\n\n${machineLine}`);
if (pageErrors.length > 0) console.log(`\nPage errors during the bench:\n  ${[...new Set(pageErrors)].join('\n  ')}`);
const leakSites = [...new Set(results.samples.leak.flatMap((s) => s.liveTimerSites))];
if (leakSites.length > 0) console.log(`\nTimers left running:\n  ${leakSites.join('\n  ')}`);

writeFileSync(resolve(root, opts.json), `${JSON.stringify(results, null, 2)}\n`);
log(`\nWrote ${opts.json}`);
if (opts.markdown) {
  const path = resolve(root, opts.markdown);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    `# Benchmark results\n\nMeasured with \`npm run bench\` (scripts/bench.mjs): ${machineLine}.\n\n${markdownTable()}\n\n` +
      `RT = round trip, the sandbox's set latency per API request (\`--latency ${LATENCY}\`); static files are served without delay. ` +
      `"Script run" is when \`dexcare-virtual-visit\` is defined. Requests are the API requests made in the interval (resource timing); "answered in" runs from the first one's start to the last one's end, so the rest of the interval is the widget's own time. Times are when the DOM shows the state (a MutationObserver on the widget's shadow roots); "painted" is the next animation frame. ` +
      `Heap: \`Runtime.getHeapUsage\` after \`HeapProfiler.collectGarbage\`; ${CYCLES} cycles, every 20th waiting until the wait time shows (refresh timer running) before removal.\n`,
  );
  log(`Wrote ${opts.markdown}`);
}
const missed = rows.filter(([, , , met]) => met === false);
if (opts.check && (missed.length > 0 || pageErrors.length > 0)) process.exit(1);
