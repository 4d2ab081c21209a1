/**
 * What a Vite app that imports the package loads (integrations/vite-vanilla, built by `npm run
 * test:integrations`): its page's entry with every static import, up front, and the chunks it loads on
 * demand; gzip level 9, as npm run size measures dist/. Shared by that test and `npm run size`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const VITE_APP_DIST = new URL('../integrations/vite-vanilla/dist/', import.meta.url).pathname;
/** How far the Vite app's up-front JavaScript may stray from dist/dexcare-virtual-visit.js (issue 14). */
export const VITE_GAP_BYTES = 1536;

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** `{ upFront: [[file, gzip]], upFrontTotal, onDemand: [[file, gzip]] }`, or undefined when the app is not built. */
export function viteAppSizes(dir = VITE_APP_DIST, page = 'index.html') {
  const manifestFile = join(dir, '.vite/manifest.json');
  if (!existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const files = new Set();
  const walk = (key) => {
    const entry = manifest[key];
    if (files.has(entry.file)) return;
    files.add(entry.file);
    for (const imported of entry.imports ?? []) walk(imported);
  };
  walk(page);
  const upFront = [...files].map((file) => [file, gzip(readFileSync(join(dir, file)))]);
  const onDemand = Object.values(manifest)
    .filter((entry) => entry.isDynamicEntry)
    .map((entry) => [entry.file, gzip(readFileSync(join(dir, entry.file)))]);
  return { upFront, upFrontTotal: upFront.reduce((sum, [, size]) => sum + size, 0), onDemand };
}
