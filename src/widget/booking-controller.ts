import type { ReactiveControllerHost } from 'lit';
import { DexCareError } from '../api/errors.js';
import type { Patient, Practice, PracticeRegion } from '../api/types.js';
import type { RegionSelectedDetail, VisitErrorDetail } from '../booking/event-details.js';
import { selectableRegions } from '../booking/regions.js';
import { OUT_OF_AREA } from '../components/region-picker.js';
import type { DetailsSource, VisitRequestController } from '../details/visit-request-controller.js';
import { loadDetailsStep, type DetailsStep } from './details-step-loader.js';
import { requestTimeoutMs } from './settings.js';

export type Step = 'region' | 'details' | 'created';

export interface BookingSource {
  /** The chosen region's clinic is open now (Continue is offered). */
  regionOpen(): boolean;
  region(regionId: string): PracticeRegion | undefined;
  /** What the details step reads from the element, handed over once its code is here. */
  details: DetailsSource;
  onRegionSelected(detail: RegionSelectedDetail): void;
  onError(detail: VisitErrorDetail): void;
  /** Put focus on the step's heading or the list of states, once the step is on screen. */
  focus(target: 'heading' | 'regions'): void;
}

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

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: BookingSource,
  ) {}

  /** The patient chose where they are. */
  pick(value: string): void {
    if (value === this.regionId) return;
    this.regionId = value;
    if (this.detailsLoad === 'failed') this.detailsLoad = 'idle';
    if (value && value !== OUT_OF_AREA) this.prefetchDetails();
    const region = this.source.region(value);
    this.source.onRegionSelected({ regionId: region?.id ?? null, regionCode: region?.regionCode ?? null, outOfServiceArea: value === OUT_OF_AREA });
    this.host.requestUpdate();
  }

  /** `region-code` names a region the practice offers: choose it, unless the patient has. */
  preselect(practice: Practice, regionCode: string): void {
    if (this.regionId || !regionCode) return;
    const match = selectableRegions(practice).find((region) => region.regionCode.toLowerCase() === regionCode.toLowerCase());
    if (!match) return;
    this.regionId = match.id;
    this.prefetchDetails();
    this.host.requestUpdate();
  }

  async continue(): Promise<void> {
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
        this.source.onError({ kind: error instanceof DexCareError ? error.kind : 'network' });
        return;
      }
    }
    this.setDetailsLoad('idle');
    // The patient may have picked another state while the form loaded: stay and show that one.
    if (this.regionId !== regionId || !this.source.regionOpen()) return;
    this.show('details', 'heading');
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
    this.details?.request.startOver();
    this.host.requestUpdate();
  }

  patientChanged(current: Patient | undefined, previous: Patient | undefined): void {
    this.details?.request.patientChanged(current, previous);
  }

  private show(step: Step, focus: 'heading' | 'regions') {
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
    this.details ??= { step, request: new step.VisitRequestController(this.host, this.source.details) };
  }
}
