/**
 * dist/embed.html's settings: the query parameters that mirror the element's attributes, and the
 * parent's origin to post to. Pure, so it is tested without a page.
 */

/** The attributes a query may set; everything else is ignored. None is a secret. */
export const EMBED_ATTRIBUTES = [
  'practice-id', 'brand', 'api-base-url', 'waiting-room-url', 'session-url', 'sign-in-url', 'locale',
  'region-code', 'department-id', 'stripe-publishable-key',
] as const;

/** Parameters that must never be in a URL: refused, and the integrator told why. */
const SECRETS = /token|secret|password|patient/i;

export interface EmbedSettings {
  attributes: Array<[string, string]>;
  /** Where messages go; null when neither `parent-origin` nor the referrer gives a usable origin. */
  parentOrigin: string | null;
  /** For the console: what was refused or is missing. */
  problems: string[];
}

function originOf(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

export function embedSettings(query: string, referrer: string): EmbedSettings {
  const params = new URLSearchParams(query);
  const problems: string[] = [];
  const attributes: Array<[string, string]> = [];
  for (const [name, value] of params) {
    if (SECRETS.test(name)) problems.push(`"${name}" is refused: never put a token or a patient's data in a URL; sign in through session-url.`);
    else if ((EMBED_ATTRIBUTES as readonly string[]).includes(name)) attributes.push([name, value]);
    else if (name !== 'parent-origin') problems.push(`"${name}" is not a setting of embed.html; ignored.`);
  }
  for (const required of ['practice-id', 'brand']) {
    if (!params.get(required)) problems.push(`"${required}" is missing from embed.html's query.`);
  }
  const given = params.get('parent-origin');
  const parentOrigin = given ? originOf(given) : originOf(referrer);
  if (given && !parentOrigin) problems.push(`"parent-origin" must be an origin such as https://www.example-health.org; nothing is posted to the parent.`);
  if (!given && !parentOrigin) problems.push('No parent-origin and no referrer: nothing is posted to the parent (set parent-origin).');
  return { attributes, parentOrigin, problems };
}
