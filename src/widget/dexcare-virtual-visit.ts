import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { AccessTokenProvider } from '../api/client.js';
import type { Patient } from '../api/types.js';
import { defineElement } from '../components/define-element.js';
import type { InsurancePayer } from '../components/visit-form-types.js';
import type { DependentPatientResolver } from '../details/dependent-patient.js';
import { LocaleSync } from '../i18n/locale-sync.js';
import { activeLanguage, widgetLocale } from '../i18n/localization.js';
import type { StripeLoader } from '../payment/stripe-card.js';
import { BookingController } from './booking-controller.js';
import type { DialogController } from './dialog-controller.js';
import { ClientSource } from './client-source.js';
import {
  availabilityChangedEvent, loadErrorEvent, regionSelectedEvent, signInRequiredEvent, visitCreatedEvent, visitErrorEvent, visitSubmitEvent,
} from './events.js';
import { PracticeController } from './practice-controller.js';
import { RegionStatusController } from './region-status-controller.js';
import { renderRegionStep } from './region-step-view.js';
import { focusAfterRetry, focusTarget } from './focus.js';
import { SessionController } from './session-controller.js';
import { widgetStyles } from './widget-styles.js';
import '../components/region-picker.js';
import '../components/wait-time-badge.js';

export type { DependentDemographics, DependentPatientResolver } from '../details/dependent-patient.js';
export type { StripeLike, StripeLoader, StripeCardLike } from '../payment/stripe-card.js';

/**
 * Reflected only when set: on start-up the element adds no attribute the page's HTML did not have, so
 * server-rendered markup (Next.js, Nuxt) hydrates without a mismatch.
 */
const reflectedWhenSet = { toAttribute: (value: string) => value || null };

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
 * @fires {{ kind, status?, code? }} visit-error - Loading or requesting failed. Kind `uncertain`: the request may have reached DexCare and the visit may exist (the patient is told so, and asked before a new request).
 * @slot - Fallback: shown until the script runs, and by browsers that cannot run it (e.g. a phone number to call).
 * @slot unavailable - Shown whenever the patient cannot be seen online now: out of the service area, closed, busy, no clinician on call, every state closed, the API unreachable.
 * @csspart base - The widget's box (padding, background, border).
 * @csspart launcher - `mode="dialog"`: the button that opens the widget.
 * @csspart dialog - `mode="dialog"`: the modal dialog the widget opens in.
 * @csspart close-button - `mode="dialog"`: "Close", in the dialog.
 * @csspart heading - Each step's heading.
 * @csspart region-label - "Where are you right now?".
 * @csspart region-select - The list of states.
 * @csspart out-of-area - The message shown for "Other (not listed)".
 * @csspart badge - The clinic's status: open with the wait, closed with the reason, or loading.
 * @csspart retry-button - "Try again" after a failure to load.
 * @csspart continue-button - "Continue" after choosing where the patient is.
 * @csspart sign-in-button - "Sign in", shown in the form while no patient is signed in.
 * @csspart sign-in-link - "Sign in" at Continue, to `sign-in-url`, while nobody is signed in.
 * @csspart form - The visit form.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart field - Each field's wrapper.
 * @csspart field-label - Each field's label or legend.
 * @csspart field-input - Each text input, select, textarea and checkbox.
 * @csspart field-error - Each field's error message.
 * @csspart submit-button - "Request visit".
 * @csspart back-button - "Back" to the choice of state.
 * @csspart confirm-button - "Request a new visit anyway", asked after a request whose outcome is unknown (the visit may exist).
 * @csspart cancel-button - "Do not request", beside it.
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
@defineElement('dexcare-virtual-visit')
export class DexCareVirtualVisit extends LitElement {
  static override styles = widgetStyles;

  /** DexCare practice id (required). */
  @property({ attribute: 'practice-id', reflect: true, converter: reflectedWhenSet }) practiceId = '';

  /** DexCare brand id, passed to the waiting room (required). */
  @property({ reflect: true, converter: reflectedWhenSet }) brand = '';

  /**
   * Base URL of the DexCare API; `api/8/...` resolves against it. Default: the page's origin. Must be
   * `https` (plain `http` only for localhost).
   */
  @property({ attribute: 'api-base-url', reflect: true, converter: reflectedWhenSet }) apiBaseUrl = '';

  /**
   * Where the waiting room lives: a template with `{visitId}` and `{brand}`, or a base URL for
   * `DexCare/visit/{visitId}?brand={brand}`; relative to the page. Default: that path on `api-base-url`.
   */
  @property({ attribute: 'waiting-room-url', reflect: true, converter: reflectedWhenSet }) waitingRoomUrl = '';

  /**
   * For pages with no script of their own: where the widget asks who is signed in, when the host has not
   * set `getAccessToken`/`patient`. `GET` with the browser's cookies; `200 { accessToken, expiresIn,
   * patient }`, or `401` when signed out. Must be `https` (plain `http` only for localhost) and on the
   * page's own site (browsers block third-party cookies). The token is kept in memory only.
   */
  @property({ attribute: 'session-url' }) sessionUrl = '';

  /**
   * Where "Sign in" sends a signed-out patient; `{returnUrl}` in it becomes this page's address, encoded.
   * Offered at "Continue", before anything is typed; back from sign-in, the form for the state chosen before opens.
   */
  @property({ attribute: 'sign-in-url' }) signInUrl = '';

  /**
   * Stripe publishable key (`pk_live_…`, public by design) for card payments. Without it the card
   * option is hidden, even when the practice takes cards.
   */
  @property({ attribute: 'stripe-publishable-key' }) stripePublishableKey = '';

  /** Fixes the department when the chosen region has it, so the patient is not asked; ignored otherwise. */
  @property({ attribute: 'department-id' }) departmentId = '';

