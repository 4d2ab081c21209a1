/** The first step's face: the practice loading or failed, the choice of state, the clinic's status, Continue. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { ConfigurationError, isAbortError } from '../api/errors.js';
import type { Practice } from '../api/types.js';
import { everyRegionClosed } from '../booking/closed-regions.js';
import { loadErrorMessage } from '../booking/error-messages.js';
import { selectableRegions } from '../booking/regions.js';
import { OUT_OF_AREA } from '../components/region-picker.js';
import type { RegionStatus } from '../components/wait-time-badge.js';
import type { BookingController } from './booking-controller.js';
import type { PracticeController } from './practice-controller.js';
import type { RegionStatusController } from './region-status-controller.js';

export interface RegionStepInputs {
  practice: PracticeController;
  regionStatus: RegionStatusController;
  booking: BookingController;
  locale: string;
  retry: (task: PracticeController['task'] | RegionStatusController['task']) => void;
}

export function renderRegionStep(inputs: RegionStepInputs) {
  return html`<h2 part="heading" tabindex="-1">${msg('See a clinician online')}</h2>
    ${inputs.practice.task.render({
      initial: renderSkeleton,
      pending: renderSkeleton,
      error: (error) =>
        isAbortError(error)
          ? renderSkeleton()
          : html`<div class="notice problem" role="alert">
                <p>${loadErrorMessage(error)}</p>
                ${error instanceof ConfigurationError
                  ? nothing
                  : html`<p><button class="secondary" part="retry-button" type="button" @click=${() => inputs.retry(inputs.practice.task)}>${msg('Try again')}</button></p>`}
              </div>
              ${unavailableSlot}`,
      complete: (practice) => renderRegionChoice(practice, inputs),
    })}`;
}

function renderSkeleton() {
  // The picker's own loading face: the region list then takes exactly its place.
  return html`<div aria-busy="true">
    <p class="visually-hidden">${msg('Loading…')}</p>
    <dexcare-region-picker loading></dexcare-region-picker>
  </div>`;
}

function renderRegionChoice(practice: Practice, { regionStatus, booking, locale, retry }: RegionStepInputs) {
  const regions = selectableRegions(practice, locale);
  if (regions.length === 0) {
    return html`<div class="notice" role="status"><p>${msg('Online visits are not offered right now. Please check back later.')}</p></div>
      ${unavailableSlot}`;
  }
  const status = regionStatus.status;
  const open = status?.kind === 'open';
  const loading = booking.detailsLoad === 'loading';
  const allClosed = everyRegionClosed(regions, regionStatus.checkedRegions);
  const cannotBeSeen = allClosed || booking.regionId === OUT_OF_AREA || status?.kind === 'closed' || status?.kind === 'error';
  return html`${allClosed
      ? html`<div class="notice" role="status">
          <p>${msg('All our virtual clinics are closed right now. Choose your state to see when it opens, or please check back later.')}</p>
        </div>`
      : nothing}
    <dexcare-region-picker
      exportparts="label: region-label, select: region-select, out-of-area"
      .regions=${regions}
      .value=${booking.regionId}
      @region-pick=${(event: CustomEvent<{ value: string }>) => booking.pick(event.detail.value)}
    ></dexcare-region-picker>
    ${status
      ? html`<dexcare-wait-time-badge exportparts="badge, retry-button" .status=${status} .locale=${locale} @status-retry=${() => retry(regionStatus.task)}></dexcare-wait-time-badge>`
      : nothing}
    ${cannotBeSeen ? unavailableSlot : nothing}
    ${open && booking.signInOffered ? booking.details?.step.renderSignInOffer(booking.signInHref, () => booking.leaveForSignIn()) : nothing}
    ${open && booking.detailsLoad === 'failed'
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
            aria-disabled=${loading ? 'true' : 'false'}
            aria-describedby=${ifDefined(loading ? 'form-loading' : undefined)}
            @click=${() => booking.continue()}
          >
            ${msg('Continue')}
          </button>
          <span id="form-loading" class="loading-note" role="status">${loading ? msg('Loading the visit form…') : nothing}</span>
        </div>`
      : statusLoading(status)}`;
}

/** The host's own words for a patient who cannot be seen online now: a phone number, the nearest urgent care. */
const unavailableSlot = html`<slot name="unavailable"></slot>`;

function statusLoading(status: RegionStatus | undefined) {
  // Where "Continue" appears once the clinic answers open: nothing jumps when it does.
  return status?.kind === 'loading' ? html`<div class="button-space" aria-hidden="true"></div>` : nothing;
}
