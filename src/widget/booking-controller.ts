import type { ReactiveControllerHost } from 'lit';
import { DexCareError } from '../api/errors.js';
import type { Patient, Practice, PracticeRegion } from '../api/types.js';
import type { RegionSelectedDetail } from '../booking/event-details.js';
import { selectableRegions } from '../booking/regions.js';
import { OUT_OF_AREA } from '../components/region-picker.js';
import type { DetailsSource, VisitRequestController } from '../details/visit-request-controller.js';
import { loadDetailsStep, type DetailsStep } from './details-step-loader.js';
import { rememberSignInReturn, takeSignInReturn } from './sign-in-return.js';
import { requestTimeoutMs } from '../booking/host-settings.js';

export type Step = 'region' | 'details' | 'created';

export interface BookingSource {
  settings: { readonly practiceId: string; readonly signInUrl: string };
  /** The chosen region's clinic is open now (Continue is offered). */
  regionOpen(): boolean;
  /** Whether a patient is signed in (a promise while the session is asked). */
  signedIn(): boolean | Promise<boolean>;
  region(regionId: string): PracticeRegion | undefined;
  /** What the details step reads from the element, handed over once its code is here. */
  details: DetailsSource;
  onRegionSelected(detail: RegionSelectedDetail): void;
  /** The details step's code is here (once per widget). */
  onDetailsLoaded(step: DetailsStep): void;
  /** Put focus on the step's heading, the list of states or the sign-in link, once it is on screen. */
  focus(target: FocusTarget): void;
}

export type FocusTarget = 'heading' | 'regions' | 'sign-in';

/**
 * The steps from the choice of state to the created visit: the choice, Continue and Back, and the
 * details step's code, fetched once a state is picked (so Continue is instant) and then asked for
 * everything the form does.
 */
