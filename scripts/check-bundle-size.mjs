#!/usr/bin/env node
/**
 * The size budget (issue 7): at most 20 KB (20480 bytes) gzip (level 9) for everything but Stripe.js
 * and the Spanish strings. Counted: dist/dexcare-virtual-visit.js and every chunk it imports
 * statically. Left out, and listed: chunks loaded on demand that are Stripe.js's loader or the Spanish
 * strings. Any other chunk loaded on demand is counted too (moving code behind an import() does not
 * make it free), unless --allow-lazy is given.
 * Exit 0 within the budget, 1 above it or when the bundle is missing. Run after `npm run build`.
 */
import { BUDGET_GZIP_BYTES, bundleGraph, isExemptLazyChunk, kb } from './bench-bundle.mjs';

const allowLazy = process.argv.includes('--allow-lazy');
let graph;
try {
  graph = bundleGraph();
} catch (error) {
  console.error(`Bundle size check failed: ${error.message}`);
  process.exit(1);
}

const exempt = graph.lazy.filter((f) => isExemptLazyChunk(f.file));
const otherLazy = graph.lazy.filter((f) => !isExemptLazyChunk(f.file));
const counted = [...graph.initial, ...(allowLazy ? [] : otherLazy)];
const gzip = counted.reduce((sum, f) => sum + f.gzip, 0);

const row = (f) => `  ${f.file.padEnd(44)} ${String(f.raw).padStart(7)} raw ${String(f.gzip).padStart(7)} gzip ${String(f.brotli).padStart(7)} brotli`;
console.log('Loaded up front (counted):');
graph.initial.forEach((f) => console.log(row(f)));
if (otherLazy.length > 0) {
  console.log(`Loaded on demand, neither Stripe.js nor Spanish strings (${allowLazy ? 'not counted: --allow-lazy' : 'counted'}):`);
  otherLazy.forEach((f) => console.log(row(f)));
}
console.log('Loaded on demand, Stripe.js loader and Spanish strings (not counted):');
if (exempt.length === 0) console.log('  (none)');
exempt.forEach((f) => console.log(row(f)));

if (graph.external.length > 0) {
  console.error(`\nBundle size check FAILED: the bundle must be self-contained, but imports ${graph.external.join(', ')}`);
  process.exit(1);
}
const verdict = `${gzip} bytes (${kb(gzip)}) gzip in ${counted.length} counted file(s); budget ${BUDGET_GZIP_BYTES} bytes (${kb(BUDGET_GZIP_BYTES)})`;
if (gzip > BUDGET_GZIP_BYTES) {
  console.error(`\nBundle size check FAILED: ${verdict}, ${gzip - BUDGET_GZIP_BYTES} bytes over.`);
  console.error('What is big: node scripts/bench-breakdown.mjs');
  process.exit(1);
}
console.log(`\nBundle size check passed: ${verdict}, ${BUDGET_GZIP_BYTES - gzip} bytes to spare.`);
