/**
 * What the browser downloads for the widget: the entry file, every chunk it imports statically
 * (fetched before the element can run), and the chunks it imports dynamically (Stripe.js loader,
 * Spanish strings: fetched only when needed). Sizes raw, gzip (level 9) and brotli (quality 11).
 * Shared by scripts/check-bundle-size.mjs, scripts/bench.mjs and scripts/bench-breakdown.mjs.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// acorn comes with terser (a dependency of @rollup/plugin-terser); without it, a pattern that knows
// how rollup writes imports in minified output.
let parse;
try {
  ({ parse } = await import('acorn'));
} catch {
  parse = undefined;
}

export const root = fileURLToPath(new URL('..', import.meta.url));
export const ENTRY = resolve(root, 'dist/dexcare-virtual-visit.js');
/** The budget of issue 7: what a page loads up front (the entry and its static imports), gzip. */
export const BUDGET_GZIP_BYTES = 20 * 1024;
/**
 * A ceiling, not a target: everything but Stripe.js and the Spanish strings, the visit form's chunk
 * included, so that code moved behind an import() is not free either. Set at 31 KB (29.0 KB measured);
 * raised to 34 KB by issue 11 (whole answers under a time limit and a size cap, outcomes the widget
 * cannot know: 1.5 KB) and issue 10 (the form's state and faces moved into its chunk: 0.8 KB off the
 * up-front file, 0.7 KB more in all, as two files compress apart); then to 36 KB by issue 12 (the
 * session from `session-url` and the sign-in offer, in the form's chunk: 1.7 KB).
 */
export const TOTAL_CEILING_GZIP_BYTES = 36 * 1024;

/** Raw, gzip -9 and brotli -11 sizes of some bytes. */
export function sizesOf(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

/** The relative module specifiers one ES module file imports, statically and dynamically. */
export function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const statics = [];
  const dynamics = [];
  const local = (specifier) => specifier.startsWith('./') || specifier.startsWith('../');
  if (!parse) {
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{][^"';]*?from\s*)?["']([^"']+)["']/g)) statics.push(m[1]);
    for (const m of code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) dynamics.push(m[1]);
    return {
      statics: statics.filter(local).map((s) => resolve(dirname(file), s)),
      dynamics: dynamics.filter(local).map((s) => resolve(dirname(file), s)),
      external: [...statics, ...dynamics].filter((s) => !local(s)),
    };
  }
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  for (const node of ast.body) {
    if ((node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.source) {
      statics.push(node.source.value);
    }
  }
  (function walk(node) {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'ImportExpression') {
      // `"./chunks/x.js" + retry` (rollup-plugin-retriable-import.mjs) is still that chunk.
      const source = node.source.type === 'BinaryExpression' && node.source.operator === '+' ? node.source.left : node.source;
      if (source.type === 'Literal' && typeof source.value === 'string') dynamics.push(source.value);
      else dynamics.push('<computed>');
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value);
    }
  })(ast);
  return {
    statics: statics.filter(local).map((s) => resolve(dirname(file), s)),
    dynamics: dynamics.filter(local).map((s) => resolve(dirname(file), s)),
    external: [...statics, ...dynamics].filter((s) => !local(s)),
  };
}

/**
 * The entry's module graph: `initial` = the entry and everything reachable through static imports
 * (what loads before the element runs); `lazy` = chunks only reachable through a dynamic import, each
 * marked `exempt` when the budget leaves it out (isExemptLazyChunk).
 */
export function bundleGraph(entry = ENTRY) {
  if (!existsSync(entry)) throw new Error(`${relative(root, entry)} does not exist: run \`npm run build\` first.`);
  const initial = new Set();
  const external = new Set();
  const dynamicRoots = [];
  const visitStatic = (file) => {
    if (initial.has(file)) return;
    if (!existsSync(file)) throw new Error(`${relative(root, file)} is imported but missing`);
    initial.add(file);
    const { statics, dynamics, external: ext } = importsOf(file);
    ext.forEach((e) => external.add(e));
    statics.forEach(visitStatic);
    dynamicRoots.push(...dynamics);
  };
  visitStatic(entry);
  const lazy = new Set();
  const visitLazy = (file) => {
    if (initial.has(file) || lazy.has(file) || !existsSync(file)) return;
    lazy.add(file);
    const { statics, dynamics } = importsOf(file);
    [...statics, ...dynamics].forEach(visitLazy);
  };
  dynamicRoots.forEach(visitLazy);
  const describe = (file) => ({ file: relative(root, file), ...sizesOf(readFileSync(file)) });
  const initialFiles = [...initial].map(describe);
  const lazyFiles = [...lazy].map((file) => ({ ...describe(file), exempt: isExemptLazyChunk(file) }));
  const sum = (files) =>
    files.reduce((total, f) => ({ raw: total.raw + f.raw, gzip: total.gzip + f.gzip, brotli: total.brotli + f.brotli }), {
      raw: 0,
      gzip: 0,
      brotli: 0,
    });
  return {
    initial: initialFiles,
    initialTotal: sum(initialFiles),
    lazy: lazyFiles,
    lazyTotal: sum(lazyFiles),
    /** Everything but the chunks the budget leaves out (`exempt`: Stripe.js's loader, the Spanish strings). */
    countedTotal: sum([...initialFiles, ...lazyFiles.filter((f) => !f.exempt)]),
    external: [...external],
  };
}

/**
 * Whether a chunk loaded on demand is one the budget leaves out (issue 7): Stripe.js's loader, the
 * Spanish strings, or `mode="dialog"`'s code (issue 13: a mode only some pages use). Told by what it is made of (its source map), else by its name.
 */
export function isExemptLazyChunk(file) {
  const path = resolve(root, file);
  const exempt = (source) =>
    /node_modules\/@stripe\//.test(source) || /src\/i18n\/locales\/(?!locale-codes)[^/]+$/.test(source) || /src\/widget\/dialog-controller\.ts$/.test(source);
  try {
    const { sources } = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
    if (Array.isArray(sources) && sources.length > 0) return sources.every(exempt);
  } catch {
    // No source map: go by the chunk's name.
  }
  return /^(es|pure|stripe|dialog-controller)[-.]/.test(path.split('/').pop());
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
