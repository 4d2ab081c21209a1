/**
 * The health system's sign-in pages, as the sandbox plays them: plain HTML forms that work without
 * JavaScript under a strict CSP. `returnUrl` may lead back only to this computer, so nobody can use
 * the sandbox as an open redirect.
 */
import { isLocalUrl } from './cors.js';
import { escapeHtml, htmlPage, pageHeaders } from './html-page.js';
import type { Reply } from './http-util.js';

const MAX_RETURN_URL_LENGTH = 2048;

/** `returnUrl` when it is an absolute http(s) URL on localhost, 127.0.0.1 or [::1]; null otherwise. */
export function parseReturnUrl(value: string | null): URL | null {
  if (!value || value.length > MAX_RETURN_URL_LENGTH) return null;
  try {
    // No base URL: relative and protocol-relative addresses throw.
    const url = new URL(value);
    return isLocalUrl(url) ? url : null;
  } catch {
    return null;
  }
}

export function signInPage(returnUrl: URL): Reply {
  const href = escapeHtml(returnUrl.href);
  const body = `<h1>Sign in to Acme Health</h1>
<p>The sandbox plays your health system's sign-in here. There is no password: the button signs you in as the demo patient and takes you back to <code>${href}</code>.</p>
<form method="post" action="/sandbox/sign-in">
  <input type="hidden" name="returnUrl" value="${href}">
  <button type="submit">Sign in as the demo patient</button>
</form>`;
  // Browsers hold the redirect after a post to form-action too, so the way back is listed beside 'self'
  // (by its scheme alone for [::1], as CSP cannot name an IPv6 host).
  const wayBack = returnUrl.hostname.startsWith('[') ? returnUrl.protocol : returnUrl.origin;
  return { status: 200, html: htmlPage('Sign in · Acme Health', body), headers: pageHeaders(`'self' ${wayBack}`) };
}

export function badReturnUrlPage(given: string | null): Reply {
  const was = given ? `<p>It was <code>${escapeHtml(given.slice(0, 200))}</code>.</p>` : '<p>It was missing.</p>';
  const body = `<h1>The return address is not allowed</h1>
<p>The sandbox sends the browser back only to a page on this computer, so that no one can use it to send patients elsewhere. <code>returnUrl</code> must be a full <code>http://</code> or <code>https://</code> address on <code>localhost</code>, <code>127.0.0.1</code> or <code>[::1]</code> (any port), such as <code>http://localhost:8000/</code>. Nothing was changed.</p>
${was}`;
  return { status: 400, html: htmlPage('Return address not allowed', body), headers: pageHeaders() };
}

export function signedOutPage(headers: Record<string, string>): Reply {
  const body = `<h1>You're signed out</h1>\n<p>The demo patient's session has ended.</p>`;
  return { status: 200, html: htmlPage("You're signed out", body), headers: { ...pageHeaders(), ...headers } };
}

/** 303 to `url` (serialized by the URL parser, so nothing raw reaches the header), with a link for the rare client that stops. */
export function seeOther(url: URL, headers: Record<string, string>): Reply {
  const body = `<h1>Going back</h1>\n<p><a href="${escapeHtml(url.href)}">Continue</a></p>`;
  return { status: 303, html: htmlPage('Going back', body), headers: { ...pageHeaders(), ...headers, Location: url.href } };
}
