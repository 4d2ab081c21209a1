import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { Patient, Practice, PracticeRegion } from '../api/types.js';
import { fieldErrorMessage, fieldLabel } from '../booking/messages.js';
import { relevantFields, validateField, validateVisitForm, type BookingContext } from '../booking/form-validation.js';
import type { FieldErrors, VisitFormField, VisitFormValues } from '../booking/visit-form-values.js';
import { defineElement } from './define-element.js';
import { renderFormField, type FieldEnvironment } from './form-fields.js';
import { visitFormStyles } from './visit-form-styles.js';
import type { InsurancePayer, MountableCardElement } from './visit-form-types.js';


/** Fields grouped as the patient sees them, each group a fieldset with a legend. */
const SECTIONS: { legend: () => string; fields: VisitFormField[] }[] = [
  { legend: () => msg('About the visit'), fields: ['visitReason', 'declaration', 'departmentId'] },
  {
    legend: () => msg('About the patient'),
    fields: ['dependentFirstName', 'dependentLastName', 'dependentDateOfBirth', 'dependentGender', 'relationshipToPatient'],
  },
  { legend: () => msg('How we reach you'), fields: ['phone', 'email'] },
  { legend: () => msg('Address'), fields: ['addressLine1', 'addressLine2', 'city', 'state', 'postalCode'] },
  {
    legend: () => msg('Payment'),
    fields: [
      'paymentMethod', 'couponCode', 'insuranceProviderId', 'insuranceMemberId', 'insuranceDeclaration',
      'holderFirstName', 'holderLastName', 'holderDateOfBirth', 'holderGender',
    ],
  },
  { legend: () => msg('Terms'), fields: ['acceptedTerms'] },
];

/**
 * The visit request form. Presentational: it shows `values`, validates with the booking rules as the
 * patient leaves each field and on submit, and reports changes and submission as events. It never
 * fetches and never forgets what was typed: the values live with the caller.
 *
 * @summary Reason, contact, address, who the visit is for, payment and terms.
 * @fires form-change - internal: `detail = { field, value }`.
 * @fires form-submit - internal: the form is valid and the patient asked to request the visit.
 * @fires form-back - internal: the patient wants to choose another region.
 * @csspart form - The form.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart field - Each field's wrapper.
 * @csspart field-label - Each label or legend.
 * @csspart field-input - Each input, select and textarea.
 * @csspart field-error - Each field's error message.
 * @csspart submit-button - "Request visit".
 * @csspart back-button - "Back".
 */
@defineElement('dexcare-visit-form')
export class DexCareVisitForm extends LitElement {
  static override styles = visitFormStyles;

  @property({ attribute: false }) values!: VisitFormValues;
  @property({ attribute: false }) practice!: Practice;
  @property({ attribute: false }) region!: PracticeRegion;
  @property({ attribute: false }) patient?: Patient;
  /** Errors the server reported for fields, shown beside them and in the summary. */
  @property({ attribute: false }) serverErrors: FieldErrors = {};
  /** A failure that belongs to no field, shown in the summary. */
  @property() submitError = '';
  /** The last request may have reached DexCare: the summary must not say it was not requested. */
  @property({ type: Boolean }) outcomeUnknown = false;
  /**
   * How many submissions the caller saw fail: each new one shows the error summary and moves focus to
   * it. Errors alone (a server's, kept from an earlier attempt) never move focus while the patient types.
   */
  @property({ type: Number }) failedSubmits = 0;
  @property({ type: Boolean }) submitting = false;
  /** Whether the host supplied the hook that books for someone else. */
  @property({ type: Boolean }) allowDependents = false;
  @property({ attribute: false }) insurancePayers: InsurancePayer[] = [];
  @property({ attribute: false }) cardElement?: MountableCardElement;
  @property() cardError = '';
  @property() locale = 'en';

  /** Errors shown after the patient left a field or submitted: never while they are still typing it. */
  @state() private shownErrors: FieldErrors = {};
  @state() private showSummary = false;

  @query('.summary') private summary?: HTMLElement;
  @query('.card') private cardContainer?: HTMLElement;
  private mountedCard?: MountableCardElement;

  private get context(): BookingContext {
    return { practice: this.practice, region: this.region, patient: this.patient as Patient };
  }

  /** The first field of the form, for the caller to focus when the step opens. */
  override focus(options?: FocusOptions) {
    this.renderRoot.querySelector<HTMLElement>('#visitReason')?.focus(options);
  }

  override render() {
    if (!this.values || !this.practice || !this.region) return nothing;
    const fields = new Set(relevantFields(this.values, this.context));
    const errors = this.visibleErrors(fields);
    return html`<form part="form" novalidate @submit=${this.onSubmit} aria-busy=${this.submitting ? 'true' : 'false'}>
      ${this.renderSummary(errors)}
      <p class="hint">${msg('All fields are required unless marked optional.')}</p>
      ${SECTIONS.map(({ legend, fields: sectionFields }) => {
        const shown = sectionFields.filter((field) => fields.has(field));
        if (shown.length === 0) return nothing;
        return html`<fieldset class="section">
          <legend>${legend()}</legend>
          ${shown.map((field) => renderFormField(field, this.environment(errors)))}
          ${sectionFields.includes('paymentMethod') && this.values.paymentMethod === 'creditcard' ? this.renderCard() : nothing}
        </fieldset>`;
      })}
      <div class="actions">
        <button class="secondary" part="back-button" type="button" @click=${this.onBack}>${msg('Back')}</button>
        <button class="primary" part="submit-button" type="submit" aria-disabled=${this.submitting ? 'true' : 'false'}>
          ${this.submitting ? msg('Requesting your visit…') : msg('Request visit')}
        </button>
      </div>
    </form>`;
  }

