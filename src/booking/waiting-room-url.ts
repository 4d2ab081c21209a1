/**
 * Where the patient goes once the visit exists: the configured waiting room only, never an address
 * from the API's answer. `waiting-room-url` is either a template with `{visitId}` (and optionally
 * `{brand}`), or a base against which the reference's `DexCare/visit/{visitId}?brand={brand}` resolves.
 */
export function waitingRoomUrl({ visitId, brand, template, apiBaseUrl }: { visitId: string; brand: string; template: string; apiBaseUrl: string }): string {
  const id = encodeURIComponent(visitId);
  const brandParam = encodeURIComponent(brand);
  const url = template.includes('{visitId}')
    ? new URL(template.replaceAll('{visitId}', id).replaceAll('{brand}', brandParam), apiBaseUrl)
    : new URL(`DexCare/visit/${id}?brand=${brandParam}`, withTrailingSlash(template || apiBaseUrl));
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('The waiting room URL must be http or https');
  return url.href;
}

function withTrailingSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}
