/**
 * `cem analyze` → custom-elements.json: attributes, properties, events, parts and custom properties of
 * every element, read from the classes and their JSDoc. The README's API tables are generated from it
 * (scripts/api-tables.mjs).
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

/** Our elements register through `@defineElement('name')` (a guarded `@customElement`): read the tag from it. */
function defineElementPlugin() {
  return {
    name: 'dexcare-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const decorator = (node.modifiers ?? []).find(
        (modifier) =>
          ts.isDecorator(modifier) &&
          ts.isCallExpression(modifier.expression) &&
          modifier.expression.expression.getText() === 'defineElement',
      );
      const tagName = decorator?.expression.arguments[0];
      if (!tagName || !ts.isStringLiteral(tagName)) return;
      const className = node.name.text;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tagName.text, declaration: { name: className, module: moduleDoc.path } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        // define-element.ts's own `customElements.define(name, …)` is the helper, not an element.
        module.exports = module.exports?.filter((entry) => entry.kind !== 'custom-element-definition' || entry.name !== 'name');
        // Give each class its tag name, as the analyzer does for @customElement.
        for (const definition of (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition')) {
          const declaration = module.declarations?.find((candidate) => candidate.name === definition.declaration.name);
          if (declaration) {
            declaration.tagName ??= definition.name;
            declaration.customElement = true;
          }
        }
      }
    },
  };
}

/** The package ships lib/*.js (tsc -p tsconfig.lib.json), not src/*.ts: point the manifest there. */
function publishedPathsPlugin() {
  const published = (path) => path.replace(/^src\//, 'lib/').replace(/\.ts$/, '.js');
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = published(child);
        else visit(child);
      }
    }
  };
  return {
    name: 'dexcare-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}

/**
 * Template types for frameworks, generated from this same analysis into lib/types/: `jsx.d.ts` (React 19,
 * Preact, Solid) and `vue.d.ts`. Only the public element; each event typed by the detail type the package
 * exports (`visit-created` → `VisitCreatedDetail`), where the JSDoc shows a shape for people.
 */
const REACT_JSX = `// The tag in React 19's JSX, typed: import type {} from '@dexcare/virtual-visit/react-jsx' once per app.
import type { CustomElements } from './jsx.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;

function frameworkTypesPlugin() {
  const publicTypes = readFileSync('src/index.ts', 'utf8');
  const pascal = (kebab) => kebab.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
  const detailTypeOf = (eventName) => {
    const name = `${pascal(eventName)}Detail`;
    return new RegExp(`\\b${name}\\b`).test(publicTypes) ? name : undefined;
  };
  const elements = (manifest) => manifest.modules.flatMap((module) => module.declarations ?? []);
  return {
    name: 'dexcare-framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = structuredClone(customElementsManifest);
      for (const module of manifest.modules) {
        module.declarations = module.declarations?.filter((declaration) => declaration.tagName === 'dexcare-virtual-visit');
      }
      for (const event of elements(manifest).flatMap((element) => element.events ?? [])) {
        const detailType = detailTypeOf(event.name);
        if (detailType) event.type = { text: detailType };
      }
      const options = { outdir: './lib/types', globalTypePath: '../index.js', hideLogs: true };
      generateJsxTypes(manifest, { ...options, fileName: 'jsx.d.ts' });
      // Vue checks templates by camelCase names: practice-id="…" as practiceId, @visit-created as onVisitCreated.
      for (const element of elements(manifest)) {
        for (const attribute of element.attributes ?? []) attribute.name = attribute.fieldName ?? attribute.name;
        for (const event of element.events ?? []) event.name = pascal(event.name);
      }
      generateVuejsTypes(manifest, { ...options, fileName: 'vue.d.ts' });
      writeFileSync('lib/types/react-jsx.d.ts', REACT_JSX);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/i18n/locales/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    defineElementPlugin(),
    publishedPathsPlugin(),
    frameworkTypesPlugin(),
  ],
};
