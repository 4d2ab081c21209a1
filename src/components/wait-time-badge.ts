import { LitElement, html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { AvailabilityReason } from '../api/types.js';
import { availabilityMessage } from '../booking/availability-message.js';
import { opensAtMessage } from '../booking/opening-hours.js';
import { estimatedWaitMessage } from '../booking/wait-time.js';
import { defineElement } from './define-element.js';
import { controlStyles } from './theme.js';

/** What the badge shows: the caller derives it from the availability and wait-time answers. */
export type RegionStatus =
  | { kind: 'loading' }
  | { kind: 'open'; waitTimeSeconds: number }
  | { kind: 'closed'; reason: AvailabilityReason | null; busyMessage: string; nextOpening: Date | null }
  | { kind: 'error'; message: string };

/**
 * Is the virtual clinic open for the chosen region, and how long is the wait. The text is a polite
 * live region: screen readers hear each real change once; a refresh with the same words says nothing.
 *
 * @summary Open with the wait time, or closed with the reason and the next opening.
 * @fires status-retry - internal: the patient asked to try loading again.
 * @csspart badge - The status box.
 * @csspart retry-button - "Try again" after a failure.
 */
@defineElement('dexcare-wait-time-badge')
export class DexCareWaitTimeBadge extends LitElement {
  static override styles = [
    controlStyles,
    css`
      .badge {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em 1em;
        min-height: 4.5em;
        padding: 0.75em 1em;
        border-radius: var(--_radius);
        background: var(--_surface-alt);
        border-inline-start: 4px solid var(--_muted);
      }
      .badge.open {
        border-color: var(--_success);
      }
      .badge.closed {
        border-color: var(--_warning);
      }
      .badge.error {
        border-color: var(--_danger);
      }
      .text {
        flex: 1 1 12em;
      }
      .title {
        font-weight: 700;
        margin: 0;
      }
      .detail {
        margin: 0;
      }
      .skeleton {
        display: block;
        height: 1em;
        margin: 0.25em 0;
        border-radius: 0.25em;
        background: color-mix(in srgb, var(--_muted) 25%, transparent);
      }
      .skeleton.long {
        width: 60%;
      }
      .skeleton.short {
        width: 40%;
      }
      @media (prefers-reduced-motion: no-preference) {
        .skeleton {
          animation: pulse 1.2s ease-in-out infinite alternate;
        }
      }
      @keyframes pulse {
        to {
          opacity: 0.45;
        }
      }
    `,
  ];

  @property({ attribute: false }) status: RegionStatus = { kind: 'loading' };

  /** BCP 47 locale for dates and times. */
  @property() locale = 'en';

  /** The clock used for "today"/"tomorrow"; tests fix it. */
  @property({ attribute: false }) now?: Date;

  override render() {
    const status = this.status;
    return html`<div class="badge ${status.kind}" part="badge">
      <div class="text" role="status" aria-live="polite" aria-atomic="true">${this.renderText(status)}</div>
      ${status.kind === 'error'
        ? html`<button class="secondary" part="retry-button" type="button" @click=${this.onRetry}>${msg('Try again')}</button>`
        : nothing}
    </div>`;
  }

  private renderText(status: RegionStatus) {
    switch (status.kind) {
      case 'loading':
        return html`<p class="visually-hidden">${msg('Checking if the virtual clinic is open…')}</p>
          <span class="skeleton long"></span><span class="skeleton short"></span>`;
      case 'open':
        return html`<p class="title">${msg('Open now')}</p>
          <p class="detail">${estimatedWaitMessage(status.waitTimeSeconds)}</p>`;
      case 'closed': {
        const opening = status.nextOpening ? opensAtMessage(status.nextOpening, this.now ?? new Date(), this.locale) : '';
        return html`<p class="title">${msg('Closed right now')}</p>
          <p class="detail">${availabilityMessage(status.reason, status.busyMessage)}</p>
          ${opening ? html`<p class="detail">${opening}</p>` : nothing}`;
      }
      case 'error':
        return html`<p class="title">${msg('We could not check the clinic')}</p>
          <p class="detail">${status.message}</p>`;
    }
  }

  private onRetry() {
    this.dispatchEvent(new CustomEvent('status-retry', { bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dexcare-wait-time-badge': DexCareWaitTimeBadge;
  }
}
