/**
 * `cem analyze` → custom-elements.json: attributes, properties, events, parts and custom properties of
 * every element, read from the classes and their JSDoc. The README's API tables are generated from it
 * (scripts/api-tables.mjs).
 */

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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/i18n/locales/**'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementPlugin(), publishedPathsPlugin()],
};
