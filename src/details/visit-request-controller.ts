/**
 * The visit-details step for one widget: what the patient typed, Stripe's card, the dependent hook's
 * answers, requesting the visit, and the created visit with the trip to the waiting room. In the
 * details step's chunk: a page where nobody books never downloads it.
 */
import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { DexCareClient } from '../api/client.js';
import { ConfigurationError } from '../api/errors.js';
import type { Patient, Practice, PracticeRegion, VisitResponse } from '../api/types.js';
import type { SignInReason, VisitCreatedDetail, VisitErrorDetail } from '../booking/event-details.js';
import { prefillVisitForm } from '../booking/visit-form-prefill.js';
import { EMPTY_VISIT_FORM, type FieldErrors, type VisitFormField, type VisitFormValues } from '../booking/visit-form-values.js';
import { waitingRoomUrl } from '../booking/waiting-room-url.js';
import type { InsurancePayer } from '../components/visit-form-types.js';
import { StripeCard, loadRealStripe, stripeLocale, type StripeLoader } from '../payment/stripe-card.js';
import { absoluteApiBaseUrl, requestTimeoutMs } from '../booking/host-settings.js';
import { widgetLocale } from '../i18n/localization.js';
import { prepareNameCollator } from '../booking/collation.js';
import { BookingOffer } from './booking-offer.js';
import { DependentPatients, type DependentPatientResolver } from './dependent-patient.js';
import { submissionFailure, submitVisit } from './visit-submission.js';
import { warnOfPropertiesWrittenAsAttributes } from './property-attributes.js';
import { warnIfCardHidden } from './integrator-hints.js';

/** The element's own properties the step reads, live. */
export interface DetailsSettings {
  readonly brand: string;
  readonly waitingRoomUrl: string;
  readonly stripePublishableKey: string;
  readonly insurancePayers: InsurancePayer[];
  readonly preTriageTags: string[];
  readonly getDependentPatientId?: DependentPatientResolver;
  readonly loadStripe?: StripeLoader;
  readonly departmentId: string;
  readonly apiBaseUrl: string;
  readonly locale?: string;
  readonly requestTimeout: number;
}

export interface DetailsSource {
  settings: DetailsSettings;
  client(): DexCareClient | ConfigurationError;
  practice(): Practice | undefined;
  /** The chosen region. */
  region(): PracticeRegion | undefined;
  patient(): Patient | undefined;
  /** Whether a patient is signed in: asks `session-url` (a promise then) when only it can tell. */
  signedIn(): boolean | Promise<boolean>;
  /** The request begins: for `visit-submit`. */
  onSubmit(): void;
  /** The visit exists: for `visit-created`; false when the host prevented the navigation. */
  onCreated(detail: VisitCreatedDetail): boolean;
  onError(detail: VisitErrorDetail): void;
  onSignInRequired(reason: SignInReason): void;
  /** Where "Sign in" goes ('' without `sign-in-url`), and what to remember before the patient leaves for it. */
  signInHref(): string;
  leaveForSignIn(): void;
  /** A request ended with an outcome the widget cannot know (its words are on the form). */
  onOutcomeUnknown(): void;
  /** "Back" to the choice of state. */
  onBack(): void;
}

type Host = ReactiveControllerHost & HTMLElement;

export class VisitRequestController {
  values: VisitFormValues;
  serverErrors: FieldErrors = {};
  /** A failure that names no field; a function when it is our words, so they follow a change of language. */
  submitError: string | (() => string) = '';
  /** Counts failed submissions: the form moves focus to its error summary on each new one. */
  failedSubmits = 0;
  created?: { visitId: string; waitingRoomUrl: string; navigating: boolean };
  /** An earlier request may have created the visit: a new one is sent only once the patient confirms. */
  mayExist = false;
  /** "Request visit" was pressed after such a request: the widget asks before sending again. */
  confirming = false;
  /** The last failure was such an outcome (the summary says so). */
  outcomeUnknown = false;
  readonly card: StripeCard;
  private readonly dependents = new DependentPatients();
  private readonly offer: BookingOffer;
  private readonly submitTask: Task<readonly [], VisitResponse>;

  constructor(
    private readonly host: Host,
    readonly source: DetailsSource,
  ) {
    this.values = prefillVisitForm(source.patient(), EMPTY_VISIT_FORM);
    this.offer = new BookingOffer(source.settings);
    this.card = new StripeCard(host, {
      loader: () => source.settings.loadStripe ?? loadRealStripe,
      publishableKey: () => source.settings.stripePublishableKey.trim(),
      locale: () => stripeLocale(widgetLocale(source.settings.locale)),
      timeoutMs: () => requestTimeoutMs(source.settings.requestTimeout),
    });
    this.submitTask = new Task(host, {
      autoRun: false,
      task: async (_args: readonly [], { signal }) => this.requestVisit(signal),
      onComplete: (visit) => this.onVisitCreated(visit),
      onError: (error) => this.onSubmitFailed(error),
    });
    host.addController(this);
    // Before the patient types: a getter written as an attribute would only show as "sign in" at the end.
    warnOfPropertiesWrittenAsAttributes(host);
    // The form's list of states sorts with a collator, slow to make the first time: made while the
    // patient reads the wait (this step loads when a state is picked).
    prepareNameCollator(widgetLocale(source.settings.locale));
  }

