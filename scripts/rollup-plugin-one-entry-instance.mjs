/**
 * One copy of the bundle per page, whatever URL the page loaded it from.
 *
 * Rollup has each chunk loaded on demand (the visit form, Spanish) import the entry by its plain relative
 * URL, `../dexcare-virtual-visit.js`. A page that loaded `dexcare-virtual-visit.js?v=1.0.0` (a common
 * cache-buster) would then run the whole bundle a second time: a second Lit, a second Trusted Types
 * policy (refused under `trusted-types lit-html`), a lit-localize that was never configured.
 *
 * So the entry notes the URL it was loaded from, keyed by that URL without its query and hash, and each
 * chunk's static import of the entry becomes a dynamic import of the noted URL, with top-level await.
 * The entry has finished running by the time it loads a chunk, so that import resolves at once, to the
 * same module. The chunk takes the entry's exports as constants when it runs; that is right for what
 * they are (functions, classes, styles) and for lit-localize's `msg`, which the entry configures before
 * any widget can ask for a chunk.
 */
import { dirname, posix } from 'node:path';
import { parse } from 'acorn';
import MagicString from 'magic-string';

const REGISTRY = 'globalThis[Symbol.for("dexcare-virtual-visit.entries")]';

export default function oneEntryInstance() {
  return {
    name: 'one-entry-instance',
    renderChunk(code, chunk, _options, { chunks }) {
      const magic = new MagicString(code);
      const entries = Object.values(chunks).filter((candidate) => candidate.isEntry);
      if (entries.length !== 1) this.error(`one-entry-instance: expected one entry, found ${entries.length}`);
      const entryFileName = entries[0].fileName;
      if (chunk.isEntry) {
        // A chunk awaits the entry at its top level: were the entry to import a chunk statically, each
        // would wait for the other.
        if (chunk.imports.length > 0) this.error(`one-entry-instance: the entry imports ${chunk.imports.join(', ')} statically`);
        magic.prepend(`{const u=new URL(import.meta.url);u.search=u.hash="";(${REGISTRY}??={})[u.href]??=import.meta.url}`);
      } else {
        let fromChunk = posix.relative(dirname(chunk.fileName), entryFileName);
        if (!fromChunk.startsWith('.')) fromChunk = `./${fromChunk}`;
        const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
        for (const node of ast.body) {
          if (node.source?.value !== fromChunk) continue;
          if (node.type !== 'ImportDeclaration') this.error(`one-entry-instance: ${chunk.fileName} re-exports from the entry (${node.type})`);
          const bindings = node.specifiers.map((specifier) => {
            if (specifier.type !== 'ImportSpecifier') this.error(`one-entry-instance: unexpected ${specifier.type} in ${chunk.fileName}`);
            const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : JSON.stringify(specifier.imported.value);
            return imported === specifier.local.name ? imported : `${imported}:${specifier.local.name}`;
          });
          const url = JSON.stringify(fromChunk);
          magic.overwrite(
            node.start,
            node.end,
            `const{${bindings.join(',')}}=await import(${REGISTRY}?.[new URL(${url},import.meta.url).href]??${url});`,
          );
        }
      }
      return { code: magic.toString(), map: magic.generateMap({ hires: true }) };
    },
  };
}
