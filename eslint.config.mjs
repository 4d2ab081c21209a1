// npm run lint: mistakes, not taste. typescript-eslint's recommended rules, Lit's template rules
// (eslint-plugin-lit) and custom-element rules (eslint-plugin-wc); no `.only` left in a test.
// Template bindings are type-checked by lit-analyzer (the second half of npm run lint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'sandbox/', 'node_modules/', 'src/i18n/locales/', 'custom-elements.json', '.scratch/', 'integrations/*/dist/', 'integrations/next/.next/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']", message: 'No .only in committed tests.' },
      ],
    },
  },
  {
    // chai's `expect(x).to.be.true` reads as an expression; test doubles may be loosely typed.
    files: ['test/**/*.ts', 'test/**/*.mjs'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Declaring JSX's intrinsic elements is module augmentation of React's own namespace.
    files: ['examples/react/**/*.tsx'],
    rules: { '@typescript-eslint/no-namespace': 'off' },
  },
);
