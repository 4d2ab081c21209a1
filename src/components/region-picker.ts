import { LitElement, html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from './define-element.js';
import { msg } from '@lit/localize';
import type { PracticeRegion } from '../api/types.js';
import { otherRegionLabel } from '../booking/availability-message.js';
import { controlStyles } from './theme.js';

/** The value of the "Other (not listed)" choice: the patient is outside the service area. */
export const OUT_OF_AREA = 'other';

/**
 * Where the patient is right now: the practice's selectable regions (state licensure), plus "Other".
 * Presentational: the caller passes regions already filtered and sorted.
 *
 * @summary Choose the state the patient is in now.
 * @fires region-pick - internal: `detail.value` is a region id, `'other'`, or `''`.
 * @csspart label - The question above the list.
 * @csspart select - The list of states.
 * @csspart out-of-area - The message shown for "Other".
 * @csspart skeleton - The placeholder for the list while it loads.
 */
@defineElement('dexcare-region-picker')
export class DexCareRegionPicker extends LitElement {
  static override styles = [
    controlStyles,
    css`
      .out-of-area {
        margin-block-start: var(--_space);
        padding: 0.75em 1em;
        border-inline-start: 4px solid var(--_warning);
        background: var(--_surface-alt);
      }
      .out-of-area p {
        margin: 0;
      }
      .skeleton {
        display: block;
        height: 2.75em;
        border-radius: var(--_radius);
        background: color-mix(in srgb, var(--_muted) 20%, transparent);
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

  /** Regions to offer, in display order. */
  @property({ attribute: false }) regions: PracticeRegion[] = [];

  /** The chosen region id, `'other'`, or `''`. */
  @property() value = '';

  @property({ type: Boolean }) disabled = false;

  /** While the regions load: the same question and hint over a placeholder, so nothing moves when they arrive. */
  @property({ type: Boolean }) loading = false;

  override render() {
    return html`
      <label part="label" for="region">${msg('Where are you right now?')}</label>
      <p class="hint" id="region-hint">${msg('Our clinicians can see you only in a state where they are licensed.')}</p>
      ${this.loading ? html`<span class="skeleton" part="skeleton"></span>` : this.renderSelect()}
    `;
  }

  private renderSelect() {
    return html`
      <select
        id="region"
        part="select"
        aria-describedby="region-hint"
        ?disabled=${this.disabled}
        .value=${this.value}
        @change=${this.onChange}
      >
        <option value="" ?selected=${this.value === ''}>${msg('Choose a state')}</option>
        ${this.regions.map(
          (region) => html`<option value=${region.id} ?selected=${this.value === region.id}>${region.displayName}</option>`,
        )}
        <option value=${OUT_OF_AREA} ?selected=${this.value === OUT_OF_AREA}>${otherRegionLabel()}</option>
      </select>
      ${this.value === OUT_OF_AREA
        ? html`<div class="out-of-area" part="out-of-area" role="status">
            <p>
              ${msg(
                'Sorry, you are outside our service area. We can only see patients who are in one of the listed states at the time of the visit. If this is an emergency, call 911.',
              )}
            </p>
          </div>`
        : nothing}
    `;
  }

  private onChange(event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new CustomEvent('region-pick', { detail: { value }, bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dexcare-region-picker': DexCareRegionPicker;
  }
}
