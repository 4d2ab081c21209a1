/**
 * `npm run build:wordpress`: wordpress/build/dexcare-virtual-visit.zip, the plugin as WordPress's
 * uploader takes it: wordpress/dexcare-virtual-visit/ plus the built dist/ (the bundle and its chunks,
 * no source maps), under one top folder. Run after `npm run build` (the npm script does).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from './zip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const plugin = join(root, 'wordpress/dexcare-virtual-visit');
const dist = join(root, 'dist');
const out = join(root, 'wordpress/build/dexcare-virtual-visit.zip');

if (!existsSync(join(dist, 'dexcare-virtual-visit.js'))) {
  console.error('build:wordpress: dist/dexcare-virtual-visit.js is missing: run `npm run build` first.');
  process.exit(1);
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const entries = [
  ...filesUnder(plugin).map((path) => [`dexcare-virtual-visit/${relative(plugin, path)}`, path]),
  ...filesUnder(dist)
    .filter((path) => !path.endsWith('.map') && !path.endsWith('.html'))
    .map((path) => [`dexcare-virtual-visit/dist/${relative(dist, path)}`, path]),
]
  .map(([name, path]) => [name.split('\\').join('/'), readFileSync(path)])
  .sort(([a], [b]) => a.localeCompare(b));

mkdirSync(join(root, 'wordpress/build'), { recursive: true });
writeFileSync(out, zip(entries));
console.log(`build:wordpress: ${relative(root, out)} (${entries.length} files, ${Math.round(statSync(out).size / 1024)} KB)`);