  protected override updated(changed: PropertyValues<this>) {
    if (this.isNewFailure(changed)) this.summary?.focus();
    this.syncCardMount();
  }

  /** On the first render the count is the past, not a new failure. */
  private isNewFailure(changed: PropertyValues<this>): boolean {
    return changed.has('failedSubmits') && changed.get('failedSubmits') !== undefined && this.failedSubmits > 0;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.mountedCard?.unmount();
    this.mountedCard = undefined;
  }

  private environment(errors: FieldErrors): FieldEnvironment {
    return {
      values: this.values,
      practice: this.practice,
      region: this.region,
      patient: this.patient,
      allowDependents: this.allowDependents,
      insurancePayers: this.insurancePayers,
      locale: this.locale,
      errorText: (field) => {
        const error = errors[field];
        return error ? fieldErrorMessage(field, error) : undefined;
      },
      change: (field, value) => this.onChange(field, value),
      leave: (field) => this.onLeave(field),
    };
  }

  private visibleErrors(fields: Set<VisitFormField>): FieldErrors {
    const errors: FieldErrors = {};
    for (const field of fields) {
      const error = this.shownErrors[field] ?? this.serverErrors[field];
      if (error) errors[field] = error;
    }
    return errors;
  }

  private renderSummary(errors: FieldErrors): TemplateResult | typeof nothing {
    const entries = Object.entries(errors) as [VisitFormField, NonNullable<FieldErrors[VisitFormField]>][];
    // The card's live errors stay beside the card while the patient types; the summary lists them after a submit.
    const cardError = this.showSummary ? this.cardError : '';
    if (!this.submitError && (!this.showSummary || (entries.length === 0 && !cardError))) return nothing;
    const count = entries.length;
    return html`<div class="summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
      <h3 id="summary-title">
        ${this.outcomeUnknown
          ? msg('We are not sure your visit was requested')
          : count > 0
            ? count === 1 ? msg('There is 1 problem to fix') : msg(str`There are ${count} problems to fix`)
            : msg('Your visit was not requested')}
      </h3>
      ${this.submitError ? html`<p>${this.submitError}</p>` : nothing}
      ${count > 0 || cardError
        ? html`<ul>
            ${entries.map(
              ([field, error]) => html`<li>
                <a href="#${field}" @click=${(event: Event) => this.focusField(event, field)}>${fieldLabel(field)}: ${fieldErrorMessage(field, error)}</a>
              </li>`,
            )}
            ${cardError ? html`<li><a href="#card" @click=${(event: Event) => this.focusField(event, 'card')}>${msg('Card')}: ${cardError}</a></li>` : nothing}
          </ul>`
        : nothing}
    </div>`;
  }

  private renderCard(): TemplateResult {
    return html`<div class="field" part="field">
      <p class="label-like" id="card-label">
        <strong>${msg('Card details')}</strong> <span class="required">${msg('(required)')}</span>
      </p>
      ${this.cardElement || this.cardError ? nothing : html`<p class="hint" role="status">${msg('Loading the secure card form…')}</p>`}
      <div
        id="card"
        class="card"
        role="group"
        aria-labelledby="card-label"
        aria-describedby=${ifDefined(this.cardError ? 'card-error' : undefined)}
        tabindex="-1"
      ></div>
      ${this.cardError ? html`<p class="error" id="card-error" part="field-error">${this.cardError}</p>` : nothing}
    </div>`;
  }

  private syncCardMount() {
    const container = this.cardContainer;
    if (container && this.cardElement && this.mountedCard !== this.cardElement) {
      this.mountedCard?.unmount();
      this.cardElement.mount(container);
      this.mountedCard = this.cardElement;
    } else if (!container && this.mountedCard) {
      this.mountedCard.unmount();
      this.mountedCard = undefined;
    }
  }

  private focusField(event: Event, id: string) {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    const control = target?.matches('fieldset') ? target.querySelector<HTMLElement>('input') ?? target : target;
    control?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (this.isNewFailure(changed)) this.showSummary = true;
    // Once a field shows an error, check it again as the patient fixes it.
    if (changed.has('values') && this.values && Object.keys(this.shownErrors).length > 0) {
      const rechecked: FieldErrors = {};
      for (const field of Object.keys(this.shownErrors) as VisitFormField[]) {
        const error = validateField(field, this.values, this.context);
        if (error) rechecked[field] = error;
      }
      this.shownErrors = rechecked;
    }
  }

  private onChange(field: VisitFormField, value: VisitFormValues[VisitFormField]) {
    this.dispatchEvent(new CustomEvent('form-change', { detail: { field, value }, bubbles: true }));
  }

  private onLeave(field: VisitFormField) {
    const value = this.values[field];
    const untouched = value === '' || value === false;
    if (untouched && !this.shownErrors[field]) return;
    const error = validateField(field, this.values, this.context);
    const { [field]: _previous, ...rest } = this.shownErrors;
    this.shownErrors = error ? { ...rest, [field]: error } : rest;
  }

  private onSubmit(event: Event) {
    event.preventDefault();
    if (this.submitting) return;
    // Not signed in yet: the caller asks for sign-in first, whose prefill may fill the blanks.
    if (!this.patient) {
      this.dispatchEvent(new CustomEvent('form-submit', { bubbles: true }));
      return;
    }
    const errors = validateVisitForm(this.values, this.context);
    this.shownErrors = errors;
    if (Object.keys(errors).length > 0) {
      this.showSummary = true;
      void this.updateComplete.then(() => this.summary?.focus());
      return;
    }
    this.showSummary = false;
    this.dispatchEvent(new CustomEvent('form-submit', { bubbles: true }));
  }

  private onBack() {
    this.dispatchEvent(new CustomEvent('form-back', { bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dexcare-visit-form': DexCareVisitForm;
  }
}
