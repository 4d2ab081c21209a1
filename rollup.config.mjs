import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import oneEntryInstance from './scripts/rollup-plugin-one-entry-instance.mjs';
import retriableImport from './scripts/rollup-plugin-retriable-import.mjs';
import { templateMinifyOptions } from './scripts/template-minify-options.mjs';

import { readFileSync } from 'node:fs';

/** dist/dexcare-virtual-visit.js: one self-contained, minified ES module that defines every element. */
const bundle = {
  input: 'src/index.ts',
  // Lets the entry export internals that lazy chunks import (the Spanish strings need `str`), instead
  // of becoming a facade that imports one big chunk: that was a second, sequential script request.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    entryFileNames: 'dexcare-virtual-visit.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    resolve({ exportConditions: ['production'] }),
    // "Continue" after a failed fetch of the visit form's code fetches it again (the browser remembers failures).
    retriableImport(/[\\/]details[\\/]details-step\.ts$/),
    typescript({ tsconfig: './tsconfig.build.json' }),
    // CSS and HTML in Lit's templates (lib/ gets the same: scripts/minify-lib-templates.mjs).
    minifyLiterals({ failOnError: true, options: templateMinifyOptions }),
    terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
    // After terser: it rewrites the minified imports of the chunks loaded on demand.
    oneEntryInstance(),
  ],
};

/** Copies files into the output as they are (the iframe page and its stylesheet). */
const copy = (files) => ({
  name: 'copy',
  generateBundle() {
    for (const [from, fileName] of files) this.emitFile({ type: 'asset', fileName, source: readFileSync(from) });
  },
});

/**
 * dist/embed.html with dist/embed.js (the iframe page, issue 13), and dist/embed-resizer.js for the
 * parent: small scripts of their own, apart from the bundle, which embed.html loads as any page does.
 */
const iframe = {
  input: { embed: 'src/embed/iframe-page.ts', 'embed-resizer': 'src/embed/resizer.ts' },
  output: { dir: 'dist', entryFileNames: '[name].js', chunkFileNames: 'chunks/embed-[name]-[hash].js', format: 'es', sourcemap: true },
  plugins: [
    typescript({ tsconfig: './tsconfig.build.json' }),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
    copy([['src/embed/embed.html', 'embed.html'], ['src/embed/embed.css', 'embed.css']]),
  ],
};

export default [bundle, iframe];