  /** The practice as the form offers it (no card without a Stripe key). */
  get practice(): Practice | undefined {
    const practice = this.source.practice();
    if (practice) warnIfCardHidden(this.host, practice, this.source.settings.stripePublishableKey);
    return this.offer.practice(practice);
  }

  /** The chosen region as the form offers it (one department when `department-id` fixes it). */
  get region(): PracticeRegion | undefined {
    return this.offer.region(this.source.region());
  }

  get submitting(): boolean {
    return this.submitTask.status === TaskStatus.PENDING;
  }

  /** Before each render: Stripe loads once the patient picks card (and the option was there to pick). */
  hostUpdate(): void {
    if (this.values.paymentMethod === 'creditcard' && this.source.settings.stripePublishableKey.trim()) void this.card.prepare();
  }

  /** Another patient, or a first sign-in: their details go in where nothing was typed. */
  patientChanged(current: Patient | undefined, previous: Patient | undefined): void {
    this.values = prefillVisitForm(current, this.values, previous);
    // The last attempt's words were not for them. The same person handed over again (a refreshed
    // session) keeps them, "may not have been created" above all.
    if (previous?.identifier !== current?.identifier) this.submitError = '';
  }

  change(field: VisitFormField, value: VisitFormValues[VisitFormField]): void {
    this.values = { ...this.values, [field]: value };
    if (this.serverErrors[field]) {
      const { [field]: _fixed, ...rest } = this.serverErrors;
      this.serverErrors = rest;
    }
    this.host.requestUpdate();
  }

  /** "Request visit"; after an outcome the widget cannot know, it asks first. */
  submit(): void {
    if (this.submitting) return;
    if (this.mayExist) {
      this.confirming = true;
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('[part~="confirm-button"]')?.focus());
      return;
    }
    this.send();
  }

  /** The patient's answer to "Request a new visit anyway?". */
  confirm(again: boolean): void {
    this.confirming = false;
    if (again) this.send();
    else this.host.requestUpdate();
  }

  private send(): void {
    this.submitError = '';
    void this.submitTask.run([]);
  }

  /** Back to the choice of state: the summary's words were for this attempt. */
  leave(): void {
    this.confirming = false;
    if (!this.outcomeUnknown) this.submitError = '';
  }

  /** Another practice: what its server said of the last attempt no longer applies; what was typed stays. */
  startOver(): void {
    this.confirming = false;
    this.serverErrors = {};
    if (!this.outcomeUnknown) this.submitError = '';
  }

  private async requestVisit(signal: AbortSignal): Promise<VisitResponse> {
    const { source } = this;
    // Signed in on the health system's site since the form opened (or its session blipped): ask it again.
    if (!source.patient()) await source.signedIn();
    const { practice, region } = this;
    const client = source.client();
    if (!practice || !region || client instanceof ConfigurationError) throw new ConfigurationError('The widget is not ready');
    return submitVisit({
      client, practice, region, patient: source.patient(), values: this.values, preTriageTags: source.settings.preTriageTags,
      card: this.card, dependents: this.dependents, getDependentPatientId: source.settings.getDependentPatientId,
      checkWaitingRoom: () => void this.waitingRoomUrlFor('check'),
      onStart: () => source.onSubmit(),
      signal,
    });
  }

  /** Throws when the address cannot be made. */
  private waitingRoomUrlFor(visitId: string): string {
    const { brand, waitingRoomUrl: template } = this.source.settings;
    if (!brand.trim()) throw new ConfigurationError('brand is required (the waiting room needs it)');
    return waitingRoomUrl({ visitId, brand, template, apiBaseUrl: absoluteApiBaseUrl(this.source.settings.apiBaseUrl, document.baseURI), pageUrl: document.baseURI });
  }

  private onVisitCreated(visit: VisitResponse) {
    // Checked before the request; the visit exists now, so the patient must never be offered to request it again.
    let url = '';
    try {
      url = this.waitingRoomUrlFor(visit.visitId);
    } catch (error) {
      console.warn(`<dexcare-virtual-visit>: ${error instanceof Error ? error.message : String(error)}`);
    }
    // A widget removed while its request was out stays out of the page's way: no navigation. (Read
    // before the event: a host that removes the widget in its listener still wants the patient to go.)
    const connected = this.host.isConnected;
    const proceed = this.source.onCreated({ visitId: visit.visitId, waitingRoomUrl: url });
    const navigating = proceed && url !== '' && connected;
    this.created = { visitId: visit.visitId, waitingRoomUrl: url, navigating };
    this.host.requestUpdate();
    if (navigating) window.location.assign(url);
  }

  private onSubmitFailed(error: unknown) {
    const { source } = this;
    const failure = submissionFailure(error, {
      values: this.values, serverErrors: this.serverErrors, practice: this.practice, region: this.region, patient: source.patient(),
    });
    if (!failure) return;
    this.failedSubmits += 1;
    this.serverErrors = failure.serverErrors;
    this.submitError = failure.submitError;
    this.outcomeUnknown = failure.mayExist === true;
    if (failure.mayExist) {
      this.mayExist = true;
      // The patient may have gone back meanwhile: these words must be read, so show them.
      source.onOutcomeUnknown();
    }
    if (failure.warning) console.warn(`<dexcare-virtual-visit>: ${failure.warning}`);
    if (failure.signIn) source.onSignInRequired(failure.signIn);
    if (failure.event) source.onError(failure.event);
    this.host.requestUpdate();
  }
}
