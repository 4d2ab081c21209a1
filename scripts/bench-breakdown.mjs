#!/usr/bin/env node
/**
 * What is big in the bundle: attributes every byte of the minified files loaded up front to the
 * source module it came from (through the source maps rollup writes) and prints the modules by size:
 * minified bytes, and gzip cost = how much smaller the gzip of those files gets without the module
 * (its marginal cost; repeats shared with other modules are not counted).
 *   node scripts/bench-breakdown.mjs [--top N] [--all] [--json] [--without REGEX]...
 * --all also covers chunks loaded on demand; --without REGEX (repeatable) prints the gzip size of the
 * files loaded up front without the modules whose path matches, e.g. to price moving the visit form
 * into a chunk of its own: --without 'visit-form|form-|field-rules|visit-request'.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { bundleGraph, kb, root } from './bench-bundle.mjs';

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** The minified text of `file`, cut into consecutive pieces, each with the source module it came from. */
export function pieces(file) {
  const code = readFileSync(file, 'utf8');
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) throw new Error(`${relative(root, mapFile)} is missing: build with sourcemap on`);
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const name = (source) => relative(root, resolve(dirname(file), source)).replace(/^node_modules\//, '');
  const sources = map.sources.map(name);
  const decoded = decode(map.mappings);
  const out = [];
  const add = (module, text) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.module === module) last.text += text;
    else out.push({ module, text });
  };
  // A segment runs to the next one; lines without segments continue a multi-line token (template
  // literals: CSS and HTML), so they belong to the module of the segment before them.
  let current = '(unmapped)';
  const lines = code.split('\n');
  lines.forEach((line, index) => {
    const segments = decoded[index] ?? [];
    const newline = index + 1 < lines.length ? '\n' : '';
    if (segments.length === 0) return add(current, line + newline);
    add(current, line.slice(0, segments[0][0]));
    segments.forEach((segment, i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
      current = segment.length > 1 ? sources[segment[1]] : '(unmapped)';
      add(current, line.slice(segment[0], end) + (i + 1 === segments.length ? newline : ''));
    });
  });
  return out;
}

/** Modules by minified bytes and gzip cost, over the given files. */
export function breakdown(files) {
  const cut = files.map((file) => pieces(file));
  const full = cut.reduce((sum, list) => sum + gzip(list.map((p) => p.text).join('')), 0);
  const without = (test) => cut.reduce((sum, list) => sum + gzip(list.filter((p) => !test(p.module)).map((p) => p.text).join('')), 0);
  const bytes = new Map();
  for (const p of cut.flat()) bytes.set(p.module, (bytes.get(p.module) ?? 0) + Buffer.byteLength(p.text));
  const modules = [...bytes].map(([module, size]) => ({ module, bytes: size, gzipCost: full - without((m) => m === module) }));
  modules.sort((a, b) => b.gzipCost - a.gzipCost || b.bytes - a.bytes);
  return { gzip: full, modules, without };
}

/** Our folders (src/api/, src/booking/, …) and packages (lit-html, @lit/task, …). */
function groupOf(module) {
  const parts = module.split('/');
  if (module.startsWith('src/')) return parts.length > 2 ? `src/${parts[1]}/` : 'src/*.ts';
  return module.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      top: { type: 'string', default: '40' },
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      without: { type: 'string', multiple: true, default: [] },
    },
  });
  const graph = bundleGraph();
  const files = [...graph.initial, ...(values.all ? graph.lazy : [])].map((f) => f.file);
  const { gzip: total, modules, without } = breakdown(files.map((f) => resolve(root, f)));
  const groups = new Map();
  for (const m of modules) groups.set(groupOf(m.module), [...(groups.get(groupOf(m.module)) ?? []), m.module]);
  const groupRows = [...groups].map(([group, members]) => {
    const set = new Set(members);
    return {
      group,
      bytes: modules.filter((m) => set.has(m.module)).reduce((s, m) => s + m.bytes, 0),
      gzipCost: total - without((m) => set.has(m)),
    };
  });
  groupRows.sort((a, b) => b.gzipCost - a.gzipCost);
  const scenarios = values.without.map((pattern) => {
    const re = new RegExp(pattern);
    const gz = without((m) => re.test(m));
    return { without: pattern, modules: modules.filter((m) => re.test(m.module)).map((m) => m.module), gzip: gz, saves: total - gz };
  });
  if (values.json) {
    console.log(JSON.stringify({ files, gzip: total, modules, groups: groupRows, scenarios }, null, 2));
  } else {
    const minified = modules.reduce((s, m) => s + m.bytes, 0);
    console.log(`${files.join(' + ')}: ${minified} bytes minified, ${total} bytes gzip (each file gzipped on its own)\n`);
    console.log(`${'module'.padEnd(52)} ${'minified'.padStart(9)} ${'gzip cost'.padStart(10)}`);
    for (const m of modules.slice(0, Number(values.top))) {
      console.log(`${m.module.padEnd(52)} ${String(m.bytes).padStart(9)} ${String(m.gzipCost).padStart(10)}`);
    }
    if (modules.length > Number(values.top)) console.log(`… ${modules.length - Number(values.top)} more (--top N)`);
    console.log(`\n${'folder / package'.padEnd(52)} ${'minified'.padStart(9)} ${'gzip cost'.padStart(10)}`);
    for (const g of groupRows) console.log(`${g.group.padEnd(52)} ${String(g.bytes).padStart(9)} ${String(g.gzipCost).padStart(10)}  (${kb(g.gzipCost)})`);
    for (const s of scenarios) {
      console.log(`\nWithout /${s.without}/ (${s.modules.length} modules: ${s.modules.join(', ')}):\n  ${s.gzip} bytes gzip (${kb(s.gzip)}), ${s.saves} bytes less`);
    }
  }
}
