/**
 * Writes the README's API tables (between `<!-- api:start -->` and `<!-- api:end -->`) from
 * custom-elements.json, so they cannot drift from the code: attributes, properties, events, parts and
 * CSS custom properties of <dexcare-virtual-visit>.
 *
 *   node scripts/api-tables.mjs           rewrite the README's tables
 *   node scripts/api-tables.mjs --check   exit 1 when the README differs from the manifest
 *
 * Run `npm run manifest` first (npm run build and npm run api:check do).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MANIFEST = `${root}custom-elements.json`;
const README = `${root}README.md`;
const THEME = `${root}src/components/theme.ts`;
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const TAG = 'dexcare-virtual-visit';

/** The manifest's declaration of `tagName`, or an error that says what to run. */
export function elementDeclaration(manifest, tagName = TAG) {
  for (const module of manifest.modules ?? []) {
    const declaration = module.declarations?.find((candidate) => candidate.tagName === tagName);
    if (declaration) return declaration;
  }
  throw new Error(`custom-elements.json has no <${tagName}>`);
}

/** One table cell: a single line, pipes escaped. */
const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text).replace(/`/g, '')}\`` : '');
const withoutUndefined = (type) => type?.replace(/\s*\|\s*undefined$/, '');

function table(headers, rows) {
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** Fails when something public has no description: the tables must explain every row. */
function described(kind, items) {
  const missing = items.filter((item) => !item.description?.trim()).map((item) => item.name);
  if (missing.length > 0) throw new Error(`<${TAG}>: ${kind} without a description in the JSDoc: ${missing.join(', ')}`);
  return items;
}

/**
 * The `--dexcare-*` defaults as src/components/theme.ts writes them (`var(--dexcare-x, default)`): the
 * light ones, and the dark ones under `prefers-color-scheme: dark`.
 */
export function themeDefaults(themeSource) {
  // The dark block: from its @media to the brace that closes it.
  const darkStart = themeSource.indexOf('@media (prefers-color-scheme: dark)');
  let darkEnd = darkStart;
  if (darkStart >= 0) {
    let depth = 0;
    for (let index = themeSource.indexOf('{', darkStart); index < themeSource.length; index += 1) {
      if (themeSource[index] === '{') depth += 1;
      else if (themeSource[index] === '}' && --depth === 0) {
        darkEnd = index;
        break;
      }
    }
  }
  const light = new Map();
  const dark = new Map();
  for (const match of themeSource.matchAll(/var\((--dexcare-[\w-]+),\s*([^;]+?)\)\s*(?:!important\s*)?;/g)) {
    const defaults = match.index > darkStart && match.index < darkEnd ? dark : light;
    if (!defaults.has(match[1])) defaults.set(match[1], match[2].trim());
  }
  return { light, dark };
}

/** Every theme default in the JSDoc (and so the README) is the one the CSS uses, and every token is documented. */
function checkThemeDefaults(customProperties, themeSource) {
  const { light, dark } = themeDefaults(themeSource);
  const problems = [];
  const documented = new Map(customProperties.map((property) => [property.name, property]));
  for (const name of light.keys()) if (!documented.has(name)) problems.push(`${name} is used in theme.ts but has no @cssproperty`);
  for (const [name, property] of documented) {
    if (!light.has(name)) problems.push(`${name} is documented but theme.ts does not use it`);
    else if (property.default !== light.get(name)) problems.push(`${name}: JSDoc default ${property.default}, theme.ts ${light.get(name)}`);
    const darkValue = dark.get(name);
    if (darkValue && darkValue !== light.get(name) && !property.description?.includes(`Dark: \`${darkValue}\``)) {
      problems.push(`${name}: the description should say "Dark: \`${darkValue}\`" (theme.ts)`);
    }
  }
  if (problems.length > 0) throw new Error(`The custom properties' JSDoc and src/components/theme.ts disagree:\n  ${problems.join('\n  ')}`);
}

/** The markdown between the markers. */
export function apiTables(manifest, themeSource) {
  const element = elementDeclaration(manifest);
  const attributes = described('attributes', element.attributes ?? []);
  const properties = described(
    'properties',
    (element.members ?? []).filter(
      (member) => member.kind === 'field' && !member.privacy && !member.static && !member.attribute && !member.readonly,
    ),
  );
  const events = described('events', element.events ?? []);
  const parts = described('parts', element.cssParts ?? []);
  const slots = described('slots', element.slots ?? []);
  const customProperties = described('custom properties', element.cssProperties ?? []);
  if (themeSource !== undefined) checkThemeDefaults(customProperties, themeSource);
  return [
    '### Attributes',
    '',
    table(
      ['attribute', 'property', 'meaning'],
      attributes.map((attribute) => [code(attribute.name), code(attribute.fieldName), cell(attribute.description)]),
    ),
    '',
    '### Properties (JavaScript only, never reflected)',
    '',
    table(
      ['property', 'type', 'default', 'meaning'],
      properties.map((property) => [
        code(property.name),
        code(withoutUndefined(property.type?.text)),
        code(/^[\d_.]+$/.test(property.default ?? '') ? property.default.replace(/_/g, '') : property.default),
        cell(property.description),
      ]),
    ),
    '',
    "### Events (all `bubbles`, `composed`; typed in `HTMLElementEventMap`; never patient data)",
    '',
    table(
      ['event', 'detail', 'when'],
      events.map((event) => [code(event.name), code(event.type?.text), cell(event.description)]),
    ),
    '',
    '### Slots (children of the element)',
    '',
    table(['slot', 'shown'], slots.map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)])),
    '',
    '### Parts (style them with `dexcare-virtual-visit::part(name)`)',
    '',
    table(['part', 'what'], parts.map((part) => [code(part.name), cell(part.description)])),
    '',
    '### CSS custom properties (set them on the element or any ancestor)',
    '',
    table(
      ['custom property', 'light default', 'meaning'],
      customProperties.map((property) => [code(property.name), code(property.default), cell(property.description)]),
    ),
  ].join('\n');
}

/** The README with its API region replaced by `tables`. */
export function withTables(readme, tables) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} … ${END} around the API tables`);
  return `${readme.slice(0, start + START.length)}\n${tables}\n${readme.slice(end)}`;
}

function main() {
  if (!existsSync(MANIFEST)) {
    console.error('custom-elements.json is missing: run `npm run manifest` (or `npm run build`) first.');
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const readme = readFileSync(README, 'utf8');
  const updated = withTables(readme, apiTables(manifest, readFileSync(THEME, 'utf8')));
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md: the API tables differ from custom-elements.json. Run `npm run api:tables` and commit README.md.');
      process.exit(1);
    }
    console.log('README.md API tables match custom-elements.json.');
    return;
  }
  if (updated !== readme) writeFileSync(README, updated);
  console.log(updated === readme ? 'README.md API tables already up to date.' : 'README.md API tables rewritten from custom-elements.json.');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (error) {
    console.error(String(error.message ?? error));
    process.exit(1);
  }
}
