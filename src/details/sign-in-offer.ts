/** "Sign in" at Continue, for a page that names its sign-in page (`sign-in-url`). In the details step's chunk. */
import { html } from 'lit';
import { msg } from '@lit/localize';

/** `sign-in-url` with `{returnUrl}` filled in by this page's address; '' when it makes no http(s) address. */
export function signInHref(signInUrl: string, pageUrl: string): string {
  if (!signInUrl.trim()) return '';
  try {
    const url = new URL(signInUrl.replaceAll('{returnUrl}', encodeURIComponent(pageUrl)), pageUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
}

/** The offer, where Continue was: the link goes to the sign-in page, and the widget remembers where to come back to. */
export function renderSignInOffer(href: string, onLeave: () => void) {
  return html`<div class="notice" role="status">
    <p>${msg('Please sign in to request a visit. Afterwards you come back here, to the visit form.')}</p>
    <p><a part="sign-in-link" href=${href} @click=${onLeave}>${msg('Sign in')}</a></p>
  </div>`;
}
