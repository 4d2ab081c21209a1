import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { DexCareClient, type AccessTokenProvider } from './api/client.js';
import { ConfigurationError, DexCareError, isAbortError } from './api/errors.js';
import type { Patient, Practice, PracticeRegion, RegionAvailability, VisitResponse, WaitTime } from './api/types.js';
import { loadErrorMessage } from './booking/error-messages.js';
import { withCardAvailability, withFixedDepartment } from './booking/host-configuration.js';
import { nextOpening } from './booking/opening-hours.js';
import { prefillVisitForm } from './booking/visit-form-prefill.js';
import { selectableRegions } from './booking/regions.js';
import { prepareNameCollator } from './booking/collation.js';
import { everyRegionClosed } from './booking/closed-regions.js';
import { waitTimeAnnouncement } from './booking/wait-time.js';
import { EMPTY_VISIT_FORM, type FieldErrors, type VisitFormField, type VisitFormValues } from './booking/visit-form-values.js';
import { OUT_OF_AREA } from './components/region-picker.js';
import type { RegionStatus } from './components/wait-time-badge.js';
import type { InsurancePayer } from './components/visit-form.js';
import { themeStyles, controlStyles } from './components/theme.js';
import { defineElement } from './define-element.js';
import type { DependentPatientResolver, DependentPatients } from './dependent-patient.js';
import type { StripeCard, StripeLoader } from './stripe-card.js';
import { loadDetailsStep, type DetailsStep } from './details-step-loader.js';
import {
  availabilityChangedEvent, regionSelectedEvent, signInRequiredEvent, visitCreatedEvent, visitErrorDetail, visitErrorEvent,
  visitSubmitEvent, type SignInReason,
} from './events.js';
import { WaitTimeRefresh } from './wait-time-refresh.js';
import { LocaleSync } from './locale-sync.js';
import { activeLanguage, firstSpokenTag, intlLocale } from './localization.js';
import './components/region-picker.js';
import './components/wait-time-badge.js';

export type { DependentDemographics, DependentPatientResolver } from './dependent-patient.js';
export type { StripeLike, StripeLoader, StripeCardLike } from './stripe-card.js';

type Step = 'region' | 'details' | 'created';

interface RegionSnapshot {
  regionId: string;
  availability: RegionAvailability;
  waitTime?: WaitTime;
}

/**
 * From "I need to see a doctor" to DexCare's virtual waiting room: the patient picks where they are,
 * sees whether the clinic is open and the wait, fills in the visit and is sent to the waiting room.
 * The only element that talks to the API.
 *
 * @summary Book a DexCare virtual visit and go to the waiting room.
 * @fires {{ visitId, waitingRoomUrl }} visit-created - The visit exists. **Cancelable**: unless you call `preventDefault()`, the widget navigates to `waitingRoomUrl`.
 * @fires {{ reason: 'no-patient' | 'no-token' | 'expired' }} sign-in-required - The patient must sign in before the visit can be created (no `patient`, no token, or the token was refused twice). The form keeps what was typed.
 * @fires {{ regionId, regionCode, outOfServiceArea }} region-selected - The patient chose where they are (`outOfServiceArea` for "Other").
 * @fires {{ regionId, available, reason, waitTimeSeconds }} availability-changed - Availability or wait time for the chosen region changed.
 * @fires {{}} visit-submit - A valid form was sent; the visit is being requested.
 * @fires {{ kind, status?, code? }} visit-error - Loading or requesting failed.
 * @csspart base - The widget's box (padding, background, border).
 * @csspart heading - Each step's heading.
 * @csspart region-label - "Where are you right now?".
 * @csspart region-select - The list of states.
 * @csspart out-of-area - The message shown for "Other (not listed)".
 * @csspart badge - The clinic's status: open with the wait, closed with the reason, or loading.
 * @csspart retry-button - "Try again" after a failure to load.
 * @csspart continue-button - "Continue" after choosing where the patient is.
 * @csspart sign-in-button - "Sign in", shown in the form while no patient is signed in.
 * @csspart form - The visit form.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart field - Each field's wrapper.
 * @csspart field-label - Each field's label or legend.
 * @csspart field-input - Each text input, select, textarea and checkbox.
 * @csspart field-error - Each field's error message.
 * @csspart submit-button - "Request visit".
 * @csspart back-button - "Back" to the choice of state.
 * @cssproperty [--dexcare-primary=#0b5cad] - Buttons, links, checked controls. Dark: `#7cb8ff`.
 * @cssproperty [--dexcare-on-primary=#ffffff] - Text on primary buttons. Dark: `#0b1320`.
 * @cssproperty [--dexcare-text=#1b1f24] - Body text. Dark: `#e8edf2`.
 * @cssproperty [--dexcare-muted=#4a5561] - Hints and secondary text. Dark: `#b4bfcb`.
 * @cssproperty [--dexcare-surface=#ffffff] - Background. Dark: `#161b22`.
 * @cssproperty [--dexcare-surface-alt=#f2f5f8] - Background of status boxes and notices. Dark: `#222a33`.
 * @cssproperty [--dexcare-border=#6b7785] - Borders of fields. Dark: `#8d99a6`.
 * @cssproperty [--dexcare-danger=#b3261e] - Errors. Dark: `#ff9d94`.
 * @cssproperty [--dexcare-success=#1e6b37] - The "Open now" status. Dark: `#7fd69b`.
 * @cssproperty [--dexcare-warning=#8a5100] - The "Closed" status and "Other". Dark: `#ffc46b`.
 * @cssproperty [--dexcare-focus=#0b5cad] - Focus ring. Dark: `#7cb8ff`.
 * @cssproperty [--dexcare-radius=0.5em] - Corner radius of the widget, fields, buttons and boxes.
 * @cssproperty [--dexcare-font=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font family.
 * @cssproperty [--dexcare-font-size=medium] - Base text size; every size in the widget follows it, never the page's own font sizes.
 * @cssproperty [--dexcare-spacing=1em] - Base spacing: the widget's padding and the gap between blocks.
 * @cssproperty [--dexcare-max-width=40em] - Widest the widget grows (a desktop column); it fills narrower containers down to 320 px.
 */