  /**
   * `inline` (default): the widget in the page. `dialog`: a launcher button that opens it in a modal
   * dialog; Escape and Close close it, and reopening shows the same step with what was typed.
   */
  @property() mode: 'inline' | 'dialog' = 'inline';

  /** `mode="dialog"`: the launcher's text (default "See a clinician online", translated). */
  @property({ attribute: 'launcher-label' }) launcherLabel = '';

  /** Preselects the region with this `regionCode` (e.g. `MT`) when it is offered. */
  @property({ attribute: 'region-code', reflect: true, converter: reflectedWhenSet }) regionCode = '';

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

  @query('h2') private stepHeading?: HTMLElement;

  /** `mode="dialog"`: its code comes on demand; if it cannot, the widget shows inline instead. */
  private dialog?: DialogController | 'loading' | 'failed';

  private readonly session = new SessionController(this, (current, previous) => this.booking.patientChanged(current, previous));
  private readonly clients = new ClientSource(this, this.session.accessToken);

  private readonly practice = new PracticeController(this, {
    settings: this,
    client: () => this.clients.current,
    onLoaded: (practice) => this.booking.preselect(practice, this.regionCode),
    onChanged: () => {
      // Another practice: back to the choice of state, keeping what was typed.
      this.booking.startOver();
      this.regionStatus.reset();
    },
    onError: (error) => this.emit(loadErrorEvent(error)),
  });

  private readonly regionStatus = new RegionStatusController(this, {
    client: () => this.clients.current,
    regionId: () => this.booking.regionId,
    region: () => this.practice.region(this.booking.regionId),
    settings: this,
    onChange: (detail) => {
      this.dispatchEvent(availabilityChangedEvent(detail));
      this.booking.statusKnown(detail.available);
    },
    onError: (error) => this.emit(loadErrorEvent(error)),
  });

  private readonly booking: BookingController = new BookingController(this, {
    settings: this,
    regionOpen: () => this.regionStatus.status?.kind === 'open',
    signedIn: () => this.session.signedIn(),
    region: (regionId) => this.practice.region(regionId),
    details: {
      settings: this,
      client: () => this.clients.current,
      practice: () => this.practice.value,
      region: () => this.practice.region(this.booking.regionId),
      patient: () => this.session.patient,
      signedIn: () => this.session.signedIn(),
      onSubmit: () => this.dispatchEvent(visitSubmitEvent()),
      onCreated: (detail) => {
        this.booking.showCreated();
        this.regionStatus.freeze();
        return this.dispatchEvent(visitCreatedEvent(detail));
      },
      onError: (detail) => this.dispatchEvent(visitErrorEvent(detail)),
      onSignInRequired: (reason) => this.dispatchEvent(signInRequiredEvent({ reason })),
      signInHref: () => this.booking.signInHref,
      leaveForSignIn: () => this.booking.leaveForSignIn(),
      onOutcomeUnknown: () => this.booking.showDetailsAgain(),
      onBack: () => this.booking.back(),
    },
    onRegionSelected: (detail) => this.dispatchEvent(regionSelectedEvent(detail)),
    onDetailsLoaded: (step) => this.session.attach(new step.RemoteSession(this, () => this.requestUpdate())),
    focus: (target) => focusTarget(this.renderRoot, target, this.stepHeading),
  });

  // The page-wide language follows this widget's `locale` (see src/i18n/localization.ts).
  protected readonly localeSync = new LocaleSync(this, () => widgetLocale(this.locale));

  protected override willUpdate(changed: PropertyValues<this>) {
    // A framework clears a property with undefined (@lit/react, for a prop that goes away): the settings
    // with an attribute are text, read as unset then ('locale' may be undefined, and is not reflected then).
    for (const key of changed.keys()) {
      const text = DexCareVirtualVisit.elementProperties.get(key)?.attribute !== false && key !== 'locale';
      if (text) (this as Record<PropertyKey, unknown>)[key] ??= '';
    }
    if (this.mode !== 'dialog' || this.dialog) return;
    this.dialog = 'loading';
    import('./dialog-controller.js').then(
      ({ DialogController }) => (this.dialog = new DialogController(this)),
      () => (this.dialog = 'failed'),
    ).finally(() => this.requestUpdate());
  }

  protected override updated() {
    if (typeof this.dialog === 'object' && this.booking.returnedFromSignIn) {
      this.booking.returnedFromSignIn = false;
      this.dialog.open();
    }
  }

  override render() {
    const { dialog } = this;
    const content = this.renderSteps();
    if (this.mode !== 'dialog' || dialog === 'failed') return content;
    return typeof dialog === 'object' ? dialog.render(content, this.launcherLabel) : nothing;
  }

  private renderSteps() {
    const { booking, regionStatus } = this;
    const { step, details } = booking;
    // lang: screen readers pronounce the Spanish text as Spanish on an English page.
    return html`<div class="widget" part="base" lang=${activeLanguage()}>
      ${step === 'created' && details
        ? details.step.renderCreated(details.request)
        : step === 'details' && details
          ? details.step.renderDetails(details.request, regionStatus.status)
          : renderRegionStep({ practice: this.practice, regionStatus, booking, locale: widgetLocale(this.locale), retry: (task) => this.retry(task) })}
    </div>`;
  }

  /** "Try again" after a failure to load; then focus where the patient goes on. */
  private async retry(task: { run(): Promise<void> }) {
    await task.run();
    await this.updateComplete;
    focusAfterRetry(this.renderRoot);
  }

  private emit(event: Event | undefined) {
    if (event) this.dispatchEvent(event);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dexcare-virtual-visit': DexCareVirtualVisit;
  }
}
