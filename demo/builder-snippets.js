/**
 * The snippet builder's pure half: settings in, the checks and the three snippets out. Every value
 * is escaped for the attribute or the query it lands in; nothing here touches the page.
 */

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const isLocalHost = (hostname) => ['localhost', '127.0.0.1', '[::1]'].includes(hostname);

/** '' when `value` is a URL the widget accepts (https, or http on localhost), else why not. */
function urlProblem(value) {
  if (!value) return '';
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || (url.protocol === 'http:' && isLocalHost(url.hostname))) return '';
    return 'Use an https:// address (plain http only on localhost).';
  } catch {
    return 'Enter a full address, like https://api.example-health.org/.';
  }
}

/** Field name → what is wrong with it; only fields with a problem are listed. */
export function settingsProblems(settings) {
  const problems = {};
  if (!settings['practice-id'].trim()) problems['practice-id'] = 'Enter the practice ID DexCare gave you.';
  if (!settings.brand.trim()) problems.brand = 'Enter the brand DexCare gave you.';
  for (const name of ['api-base-url', 'session-url', 'sign-in-url']) {
    const problem = urlProblem(settings[name].trim());
    if (problem) problems[name] = problem;
  }
  const key = settings['stripe-publishable-key'].trim();
  if (/^sk_/.test(key)) problems['stripe-publishable-key'] = 'That is a secret key: never put it in a page. Use the publishable key (pk_…).';
  else if (key && !/^pk_(test|live)_\w+$/.test(key)) problems['stripe-publishable-key'] = 'A publishable key starts with pk_live_ or pk_test_.';
  if (settings.radius.trim() && !/^\d+(\.\d+)?(px|em|rem)$|^0$/.test(settings.radius.trim())) problems.radius = 'A length, like 0.5em or 8px.';
  return problems;
}

const ATTRIBUTES = ['practice-id', 'brand', 'api-base-url', 'session-url', 'sign-in-url', 'locale', 'stripe-publishable-key'];

/** The element's attributes from the settings, in a stable order, empty ones left out. */
export function elementAttributes(settings, mode) {
  const pairs = ATTRIBUTES.map((name) => [name, settings[name].trim()]).filter(([, value]) => value);
  if (mode === 'dialog') pairs.push(['mode', 'dialog']);
  return pairs;
}

/** The theme as the element's inline style: only what differs from the widget's defaults. */
export function themeStyle(settings) {
  const declarations = [];
  if (settings.primary && settings.primary.toLowerCase() !== '#0b5cad') declarations.push(`--dexcare-primary: ${settings.primary}`);
  if (settings.radius.trim() && settings.radius.trim() !== '0.5em') declarations.push(`--dexcare-radius: ${settings.radius.trim()}`);
  if (settings.font.trim()) declarations.push(`--dexcare-font: ${settings.font.trim().replace(/[;{}<>"]/g, '')}`);
  return declarations.join('; ');
}

function elementMarkup(settings, mode) {
  const lines = elementAttributes(settings, mode).map(([name, value]) => `  ${name}="${escapeAttribute(value)}"`);
  const style = themeStyle(settings);
  if (style) lines.push(`  style="${escapeAttribute(style)}"`);
  return `<dexcare-virtual-visit\n${lines.join('\n')}>\n</dexcare-virtual-visit>`;
}

/**
 * The head every script-tag snippet starts with: the bundle preloaded, the API's connection opened
 * early, and the practice fetched at once (the widget's request is served from that preload), so the
 * list of states needs one round trip after the page, not two in a row.
 */
export function snippetHead(settings, distUrl) {
  const api = new URL(settings['api-base-url'].trim() || './', distUrl);
  const practice = new URL(`api/8/DexCare/practices/${encodeURIComponent(settings['practice-id'].trim())}`, api);
  const bundle = escapeAttribute(new URL('dexcare-virtual-visit.js', distUrl).href);
  return [
    `<link rel="modulepreload" href="${bundle}">`,
    `<link rel="preconnect" href="${escapeAttribute(api.origin)}" crossorigin>`,
    `<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(practice.href)}">`,
    `<script type="module" src="${bundle}"></script>`,
  ].join('\n');
}

/** `distUrl`: where dist/ is served, ending in a slash. */
export function snippets(settings, distUrl) {
  const query = new URLSearchParams(elementAttributes(settings, 'inline'));
  return {
    script: `${snippetHead(settings, distUrl)}\n${elementMarkup(settings, 'inline')}`,
    dialog: `${snippetHead(settings, distUrl)}\n${elementMarkup(settings, 'dialog')}`,
    iframe: [
      `<iframe title="See a clinician online" allow="payment" style="width: 100%; border: 0"`,
      `  src="${escapeAttribute(new URL(`embed.html?${query}`, distUrl).href)}"></iframe>`,
      `<script type="module" src="${escapeAttribute(new URL('embed-resizer.js', distUrl).href)}"></script>`,
    ].join('\n'),
  };
}