@localized()
@defineElement('dexcare-virtual-visit')
export class DexCareVirtualVisit extends LitElement {
  static override styles = [
    themeStyles,
    controlStyles,
    css`
      .widget {
        display: grid;
        gap: var(--_space);
        padding: var(--_space);
      }
      /* Every step's heading is an h2: the host page's own heading is above the widget. */
      h2 {
        margin: 0;
        line-height: 1.25;
        font-size: 1.375em;
      }
      h2:focus {
        outline: none;
      }
      h2:focus-visible {
        outline: 3px solid var(--_focus);
      }
      .notice {
        padding: 0.75em 1em;
        border-radius: var(--_radius);
        background: var(--_surface-alt);
        border-inline-start: 4px solid var(--_primary);
      }
      .notice p {
        margin: 0 0 0.5em;
      }
      .notice p:last-child {
        margin: 0;
      }
      .problem {
        border-color: var(--_danger);
      }
      /* Where "Continue" appears once the clinic answers open: nothing jumps when it does. */
      .button-space {
        height: 2.75em;
      }
      .loading-note {
        margin-inline-start: 0.75em;
        color: var(--_muted);
      }
      .region-summary {
        margin: 0;
        color: var(--_muted);
      }
      a {
        color: var(--_primary);
        font-weight: 600;
      }
    `,
  ];

  /** DexCare practice id (required). */
  @property({ attribute: 'practice-id', reflect: true }) practiceId = '';

  /** DexCare brand id, passed to the waiting room (required). */
  @property({ reflect: true }) brand = '';

  /**
   * Base URL of the DexCare API; `api/8/...` resolves against it. Default: the page's origin. Must be
   * `https` (plain `http` only for localhost).
   */
  @property({ attribute: 'api-base-url', reflect: true }) apiBaseUrl = '';

  /**
   * Where the waiting room lives: a template with `{visitId}` and `{brand}`, or a base URL for
   * `DexCare/visit/{visitId}?brand={brand}`; relative to the page. Default: that path on `api-base-url`.
   */
  @property({ attribute: 'waiting-room-url', reflect: true }) waitingRoomUrl = '';

  /**
   * Stripe publishable key (`pk_live_…`, public by design) for card payments. Without it the card
   * option is hidden, even when the practice takes cards.
   */
  @property({ attribute: 'stripe-publishable-key' }) stripePublishableKey = '';

  /** Fixes the department when the chosen region has it, so the patient is not asked; ignored otherwise. */
  @property({ attribute: 'department-id' }) departmentId = '';

  /** Preselects the region with this `regionCode` (e.g. `MT`) when it is offered. */
  @property({ attribute: 'region-code', reflect: true }) regionCode = '';

