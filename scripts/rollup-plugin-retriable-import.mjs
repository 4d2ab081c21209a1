/**
 * A dynamic import that failed stays failed: the browser's module map remembers the failure, so a
 * second `import()` of the same URL rejects without a request (seen in Chromium). The patient's
 * "Continue" after a dropped connection must fetch the visit form's code afresh, so the entry's import
 * of the chunks matched by `pattern` appends a query that src/widget/details-step-loader.ts sets
 * before each retry (nothing before the first try). Unbundled builds (lib/, tests) import as written.
 */
export const RETRY_KEY = 'dexcare-virtual-visit.import-retry';

export default function retriableImport(pattern) {
  return {
    name: 'retriable-import',
    renderDynamicImport({ targetModuleId }) {
      if (!targetModuleId || !pattern.test(targetModuleId)) return null;
      return { left: 'import(', right: `+(globalThis[Symbol.for(${JSON.stringify(RETRY_KEY)})]??""))` };
    },
  };
}
