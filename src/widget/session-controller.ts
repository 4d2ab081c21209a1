import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AccessTokenProvider } from '../api/client.js';
import type { Patient } from '../api/types.js';

/** The element's properties a host script sets. */
export interface SessionSettings {
  readonly getAccessToken?: AccessTokenProvider;
  readonly patient?: Patient;
}

/** The session from `session-url` (details/remote-session.ts), brought by the details step's chunk. */
export interface RemoteSessionLike {
  /** `session-url` is set. */
  readonly active: boolean;
  readonly patient?: Patient;
  signedIn(): Promise<boolean>;
  accessToken(): Promise<string | undefined>;
}

/** Someone signed in, out, or another person did: before the render that shows it. */
export type PatientChange = (current: Patient | undefined, previous: Patient | undefined) => void;

/**
 * Who is signed in: where the access token and the patient come from (the host's properties first,
 * else `session-url`), whether sign-in is needed, and a change of patient, reported once.
 */
export class SessionController implements ReactiveController {
  private seen?: Patient;
  private remote?: RemoteSessionLike;
  private warnedPatient = false;

  constructor(
    private readonly host: ReactiveControllerHost & SessionSettings,
    private readonly onPatientChange: PatientChange,
  ) {
    host.addController(this);
  }

  /** The signed-in patient: the host's, else the session's. */
  get patient(): Patient | undefined {
    let patient: Patient | undefined;
    try {
      patient = this.host.patient;
    } catch {
      // A host getter that throws: no patient, said once (its error may describe the person, so not shown).
      if (!this.warnedPatient) console.warn('<dexcare-virtual-visit>: reading `patient` threw; the widget treats it as no patient.');
      this.warnedPatient = true;
    }
    return patient ?? this.remote?.patient;
  }

  /** For the API client: asked per request that needs a token, and again after a 401. */
  readonly accessToken: AccessTokenProvider = () => {
    const provider = this.host.getAccessToken;
    return provider ? provider() : this.remote?.accessToken();
  };

  /** `session-url` is set and the chunk that asks it has loaded. */
  attach(remote: RemoteSessionLike): void {
    this.remote = remote;
  }

  /** Whether a patient is signed in; asks `session-url` (a promise then) when only it can tell. */
  signedIn(): boolean | Promise<boolean> {
    if (this.patient || !this.remote?.active) return this.patient !== undefined;
    return this.remote.signedIn().then(() => this.patient !== undefined);
  }

  hostUpdate(): void {
    const current = this.patient;
    if (current === this.seen) return;
    const previous = this.seen;
    this.seen = current;
    this.onPatientChange(current, previous);
  }
}
