import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** dist/dexcare-virtual-visit.js: one self-contained, minified ES module that defines every element. */
export default {
  input: 'src/index.ts',
  output: {
    dir: 'dist',
    entryFileNames: 'dexcare-virtual-visit.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    resolve({ exportConditions: ['production'] }),
    typescript({ tsconfig: './tsconfig.build.json' }),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
};