  /**
   * `en` or `es` (any `es-*` is Spanish; a region such as `es-MX` also shapes dates and prices); default
   * from the page's `lang`, then the browser, whichever the widget speaks first (else English). Changing
   * it keeps everything typed. The language is one per
   * page (lit-localize's): several widgets on one page all show the language set last.
   */
  @property({ reflect: true }) locale?: string;

  /**
   * The host's sign-in. Called for each request that needs a token and again after a 401. Never stored,
   * logged, or put in the DOM or a URL; sent only to `api-base-url`'s origin.
   * @type {() => string | undefined | Promise<string | undefined>}
   */
  @property({ attribute: false }) getAccessToken?: AccessTokenProvider;

  /**
   * The signed-in patient (`identifier` is DexCare's patient GUID): `{ identifier, firstName, lastName,
   * dateOfBirth, gender, email, phone, address }`. Prefills the form; never overwrites what was typed.
   */
  @property({ attribute: false }) patient?: Patient;

  /**
   * Hook for booking on behalf of someone else: turns the person's demographics into a DexCare patient
   * identifier (the host calls DexCare's `/v1/patient/other`). Without it the form offers only "Me".
   * When it throws or answers a blank, the patient is told and `visit-error` fires with kind `dependent`.
   * @type {(dependent: { firstName, lastName, dateOfBirth, gender }) => Promise<string>}
   */
  @property({ attribute: false }) getDependentPatientId?: DependentPatientResolver;

  /**
   * Loads Stripe for the publishable key; default: `loadStripe` from `@stripe/stripe-js/pure`, fetched
   * only when the patient picks card. Tests (and hosts that load Stripe themselves) set their own.
   */
  @property({ attribute: false }) loadStripe?: StripeLoader;

  /**
   * Insurance payers to choose from; when empty the patient types the provider.
   * @type {{ name: string; payerId: string }[]}
   */
  @property({ attribute: false }) insurancePayers: InsurancePayer[] = [];

  /** Sent as `visitDetails.preTriageTags`. */
  @property({ attribute: false }) preTriageTags: string[] = [];

  /**
   * Time limit for each API request, in milliseconds; creating the visit, which is never retried, may
   * take twice as long.
   */
  @property({ attribute: false }) requestTimeout = 15_000;

  /** How often the chosen region's wait time is refreshed, in milliseconds (at least 1000; default 60000, as DexCare's SDK). */
  @property({ attribute: false }) waitTimeRefreshInterval = 60_000;

  @state() private step: Step = 'region';
  /** A region id, `'other'`, or `''`. */
  @state() private regionChoice = '';
  @state() private values: VisitFormValues = { ...EMPTY_VISIT_FORM };
  @state() private serverErrors: FieldErrors = {};
  /** A failure that names no field; a function when it is our words, so they follow a change of language. */
  @state() private submitError: string | (() => string) = '';
  @state() private created?: { visitId: string; waitingRoomUrl: string; navigating: boolean };

  @query('h2') private stepHeading?: HTMLElement;

  private clientCache?: { key: string; client: DexCareClient | ConfigurationError };
  /** The details step's code and what it owns for this widget; undefined until that chunk has loaded. */
  private details?: { step: DetailsStep; card: StripeCard; dependents: DependentPatients };
  /** "Continue" was pressed and the details step's code is on its way, or could not be fetched. */
  @state() private detailsLoad: 'idle' | 'loading' | 'failed' = 'idle';
  private warnedNoStripeKey = false;
  private bookingPracticeCache?: { source: Practice; cardAvailable: boolean; value: Practice };
  private bookingRegionCache?: { source: PracticeRegion; departmentId: string; value: PracticeRegion };
  private lastSnapshot?: RegionSnapshot;
  private lastPractice?: Practice;
  /** Requests a removal aborted; run again on reconnection (which may come before the abort settles). */
  private interruptedTasks: Task<readonly unknown[], unknown>[] = [];
  /** Counts failed submissions: the form moves focus to its error summary on each new one. */
  @state() private failedSubmits = 0;
  private readonly refresh = new WaitTimeRefresh(this, () => void this.regionTask.run(), () =>
    // Never a tight loop against the API, whatever the host sets.
    Number.isFinite(this.waitTimeRefreshInterval) ? Math.max(1000, this.waitTimeRefreshInterval) : 60_000,
  );
  /** Each region's last availability answer (id → available), to tell when every region is closed. */
  @state() private checkedRegions = new Map<string, boolean>();
  // The page-wide language follows this widget's `locale` (see src/localization.ts).
  protected readonly localeSync = new LocaleSync(this, () => this.resolvedLocale);

