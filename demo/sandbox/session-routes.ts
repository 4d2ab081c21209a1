/**
 * The health system's own sign-in, played by the sandbox for the CMS snippet (`session-url`,
 * `sign-in-url`): a cookie session on this origin, and tokens for it on demand.
 * - `GET /sandbox/sign-in?returnUrl=…`: the sign-in page; a 400 page when returnUrl is not local.
 * - `POST /sandbox/sign-in`, form-encoded with `returnUrl`: starts a session (an HttpOnly, SameSite=Lax
 *   cookie holding only a random id) and answers 303 to returnUrl. Any other body is the JSON sign-in.
 * - `GET /sandbox/session`: `200 { accessToken, expiresIn, patient }`, a fresh token for the session
 *   lasting `store.sessionTokenSeconds` (`PUT /sandbox/session-tokens`); `401` without a live session.
 * - `POST /sandbox/sign-out`: ends the session and its tokens and clears the cookie; 204, or for a form
 *   post 303 to its returnUrl (a page saying so without one). A bad returnUrl changes nothing.
 * `/sandbox/session` and `/sandbox/sign-out` allow credentialed CORS from localhost origins (routes.ts).
 */
import type { Context } from './context.js';
import { demoPatientToken, signIn as signInWithJson } from './control-routes.js';
import { errorReply, isFormPost, type Reply } from './http-util.js';
import { badReturnUrlPage, parseReturnUrl, seeOther, signedOutPage, signInPage } from './sign-in-pages.js';

const COOKIE = 'dexcare_sandbox_session';
const COOKIE_ATTRIBUTES = 'Path=/; HttpOnly; SameSite=Lax';

/** The session the Cookie header names, when it is live. */
function currentSession({ headers, store }: Context): string | undefined {
  for (const pair of (headers.cookie ?? '').split(';')) {
    const [name, ...value] = pair.split('=');
    const id = value.join('=').trim();
    if (name?.trim() === COOKIE && store.sessions.has(id)) return id;
  }
  return undefined;
}

/** A form post's fields; none from a body too large to read. */
const formFields = ({ body }: Context) => new URLSearchParams(body.text);

export function getSignInPage({ query }: Context): Reply {
  const given = query.get('returnUrl');
  const returnUrl = parseReturnUrl(given);
  return returnUrl ? signInPage(returnUrl) : badReturnUrlPage(given);
}

export function postSignIn(context: Context): Reply {
  if (!isFormPost(context.headers['content-type'])) return signInWithJson(context);
  const given = formFields(context).get('returnUrl');
  const returnUrl = parseReturnUrl(given);
  if (!returnUrl) return badReturnUrlPage(given);
  // A new id at every sign-in, never one the browser brought along.
  const previous = currentSession(context);
  if (previous) context.store.endSession(previous);
  const id = context.store.startSession();
  return seeOther(returnUrl, { 'Set-Cookie': `${COOKIE}=${id}; ${COOKIE_ATTRIBUTES}` });
}

export function getSession(context: Context): Reply {
  const id = currentSession(context);
  if (!id) return errorReply(401, "You're not signed in.", 'SIGNED_OUT');
  return demoPatientToken(context.store, context.store.sessionTokenSeconds, id);
}

export function signOut(context: Context): Reply {
  const form = isFormPost(context.headers['content-type']) ? formFields(context) : null;
  const given = form?.get('returnUrl') || null;
  const returnUrl = parseReturnUrl(given);
  if (given && !returnUrl) return badReturnUrlPage(given);
  const id = currentSession(context);
  if (id) context.store.endSession(id);
  const headers = { 'Set-Cookie': `${COOKIE}=; ${COOKIE_ATTRIBUTES}; Max-Age=0` };
  if (returnUrl) return seeOther(returnUrl, headers);
  return form ? signedOutPage(headers) : { status: 204, empty: true, headers };
}
