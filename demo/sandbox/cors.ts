/**
 * CORS for pages on any localhost origin (any port), so the widget can be embedded from elsewhere.
 * The API needs no cookies; only the session routes are credentialed (`credentials: 'include'`), and
 * there the origin is always echoed, never `*`, as browsers require. API answers expose `Retry-After`
 * (not a CORS-safelisted header), so the widget can read it on a 429 or 503.
 */

const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export const PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
} as const;

/** An http(s) URL on this computer. */
export function isLocalUrl(url: URL): boolean {
  return (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTNAMES.has(url.hostname);
}

export function isLocalOrigin(origin: string | undefined): boolean {
  if (!origin) return false;
  try {
    const url = new URL(origin);
    return isLocalUrl(url) && url.origin === origin;
  } catch {
    return false;
  }
}

export interface CorsOptions {
  /** Cookies allowed: the session routes. */
  credentials?: boolean;
  /** An API route: expose `Retry-After`. */
  api?: boolean;
}

/** Headers for any answer: the origin echoed back when it is local, nothing otherwise. */
export function corsHeaders(origin: string | undefined, { credentials = false, api = false }: CorsOptions = {}): Record<string, string> {
  if (!isLocalOrigin(origin)) return { Vary: 'Origin' };
  const headers: Record<string, string> = { 'Access-Control-Allow-Origin': origin!, Vary: 'Origin' };
  if (credentials) headers['Access-Control-Allow-Credentials'] = 'true';
  if (api) headers['Access-Control-Expose-Headers'] = 'Retry-After';
  return headers;
}

/** Headers for an `OPTIONS` preflight (exposing headers is for answers, not preflights). */
export function preflightHeaders(origin: string | undefined, credentials = false): Record<string, string> {
  const headers = corsHeaders(origin, { credentials });
  return isLocalOrigin(origin) ? { ...headers, ...PREFLIGHT_HEADERS } : headers;
}