  private readonly practiceTask = new Task(this, {
    task: async ([client, practiceId, brand], { signal }) => {
      if (client instanceof ConfigurationError) throw client;
      if (!practiceId) throw new ConfigurationError('practice-id is required');
      if (!brand.trim()) throw new ConfigurationError('brand is required (the waiting room needs it)');
      // Sorting the regions needs a collator, slow to make the first time: make it while the request is out.
      prepareNameCollator(this.resolvedLocale);
      return client.getPractice(practiceId, signal);
    },
    args: () => [this.client, this.practiceId, this.brand] as const,
    onComplete: (practice) => {
      this.lastPractice = practice;
      this.preselectRegion(practice);
    },
    onError: (error) => this.reportError(error),
  });

  private readonly regionTask = new Task(this, {
    task: async ([client, regionId], { signal }): Promise<RegionSnapshot | undefined> => {
      if (client instanceof ConfigurationError || !regionId || regionId === OUT_OF_AREA) return undefined;
      // Both at once: the wait time is on screen one round trip after the choice.
      const waitTime = client.getWaitTime(regionId, signal);
      waitTime.catch(() => {});
      const availability = await client.getAvailability(regionId, signal);
      return { regionId, availability, waitTime: availability.available ? await waitTime : undefined };
    },
    args: () => [this.client, this.regionChoice] as const,
    onComplete: (snapshot) => this.onRegionSnapshot(snapshot),
    onError: (error) => this.reportError(error),
  });

  private readonly submitTask = new Task(this, {
    autoRun: false,
    task: async (_args: readonly [], { signal }) => this.requestVisit(signal),
    onComplete: (visit) => this.onVisitCreated(visit),
    onError: (error) => this.onSubmitFailed(error),
  });

  private get client(): DexCareClient | ConfigurationError {
    const baseUrl = this.resolvedApiBaseUrl;
    const timeoutMs = this.requestTimeoutMs;
    const key = `${baseUrl}|${timeoutMs}`;
    if (this.clientCache?.key !== key) {
      let client: DexCareClient | ConfigurationError;
      try {
        client = new DexCareClient({ baseUrl, getAccessToken: () => this.getAccessToken?.(), timeoutMs, createTimeoutMs: 2 * timeoutMs });
      } catch (error) {
        client = error instanceof ConfigurationError ? error : new ConfigurationError(String(error));
      }
      this.clientCache = { key, client };
    }
    return this.clientCache.client;
  }

  /** `requestTimeout`, never an instant failure of every request whatever the host sets. */
  private get requestTimeoutMs(): number {
    // Above 2^31 - 1 ms, setTimeout fires at once.
    return Number.isFinite(this.requestTimeout) && this.requestTimeout > 0 ? Math.min(this.requestTimeout, 2 ** 31 - 1) : 15_000;
  }

  private get resolvedApiBaseUrl(): string {
    try {
      return new URL(this.apiBaseUrl || '/', document.baseURI).href;
    } catch {
      return this.apiBaseUrl;
    }
  }

  /** The tag for `Intl`, in the widget's language (`es` → `es-US`); read afresh so a page's `lang` change shows. */
  private get resolvedLocale(): string {
    return intlLocale(firstSpokenTag([this.locale, document.documentElement.lang, navigator.language, ...(navigator.languages ?? [])]));
  }

  /** The practice; while a reload of the same practice fails, the last one it answered, so the form stays. */
  private get practice(): Practice | undefined {
    return this.practiceTask.value ?? this.lastPractice;
  }

  private get region(): PracticeRegion | undefined {
    return this.practice?.practiceRegions.find((region) => region.id === this.regionChoice);
  }

  /** The practice as the form offers it: no card without a Stripe key. Same object while nothing changes. */
  private get bookingPractice(): Practice | undefined {
    const source = this.practice;
    if (!source) return undefined;
    const cardAvailable = this.stripePublishableKey.trim() !== '';
    const cache = this.bookingPracticeCache;
    if (cache?.source !== source || cache.cardAvailable !== cardAvailable) {
      this.bookingPracticeCache = { source, cardAvailable, value: withCardAvailability(source, cardAvailable) };
    }
    return this.bookingPracticeCache!.value;
  }

