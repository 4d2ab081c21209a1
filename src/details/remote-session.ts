/**
 * The session from `session-url`, for pages with no script of their own: asked when first needed, again
 * once its token is about to expire, and again after a token was used (so the retry after a 401 gets a
 * fresh one). The token stays in this object's memory: never logged, stored, or put in the DOM or a URL.
 * In the details step's chunk: only a patient who goes on to the form needs it.
 */
import { isAbortError } from '../api/errors.js';
import { fetchSession, sessionEndpoint, type Session } from '../api/session.js';
import type { Patient } from '../api/types.js';
import { requestTimeoutMs } from '../booking/host-settings.js';

/** The element's properties it reads, live. */
export interface RemoteSessionSettings {
  readonly sessionUrl: string;
  readonly requestTimeout: number;
}

/** A token this close to its end is asked for again. */
const EXPIRY_MARGIN_MS = 30_000;

export class RemoteSession {
  private known?: { url: string; session: Session | null };
  private asking?: { url: string; answer: Promise<Session | null> };
  private usedToken?: string;
  private warnedUrl?: string;

  constructor(
    private readonly settings: RemoteSessionSettings,
    /** The patient may have changed: the host re-renders. */
    private readonly onChange: () => void,
  ) {}

  get active(): boolean {
    return this.settings.sessionUrl.trim() !== '';
  }

  get patient(): Patient | undefined {
    return this.current()?.patient;
  }

  /** Whether someone is signed in, asking `session-url` when nothing fresh is known. */
  async signedIn(): Promise<boolean> {
    const session = await this.fresh();
    return session !== null;
  }

  /** A token for the API: asked again when it expires, and after each use. */
  async accessToken(): Promise<string | undefined> {
    let session = await this.fresh();
    if (session && session.accessToken === this.usedToken) session = await this.ask();
    this.usedToken = session?.accessToken;
    return session?.accessToken;
  }

  private current(): Session | null | undefined {
    return this.known?.url === this.settings.sessionUrl ? this.known.session : undefined;
  }

  private async fresh(): Promise<Session | null> {
    const session = this.current();
    if (session === undefined || (session && session.expiresAt - Date.now() < EXPIRY_MARGIN_MS)) return this.ask();
    return session;
  }

  /**
   * One request at a time. Only a 401 signs the patient out: when asking fails (a network blip, a 5xx),
   * the last session answered stays, so a signed-in patient's form keeps its details; with none, the
   * patient counts as signed out for now, and the next need asks again.
   */
  private ask(): Promise<Session | null> {
    const url = this.settings.sessionUrl;
    if (this.asking?.url === url) return this.asking.answer;
    const answer = this.fetch(url).then((session) => {
      if (this.asking?.answer === answer) this.asking = undefined;
      if (session !== undefined) this.known = { url, session };
      this.onChange();
      return session === undefined ? (this.current() ?? null) : session;
    });
    this.asking = { url, answer };
    return answer;
  }

  /** The session, null when signed out, undefined when it could not be known. */
  private async fetch(url: string): Promise<Session | null | undefined> {
    if (!url.trim()) return null;
    try {
      return await fetchSession(sessionEndpoint(url, document.baseURI), { timeoutMs: requestTimeoutMs(this.settings.requestTimeout) });
    } catch (error) {
      // For the integrator, once per URL: what is wrong, never what the endpoint answered.
      if (!isAbortError(error) && this.warnedUrl !== url) {
        this.warnedUrl = url;
        console.warn(`<dexcare-virtual-visit>: session-url: ${error instanceof Error ? error.message : String(error)}`);
      }
      return undefined;
    }
  }
}
