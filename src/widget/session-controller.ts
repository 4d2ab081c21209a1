import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AccessTokenProvider } from '../api/client.js';
import type { Patient } from '../api/types.js';

/** The element's properties a host script sets. */
export interface SessionSettings {
  readonly getAccessToken?: AccessTokenProvider;
  readonly patient?: Patient;
}

/** Someone signed in, out, or another person did: before the render that shows it. */
export type PatientChange = (current: Patient | undefined, previous: Patient | undefined) => void;

/**
 * Who is signed in: where the access token and the patient come from (today the host's properties),
 * and a change of patient, reported once.
 */
export class SessionController implements ReactiveController {
  private seen?: Patient;

  constructor(
    private readonly host: ReactiveControllerHost & SessionSettings,
    private readonly onPatientChange: PatientChange,
  ) {
    host.addController(this);
  }

  get patient(): Patient | undefined {
    return this.host.patient;
  }

  /** For the API client: asked per request that needs a token, and again after a 401. */
  readonly accessToken: AccessTokenProvider = () => this.host.getAccessToken?.();

  hostUpdate(): void {
    const current = this.patient;
    if (current === this.seen) return;
    const previous = this.seen;
    this.seen = current;
    this.onPatientChange(current, previous);
  }
}