  /** The chosen region as the form offers it: one department when `department-id` fixes it. */
  private get bookingRegion(): PracticeRegion | undefined {
    const source = this.region;
    if (!source) return undefined;
    const cache = this.bookingRegionCache;
    if (cache?.source !== source || cache.departmentId !== this.departmentId) {
      this.bookingRegionCache = { source, departmentId: this.departmentId, value: withFixedDepartment(source, this.departmentId) };
    }
    return this.bookingRegionCache!.value;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Back on the page (or moved, in one step) after a removal aborted these: load again.
    const interrupted = this.interruptedTasks;
    this.interruptedTasks = [];
    for (const task of interrupted) void task.run();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.interruptedTasks = [this.practiceTask, this.regionTask].filter(
      (task) => task.status === TaskStatus.PENDING || (task.status === TaskStatus.ERROR && isAbortError(task.error)),
    );
    this.practiceTask.abort();
    this.regionTask.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('practiceId') && changed.get('practiceId') !== undefined) this.startOver();
    if (changed.has('patient')) {
      const previous = changed.get('patient');
      this.values = prefillVisitForm(this.patient, this.values, previous);
      // Another person (or a first sign-in): the last attempt's words were not for them. The same
      // person handed over again (a refreshed session) keeps them, "may not have been created" above all.
      if (previous?.identifier !== this.patient?.identifier) this.submitError = '';
    }
    if (this.practice?.payment?.selfPay && !this.stripePublishableKey.trim() && !this.warnedNoStripeKey) {
      this.warnedNoStripeKey = true;
      console.warn('<dexcare-virtual-visit>: the practice takes cards but stripe-publishable-key is not set, so the card option is hidden.');
    }
    // Stripe loads only once the patient picks card (and the option was there to pick).
    if (this.values.paymentMethod === 'creditcard' && this.stripePublishableKey.trim()) void this.details?.card.prepare();
  }

  override render() {
    // lang: screen readers pronounce the Spanish text as Spanish on an English page.
    return html`<div class="widget" part="base" lang=${activeLanguage()}>
      ${this.step === 'created' ? this.renderCreated() : this.step === 'details' ? this.renderDetails() : this.renderRegionStep()}
    </div>`;
  }

  private renderRegionStep() {
    return html`<h2 part="heading" tabindex="-1">${msg('See a clinician online')}</h2>
      ${this.practiceTask.render({
        initial: () => this.renderSkeleton(),
        pending: () => this.renderSkeleton(),
        error: (error) =>
          isAbortError(error)
            ? this.renderSkeleton()
            : html`<div class="notice problem" role="alert">
                <p>${loadErrorMessage(error)}</p>
                ${error instanceof ConfigurationError
                  ? nothing
                  : html`<p><button class="secondary" part="retry-button" type="button" @click=${() => this.retryLoading(this.practiceTask)}>${msg('Try again')}</button></p>`}
              </div>`,
        complete: (practice) => this.renderRegionChoice(practice),
      })}`;
  }

  private renderSkeleton() {
    // The picker's own loading face: the region list then takes exactly its place.
    return html`<div aria-busy="true">
      <p class="visually-hidden">${msg('Loading…')}</p>
      <dexcare-region-picker loading></dexcare-region-picker>
    </div>`;
  }

  private renderRegionChoice(practice: Practice) {
    const regions = selectableRegions(practice, this.resolvedLocale);
    if (regions.length === 0) {
      return html`<div class="notice" role="status"><p>${msg('Online visits are not offered right now. Please check back later.')}</p></div>`;
    }
    const status = this.regionStatus();
    const open = status?.kind === 'open';
    return html`${everyRegionClosed(regions, this.checkedRegions)
        ? html`<div class="notice" role="status">
            <p>${msg('All our virtual clinics are closed right now. Choose your state to see when it opens, or please check back later.')}</p>
          </div>`
        : nothing}
      <dexcare-region-picker
        exportparts="label: region-label, select: region-select, out-of-area"
        .regions=${regions}
        .value=${this.regionChoice}
        @region-pick=${this.onRegionPick}
      ></dexcare-region-picker>
      ${status
        ? html`<dexcare-wait-time-badge
            exportparts="badge, retry-button"
            .status=${status}
            .locale=${this.resolvedLocale}
            @status-retry=${() => this.retryLoading(this.regionTask)}
          ></dexcare-wait-time-badge>`
        : nothing}
      ${open && this.detailsLoad === 'failed'
        ? html`<div class="notice problem" role="alert">
            <p>${msg('The visit form could not be loaded. Check your connection, then choose Continue again, or reload the page.')}</p>
          </div>`
        : nothing}
      ${open
        ? html`<div>
            <button
              class="primary"
              part="continue-button"
              type="button"
              aria-disabled=${this.detailsLoad === 'loading' ? 'true' : 'false'}
              aria-describedby=${ifDefined(this.detailsLoad === 'loading' ? 'form-loading' : undefined)}
              @click=${this.onContinue}
            >
              ${msg('Continue')}
            </button>
            <span id="form-loading" class="loading-note" role="status">${this.detailsLoad === 'loading' ? msg('Loading the visit form…') : nothing}</span>
          </div>`
        : status?.kind === 'loading'
          ? html`<div class="button-space" aria-hidden="true"></div>`
          : nothing}`;
  }

  private renderDetails() {
    const practice = this.bookingPractice;
    const region = this.bookingRegion;
    if (!practice || !region) return nothing;
    const status = this.regionStatus();
    return html`<h2 part="heading" tabindex="-1">${msg('Your visit')}</h2>
      <p class="region-summary">
        ${msg(str`Location: ${region.displayName}.`)} ${status?.kind === 'open' ? waitTimeAnnouncement(status.waitTimeSeconds) : nothing}
      </p>
      ${this.patient
        ? nothing
        : html`<div class="notice" role="status">
            <p>${msg('Please sign in to request a visit. You can fill in the form first: nothing you type is lost.')}</p>
            <p><button class="secondary" part="sign-in-button" type="button" @click=${() => this.requireSignIn('no-patient')}>${msg('Sign in')}</button></p>
          </div>`}
      <dexcare-visit-form
        exportparts="form, error-summary, field, field-label, field-input, field-error, submit-button, back-button"
        .values=${this.values}
        .practice=${practice}
        .region=${region}
        .patient=${this.patient}
        .serverErrors=${this.serverErrors}
        .submitError=${typeof this.submitError === 'function' ? this.submitError() : this.submitError}
        .failedSubmits=${this.failedSubmits}
        .submitting=${this.submitTask.status === TaskStatus.PENDING}
        .allowDependents=${typeof this.getDependentPatientId === 'function'}
        .insurancePayers=${Array.isArray(this.insurancePayers) ? this.insurancePayers : []}
        .cardElement=${this.details?.card.element}
        .cardError=${this.details?.card.error ?? ''}
        .locale=${this.resolvedLocale}
        @form-change=${this.onFormChange}
        @form-submit=${this.onFormSubmit}
        @form-back=${this.onBack}
      ></dexcare-visit-form>`;
  }

  private renderCreated() {
    const created = this.created;
    if (!created) return nothing;
    return html`<h2 part="heading" tabindex="-1">${msg('Your visit is requested')}</h2>
      <div class="notice" role="status">
        <p>
          ${created.navigating
            ? msg('A clinician will see you soon. We are taking you to the virtual waiting room.')
            : msg('A clinician will see you soon in the virtual waiting room.')}
        </p>
        ${created.waitingRoomUrl ? html`<p><a href=${created.waitingRoomUrl}>${msg('Go to the waiting room')}</a></p>` : nothing}
      </div>`;
  }

  /** What the badge shows for the chosen region; while a refresh runs, the last figures stay. */
  private regionStatus(): RegionStatus | undefined {
    const regionId = this.regionChoice;
    if (!regionId || regionId === OUT_OF_AREA) return undefined;
    const task = this.regionTask;
    const snapshot =
      task.status === TaskStatus.COMPLETE ? task.value : this.lastSnapshot?.regionId === regionId ? this.lastSnapshot : undefined;
    if (task.status === TaskStatus.ERROR && !isAbortError(task.error) && !snapshot) {
      return { kind: 'error', message: loadErrorMessage(task.error) };
    }
    if (!snapshot || snapshot.regionId !== regionId) return { kind: 'loading' };
    return statusOf(snapshot, this.region);
  }

  private preselectRegion(practice: Practice) {
    if (this.regionChoice || !this.regionCode) return;
    const match = selectableRegions(practice).find((region) => region.regionCode.toLowerCase() === this.regionCode.toLowerCase());
    if (!match) return;
    this.regionChoice = match.id;
    this.prefetchDetails();
  }

  /**
   * "Try again" after a failure to load. The button goes while it loads, and focus with it: put focus
   * where the patient goes on (another "Try again", "Continue", or the list of states), unless they
   * have moved it themselves.
   */
  private async retryLoading(task: { run(): Promise<void> }) {
    await task.run();
    await this.updateComplete;
    const focusLost = !this.shadowRoot?.activeElement && (document.activeElement === document.body || !document.activeElement);
    if (!focusLost) return;
    const badge = this.renderRoot.querySelector('dexcare-wait-time-badge')?.shadowRoot;
    const retry = (root?: ParentNode | null) => root?.querySelector<HTMLElement>('[part~="retry-button"]');
    (retry(this.renderRoot) ?? retry(badge) ?? this.renderRoot.querySelector<HTMLElement>('[part~="continue-button"]') ?? this.regionSelect())?.focus();
  }

  private regionSelect(): HTMLSelectElement | null | undefined {
    return this.renderRoot.querySelector('dexcare-region-picker')?.shadowRoot?.querySelector('select');
  }

  /** Another practice: back to the choice of state, keeping what was typed. */
  private startOver() {
    this.step = 'region';
    this.lastPractice = undefined;
    if (this.detailsLoad === 'failed') this.detailsLoad = 'idle';
    this.regionChoice = '';
    this.lastSnapshot = undefined;
    this.checkedRegions = new Map();
    this.serverErrors = {};
    this.submitError = '';
    this.refresh.stop();
  }

  private onRegionPick(event: CustomEvent<{ value: string }>) {
    const value = event.detail.value;
    if (value === this.regionChoice) return;
    this.regionChoice = value;
    this.lastSnapshot = undefined;
    if (this.detailsLoad === 'failed') this.detailsLoad = 'idle';
    this.refresh.stop();
    if (value && value !== OUT_OF_AREA) this.prefetchDetails();
    const region = this.region;
    this.dispatchEvent(
      regionSelectedEvent({ regionId: region?.id ?? null, regionCode: region?.regionCode ?? null, outOfServiceArea: value === OUT_OF_AREA }),
    );
  }

  private onRegionSnapshot(snapshot: RegionSnapshot | undefined) {
    if (!snapshot) return;
    const previous = this.lastSnapshot?.regionId === snapshot.regionId ? this.lastSnapshot : undefined;
    this.lastSnapshot = snapshot;
    this.checkedRegions = new Map(this.checkedRegions).set(snapshot.regionId, snapshot.availability.available);
    if (this.step !== 'created') this.refresh.start();
    const waitTimeSeconds = snapshot.waitTime?.estimatedWaitTimeSeconds ?? null;
    if (
      !previous ||
      previous.availability.available !== snapshot.availability.available ||
      previous.availability.reason !== snapshot.availability.reason ||
      (previous.waitTime?.estimatedWaitTimeSeconds ?? null) !== waitTimeSeconds
    ) {
      this.dispatchEvent(
        availabilityChangedEvent({ regionId: snapshot.regionId, ...snapshot.availability, waitTimeSeconds }),
      );
    }
  }

  private async onContinue() {
    if (this.detailsLoad === 'loading') return;
    const regionId = this.regionChoice;
    if (!this.details) {
      this.detailsLoad = 'loading';
      try {
        await this.prepareDetails();
      } catch (error) {
        this.detailsLoad = 'failed';
        // For the integrator: a missing dist/chunks/ folder, a blocking policy, a timeout (no patient data).
        console.warn(`<dexcare-virtual-visit>: the visit form's code could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
        this.dispatchEvent(visitErrorEvent({ kind: error instanceof DexCareError ? error.kind : 'network' }));
        return;
      }
    }
    this.detailsLoad = 'idle';
    // The patient may have picked another state while the form loaded: stay and show that one.
    if (this.regionChoice !== regionId || this.regionStatus()?.kind !== 'open') return;
    this.step = 'details';
    await this.updateComplete;
    this.stepHeading?.focus();
  }

  /** A state was picked: fetch the form's code while the patient reads the wait, so "Continue" is instant. */
  private prefetchDetails() {
    this.prepareDetails().catch(() => {
      // "Continue" fetches again, and says so if it fails.
    });
  }

  /** Fetches the details step's code (once per page) and sets up, for this widget, what it owns. */
  private async prepareDetails(): Promise<void> {
    if (this.details) return;
    const step = await loadDetailsStep(this.requestTimeoutMs);
    this.details ??= {
      step,
      card: new step.StripeCard(this, {
        loader: () => this.loadStripe ?? step.loadRealStripe,
        publishableKey: () => this.stripePublishableKey.trim(),
        locale: () => stripeLocale(this.resolvedLocale),
        timeoutMs: () => this.requestTimeoutMs,
      }),
      dependents: new step.DependentPatients(),
    };
  }

  private async onBack() {
    this.step = 'region';
    this.submitError = '';
    await this.updateComplete;
    this.regionSelect()?.focus();
  }

  private onFormChange(event: CustomEvent<{ field: VisitFormField; value: VisitFormValues[VisitFormField] }>) {
    const { field, value } = event.detail;
    this.values = { ...this.values, [field]: value };
    if (this.serverErrors[field]) {
      const { [field]: _fixed, ...rest } = this.serverErrors;
      this.serverErrors = rest;
    }
  }

  private onFormSubmit() {
    if (this.submitTask.status === TaskStatus.PENDING) return;
    this.submitError = '';
    void this.submitTask.run([]);
  }

  private requireSignIn(reason: SignInReason) {
    this.dispatchEvent(signInRequiredEvent({ reason }));
  }

  private async requestVisit(signal: AbortSignal): Promise<VisitResponse> {
    const practice = this.bookingPractice;
    const region = this.bookingRegion;
    const client = this.client;
    const details = this.details;
    if (!practice || !region || !details || client instanceof ConfigurationError) throw new ConfigurationError('The widget is not ready');
    return details.step.submitVisit({
      client, practice, region, patient: this.patient, values: this.values, preTriageTags: this.preTriageTags,
      card: details.card, dependents: details.dependents, getDependentPatientId: this.getDependentPatientId,
      checkWaitingRoom: () => void this.waitingRoomUrlFor('check'),
      onStart: () => this.dispatchEvent(visitSubmitEvent()),
      signal,
    });
  }

  /** Throws when the address cannot be made; only once the details step's code is here. */
  private waitingRoomUrlFor(visitId: string): string {
    if (!this.details) throw new ConfigurationError('The widget is not ready');
    if (!this.brand.trim()) throw new ConfigurationError('brand is required (the waiting room needs it)');
    return this.details.step.waitingRoomUrl({
      visitId, brand: this.brand, template: this.waitingRoomUrl, apiBaseUrl: this.resolvedApiBaseUrl, pageUrl: document.baseURI,
    });
  }

  private onVisitCreated(visit: VisitResponse) {
    // Checked before the request; the visit exists now, so the patient must never be offered to request it again.
    let url = '';
    try {
      url = this.waitingRoomUrlFor(visit.visitId);
    } catch (error) {
      console.warn(`<dexcare-virtual-visit>: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.step = 'created';
    this.refresh.stop();
    // A widget removed while its request was out stays out of the page's way: no navigation. (Read
    // before the event: a host that removes the widget in its listener still wants the patient to go.)
    const connected = this.isConnected;
    const proceed = this.dispatchEvent(visitCreatedEvent({ visitId: visit.visitId, waitingRoomUrl: url }));
    const navigating = proceed && url !== '' && connected;
    this.created = { visitId: visit.visitId, waitingRoomUrl: url, navigating };
    void this.updateComplete.then(() => this.stepHeading?.focus());
    if (navigating) window.location.assign(url);
  }

  private onSubmitFailed(error: unknown) {
    const failure = this.details?.step.submissionFailure(error, {
      values: this.values, serverErrors: this.serverErrors, practice: this.bookingPractice, region: this.bookingRegion, patient: this.patient,
    });
    if (!failure) return;
    this.failedSubmits += 1;
    this.serverErrors = failure.serverErrors;
    this.submitError = failure.submitError;
    if (failure.warning) console.warn(`<dexcare-virtual-visit>: ${failure.warning}`);
    if (failure.signIn) this.requireSignIn(failure.signIn);
    if (failure.event) this.dispatchEvent(visitErrorEvent(failure.event));
  }

  private reportError(error: unknown) {
    if (isAbortError(error)) return;
    // The patient reads "not available on this page"; the integrator needs the reason (it holds no secret).
    if (error instanceof ConfigurationError) console.warn(`<dexcare-virtual-visit>: ${error.message}`);
    this.dispatchEvent(visitErrorEvent(visitErrorDetail(error)));
  }
}

/** Stripe's language for its card field: ours when it has it, else its own guess. */
function stripeLocale(locale: string): string {
  const language = locale.slice(0, 2).toLowerCase();
  return language === 'en' || language === 'es' ? language : 'auto';
}

function statusOf(snapshot: RegionSnapshot, region: PracticeRegion | undefined): RegionStatus {
  const { availability, waitTime } = snapshot;
  if (availability.available && waitTime) return { kind: 'open', waitTimeSeconds: waitTime.estimatedWaitTimeSeconds };
  return {
    kind: 'closed',
    reason: availability.reason,
    busyMessage: region?.busyMessage ?? '',
    nextOpening: availability.reason === 'OFF_HOURS' && region ? nextOpening(region.availability, new Date()) : null,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'dexcare-virtual-visit': DexCareVirtualVisit;
  }
}
