#!/usr/bin/env node
/**
 * The bundle (its scripts and stylesheets) stays within the browsers the README promises (Chrome/Edge 111, Firefox 115 ESR, Safari and
 * iOS 16.4): every file under dist/ parses as ES2022 (top-level await, class fields, no later syntax such
 * as the regex `v` flag), and uses none of the APIs or CSS below, which arrived after those versions.
 * A heuristic on the minified text, run by `npm test` after the build; a hit names the file and what to do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'acorn';

const root = new URL('..', import.meta.url).pathname;
const dist = process.argv[2] ?? join(root, 'dist');

/** [pattern, what it is, first versions that have it] */
const TOO_NEW = [
  [/\bPromise\.withResolvers\b/, 'Promise.withResolvers', 'Safari 17.4'],
  [/\bAbortSignal\.any\b/, 'AbortSignal.any', 'Safari 17.4, Chrome 116'],
  [/\b(Object|Map)\.groupBy\b/, 'Object/Map.groupBy', 'Safari 17.4, Chrome 117'],
  [/\bArray\.fromAsync\b/, 'Array.fromAsync', 'Safari 16.4 lacks it'],
  [/\.(union|intersection|difference|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/, 'Set methods', 'Firefox 127, Safari 17'],
  [/\bIntl\.Segmenter\b/, 'Intl.Segmenter', 'Firefox 125'],
  [/\bIntl\.DurationFormat\b/, 'Intl.DurationFormat', 'Firefox 136'],
  [/\bcheckVisibility\(/, 'Element.checkVisibility', 'Safari 17.4'],
  [/\bshowPopover\(|\bpopover=/, 'the popover API', 'Firefox 125, Safari 17'],
  [/:has\(/, 'CSS :has()', 'Firefox 121'],
  [/@scope\b/, 'CSS @scope', 'Firefox (none)'],
  [/@starting-style\b/, 'CSS @starting-style', 'Firefox 129, Safari 17.5'],
  [/text-wrap\s*:\s*(balance|pretty)/, 'text-wrap: balance', 'Chrome 114, Safari 17.5'],
  [/\blight-dark\(/, 'CSS light-dark()', 'Chrome 123, Firefox 120, Safari 17.5'],
  [/@property\b/, 'CSS @property', 'Firefox 128'],
];

const files = (dir) => readdirSync(dir, { recursive: true }).filter((name) => /\.(js|css)$/.test(name)).map((name) => join(dir, name));

const problems = [];
for (const file of files(dist)) {
  const code = readFileSync(file, 'utf8');
  const name = relative(root, file);
  if (file.endsWith('.js')) {
    try {
      parse(code, { ecmaVersion: 2022, sourceType: 'module' });
    } catch (error) {
      problems.push(`${name}: not ES2022 (${error.message}); lower the build's target`);
    }
  }
  // Third-party code we load on demand but never call into for these (Stripe's loader) is checked too.
  for (const [pattern, what, since] of TOO_NEW) {
    if (pattern.test(code)) problems.push(`${name}: uses ${what} (${since}); feature-detect it or leave it out`);
  }
}

if (problems.length) {
  console.error(`The bundle uses more than the supported browsers have:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`dist/: ${files(dist).length} files, ES2022 syntax and no API or CSS beyond Chrome 111, Firefox 115, Safari 16.4.`);
