/**
 * Where the patient goes once the visit exists: the configured waiting room only, never an address
 * from the API's answer. `waiting-room-url` is either a template with `{visitId}` (and optionally
 * `{brand}`), or a base against which the reference's `DexCare/visit/{visitId}?brand={brand}` resolves;
 * a relative one is relative to the page, like any URL in an attribute. Without it, the base is the API's.
 * Throws when the result is not an http(s) URL: check it before the visit is requested.
 */
export function waitingRoomUrl({
  visitId, brand, template, apiBaseUrl, pageUrl,
}: { visitId: string; brand: string; template: string; apiBaseUrl: string; pageUrl: string }): string {
  const id = encodeURIComponent(visitId);
  const brandParam = encodeURIComponent(brand);
  const filled = template.replaceAll('{visitId}', id).replaceAll('{brand}', brandParam);
  let url: URL | undefined;
  try {
    url = template.includes('{visitId}')
      ? new URL(filled, pageUrl)
      : new URL(`DexCare/visit/${id}?brand=${brandParam}`, asBase(template ? new URL(filled, pageUrl) : new URL(apiBaseUrl)));
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
    throw new Error(`waiting-room-url "${template}" does not make an http or https address for the waiting room`);
  }
  return url.href;
}

/** `url` made a base for relative paths: its path ends in a slash, so its last segment is kept; no query or hash. */
function asBase(url: URL): URL {
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}
