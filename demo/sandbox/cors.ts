/** CORS for pages on any localhost origin (any port), so the widget can be embedded from elsewhere. */

const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export const PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
} as const;

export function isLocalOrigin(origin: string | undefined): boolean {
  if (!origin) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin && LOCAL_HOSTNAMES.has(url.hostname);
  } catch {
    return false;
  }
}

/** Headers for any answer: the origin echoed back when it is local, nothing otherwise. */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  return isLocalOrigin(origin) ? { 'Access-Control-Allow-Origin': origin!, Vary: 'Origin' } : { Vary: 'Origin' };
}

/** Headers for an `OPTIONS` preflight. */
export function preflightHeaders(origin: string | undefined): Record<string, string> {
  return isLocalOrigin(origin) ? { ...corsHeaders(origin), ...PREFLIGHT_HEADERS } : corsHeaders(origin);
}
