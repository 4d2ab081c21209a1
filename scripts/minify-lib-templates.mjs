#!/usr/bin/env node
/**
 * lib/ (tsc's output, what bundlers take from the package) gets the same minified CSS and HTML in its Lit
 * templates as dist/: without it an app built with Vite paid ~2 KB gzip more up front than the prebuilt
 * bundle. Each file's source map is chained, so it still points into src/*.ts. Run by `npm run build:lib`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import remapping from '@jridgewell/remapping';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { templateMinifyOptions } from './template-minify-options.mjs';

const lib = new URL('../lib/', import.meta.url).pathname;
let changed = 0;
for (const file of readdirSync(lib, { recursive: true }).filter((name) => name.endsWith('.js')).map((name) => join(lib, name))) {
  const code = readFileSync(file, 'utf8');
  const minified = await minifyHTMLLiterals(code, { fileName: file, ...templateMinifyOptions });
  if (!minified) continue;
  const mapFile = `${file}.map`;
  const tscMap = JSON.parse(readFileSync(mapFile, 'utf8'));
  const chained = remapping([minified.map, tscMap], () => null);
  chained.file = basename(file);
  const mapComment = `\n//# sourceMappingURL=${basename(mapFile)}`;
  writeFileSync(file, minified.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '') + mapComment + '\n');
  writeFileSync(mapFile, JSON.stringify(chained));
  changed += 1;
}
console.log(`lib/: Lit templates minified in ${changed} files`);
