#!/usr/bin/env node
/**
 * The size budget (issue 7), run by CI after `npm run build`:
 * - up front, the entry dist/dexcare-virtual-visit.js and every chunk it imports statically: at most
 *   20 KB gzip (level 9). That is what every page that shows the widget pays.
 * - everything but Stripe.js's loader and the Spanish strings, the visit form's chunk (fetched when a
 *   patient picks a state) included: under a ceiling, so nothing grows unnoticed behind an import().
 * - through a bundler (when integrations/vite-vanilla is built): within 1.5 KB of the up-front file.
 * Exit 0 within all, 1 above either or when the bundle is missing or not self-contained.
 */
import { BUDGET_GZIP_BYTES, TOTAL_CEILING_GZIP_BYTES, bundleGraph, kb } from './bench-bundle.mjs';
import { VITE_GAP_BYTES, viteAppSizes } from './vite-app-size.mjs';

let graph;
try {
  graph = bundleGraph();
} catch (error) {
  console.error(`Bundle size check failed: ${error.message}`);
  process.exit(1);
}

const exempt = graph.lazy.filter((f) => f.exempt);
const onDemand = graph.lazy.filter((f) => !f.exempt);
const upFront = graph.initialTotal.gzip;
const total = graph.countedTotal.gzip;

const row = (f) => `  ${f.file.padEnd(44)} ${String(f.raw).padStart(7)} raw ${String(f.gzip).padStart(7)} gzip ${String(f.brotli).padStart(7)} brotli`;
const section = (title, files) => {
  console.log(title);
  if (files.length === 0) console.log('  (none)');
  files.forEach((f) => console.log(row(f)));
};
section('Loaded up front:', graph.initial);
section('Loaded when a patient picks a state (the visit form):', onDemand);
section('Loaded only when needed, outside the budget (Stripe.js loader, Spanish strings, dialog mode):', exempt);

// Through a bundler: what integrations/vite-vanilla (built by npm run test:integrations) pays up front.
const viaVite = viteAppSizes();
const gap = viaVite && viaVite.upFrontTotal - upFront;
if (viaVite) {
  console.log(`Up front through Vite (integrations/vite-vanilla, the package import):\n  ${String(viaVite.upFrontTotal).padStart(7)} gzip, ${gap} B more than dist/ (at most ${VITE_GAP_BYTES})`);
} else {
  console.log('Up front through Vite: not measured (npm run test:integrations builds integrations/vite-vanilla)');
}

const problems = [];
if (graph.external.length > 0) problems.push(`the bundle must be self-contained, but imports ${graph.external.join(', ')}`);
const verdict = (what, bytes, limit) => `${what}: ${bytes} bytes (${kb(bytes)}) gzip of ${limit} (${kb(limit)}), ${bytes <= limit ? `${limit - bytes} to spare` : `${bytes - limit} over`}`;
const upFrontLine = verdict('up front', upFront, BUDGET_GZIP_BYTES);
const totalLine = verdict('everything but Stripe.js and Spanish', total, TOTAL_CEILING_GZIP_BYTES);
if (upFront > BUDGET_GZIP_BYTES) problems.push(upFrontLine);
if (total > TOTAL_CEILING_GZIP_BYTES) problems.push(totalLine);
if (viaVite && Math.abs(gap) > VITE_GAP_BYTES) problems.push(`through Vite: ${viaVite.upFrontTotal} bytes up front, more than ${VITE_GAP_BYTES} from dist/'s ${upFront}`);

if (problems.length > 0) {
  console.error(`\nBundle size check FAILED:\n  ${problems.join('\n  ')}\nWhat is big: node scripts/bench-breakdown.mjs [--all]`);
  process.exit(1);
}
console.log(`\nBundle size check passed:\n  ${upFrontLine}\n  ${totalLine}`);