export class BookingController {
  step: Step = 'region';
  /** A region id, `OUT_OF_AREA`, or `''`. */
  regionId = '';
  /** "Continue" was pressed and the details step's code is on its way, or could not be fetched. */
  detailsLoad: 'idle' | 'loading' | 'failed' = 'idle';
  /** The details step's code and its state for this widget; undefined until that chunk has loaded. */
  details?: { step: DetailsStep; request: VisitRequestController };
  /** Continue found nobody signed in, and `sign-in-url` says where to: the region step offers it. */
  signInOffered = false;
  /** Back from sign-in: a dialog-mode widget opens itself (it reads and clears this). */
  returnedFromSignIn = false;
  /** Back from sign-in with a state chosen before: Continue by itself once its clinic answers open. */
  private resuming = false;
  /** Back from sign-in, open, but nobody signed in yet (a host script may hand the patient over shortly). */
  private awaitingPatient = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: BookingSource,
  ) {}

  /** The patient chose where they are. */
  pick(value: string): void {
    if (value === this.regionId) return;
    this.regionId = value;
    this.signInOffered = false;
    this.resuming = false;
    this.awaitingPatient = false;
    if (this.detailsLoad === 'failed') this.detailsLoad = 'idle';
    if (value && value !== OUT_OF_AREA) this.prefetchDetails();
    const region = this.source.region(value);
    this.source.onRegionSelected({ regionId: region?.id ?? null, regionCode: region?.regionCode ?? null, outOfServiceArea: value === OUT_OF_AREA });
    this.host.requestUpdate();
  }

  /**
   * Back from sign-in, the state chosen before (then on to the form); else `region-code`'s region when
   * the practice offers it. Never over the patient's own choice.
   */
  preselect(practice: Practice, regionCode: string): void {
    if (this.regionId) return;
    const regions = selectableRegions(practice);
    const returning = takeSignInReturn(this.source.settings.practiceId);
    const match = returning
      ? regions.find((region) => region.id === returning)
      : regionCode && regions.find((region) => region.regionCode.toLowerCase() === regionCode.toLowerCase());
    if (!match) return;
    this.resuming = this.returnedFromSignIn = returning !== undefined;
    this.regionId = match.id;
    this.prefetchDetails();
    this.host.requestUpdate();
  }

  async continue({ resuming = false } = {}): Promise<void> {
    if (this.detailsLoad === 'loading') return;
    const regionId = this.regionId;
    if (!this.details) {
      this.setDetailsLoad('loading');
      try {
        await this.prepareDetails();
      } catch (error) {
        this.setDetailsLoad('failed');
        // For the integrator: a missing dist/chunks/ folder, a blocking policy, a timeout (no patient data).
        console.warn(`<dexcare-virtual-visit>: the visit form's code could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
        this.source.details.onError({ kind: error instanceof DexCareError ? error.kind : 'network' });
        return;
      }
    }
    let signedIn = this.source.signedIn();
    if (typeof signedIn !== 'boolean') {
      this.setDetailsLoad('loading');
      signedIn = await signedIn;
    }
    this.setDetailsLoad('idle');
    // The patient may have picked another state while the form loaded: stay and show that one.
    if (this.regionId !== regionId || !this.source.regionOpen()) return;
    if (!signedIn && resuming) {
      // Just back from sign-in: never ask again at once; go on when the patient arrives.
      this.awaitingPatient = true;
      return;
    }
    if (!signedIn && this.signInHref) {
      // Before anything is typed: the sign-in page, and back to this form afterwards.
      this.signInOffered = true;
      this.source.details.onSignInRequired('no-patient');
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => this.source.focus('sign-in'));
      return;
    }
    this.signInOffered = false;
    this.show('details', 'heading');
  }

  /** The region's clinic answered: back from sign-in, go on to the form if it is open. */
  statusKnown(open: boolean): void {
    if (!this.resuming) return;
    this.resuming = false;
    if (open) void this.continue({ resuming: true });
  }

  /** An uncertain outcome arrived after the patient went back: the form holds its words. */
  showDetailsAgain(): void {
    if (this.step === 'region' && this.details) this.show('details', 'heading');
  }

  /** Where "Sign in" goes; '' without a usable `sign-in-url`. */
  get signInHref(): string {
    return this.details?.step.signInHref(this.source.settings.signInUrl, window.location.href) ?? '';
  }

  /** The patient leaves for sign-in: remember where to come back to. */
  leaveForSignIn(): void {
    rememberSignInReturn(this.source.settings.practiceId, this.regionId);
  }

  back(): void {
    this.details?.request.leave();
    this.show('region', 'regions');
  }

  /** The visit exists. */
  showCreated(): void {
    this.show('created', 'heading');
  }

  /** Another practice: back to the choice of state, keeping what was typed. */
  startOver(): void {
    this.step = 'region';
    if (this.detailsLoad === 'failed') this.detailsLoad = 'idle';
    this.regionId = '';
    this.signInOffered = false;
    this.resuming = false;
    this.awaitingPatient = false;
    this.details?.request.startOver();
    this.host.requestUpdate();
  }

  patientChanged(current: Patient | undefined, previous: Patient | undefined): void {
    this.details?.request.patientChanged(current, previous);
    if (current && this.awaitingPatient) {
      this.awaitingPatient = false;
      void this.continue();
    }
  }

  private show(step: Step, focus: FocusTarget) {
    this.step = step;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.source.focus(focus));
  }

  private setDetailsLoad(state: BookingController['detailsLoad']) {
    this.detailsLoad = state;
    this.host.requestUpdate();
  }

  /** A state was picked: fetch the form's code while the patient reads the wait, so "Continue" is instant. */
  private prefetchDetails() {
    this.prepareDetails().catch(() => {
      // "Continue" fetches again, and says so if it fails.
    });
  }

  /** Fetches the details step's code (once per page) and sets up its state for this widget. */
  private async prepareDetails(): Promise<void> {
    if (this.details) return;
    const step = await loadDetailsStep(requestTimeoutMs(this.source.details.settings.requestTimeout));
    if (this.details) return;
    this.details = { step, request: new step.VisitRequestController(this.host, this.source.details) };
    this.source.onDetailsLoaded(step);
  }
}
