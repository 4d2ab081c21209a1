/** The faces of the details step and of the created visit. In the details step's chunk. */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { waitTimeAnnouncement } from '../booking/wait-time-announcement.js';
import type { VisitFormField, VisitFormValues } from '../booking/visit-form-values.js';
import type { RegionStatus } from '../components/wait-time-badge.js';
import { widgetLocale } from '../i18n/localization.js';
import type { VisitRequestController } from './visit-request-controller.js';

export function renderDetails(request: VisitRequestController, status: RegionStatus | undefined) {
  const { source } = request;
  const { practice, region } = request;
  if (!practice || !region) return nothing;
  const patient = source.patient();
  const { settings } = source;
  const { submitError } = request;
  const signInHref = patient ? '' : source.signInHref();
  return html`<h2 part="heading" tabindex="-1">${msg('Your visit')}</h2>
    <p class="region-summary">
      ${msg(str`Location: ${region.displayName}.`)} ${status?.kind === 'open' ? waitTimeAnnouncement(status.waitTimeSeconds) : nothing}
    </p>
    ${patient
      ? nothing
      : html`<div class="notice" role="status">
          <p>
            ${signInHref
              ? msg('Please sign in to request a visit. You come back to this form afterwards, but what you typed here is not kept.')
              : msg('Please sign in to request a visit. You can fill in the form first: nothing you type is lost.')}
          </p>
          <p>${signInHref
            ? html`<a part="sign-in-link" href=${signInHref} @click=${() => source.leaveForSignIn()}>${msg('Sign in')}</a>`
            : html`<button class="secondary" part="sign-in-button" type="button" @click=${() => source.onSignInRequired('no-patient')}>${msg('Sign in')}</button>`}</p>
        </div>`}
    <dexcare-visit-form
      exportparts="form, error-summary, field, field-label, field-input, field-error, submit-button, back-button"
      .values=${request.values}
      .practice=${practice}
      .region=${region}
      .patient=${patient}
      .serverErrors=${request.serverErrors}
      .submitError=${typeof submitError === 'function' ? submitError() : submitError}
      .failedSubmits=${request.failedSubmits}
      .outcomeUnknown=${request.outcomeUnknown}
      .submitting=${request.submitting}
      .allowDependents=${typeof settings.getDependentPatientId === 'function'}
      .insurancePayers=${Array.isArray(settings.insurancePayers) ? settings.insurancePayers : []}
      .cardElement=${request.card.element}
      .cardError=${request.card.error}
      .locale=${widgetLocale(settings.locale)}
      @form-change=${(event: CustomEvent<{ field: VisitFormField; value: VisitFormValues[VisitFormField] }>) => request.change(event.detail.field, event.detail.value)}
      @form-submit=${() => request.submit()}
      @form-back=${() => source.onBack()}
    ></dexcare-visit-form>
    ${request.confirming
      ? html`<div class="notice problem" role="alert">
          <p>${msg('Your earlier request may have created a visit. Request a new visit anyway?')}</p>
          <p class="actions">
            <button class="primary" part="confirm-button" type="button" @click=${() => request.confirm(true)}>${msg('Request a new visit anyway')}</button>
            <button class="secondary" part="cancel-button" type="button" @click=${() => request.confirm(false)}>${msg('Do not request')}</button>
          </p>
        </div>`
      : nothing}`;
}

export function renderCreated(request: VisitRequestController) {
  const created = request.created;
  if (!created) return nothing;
  return html`<h2 part="heading" tabindex="-1">${msg('Your visit is requested')}</h2>
    <div class="notice" role="status">
      <p>
        ${created.navigating
          ? msg('A clinician will see you soon. We are taking you to the virtual waiting room.')
          : msg('A clinician will see you soon in the virtual waiting room.')}
      </p>
      ${created.waitingRoomUrl ? html`<p><a href=${created.waitingRoomUrl} target="_top">${msg('Go to the waiting room')}</a></p>` : nothing}
    </div>`;
}
