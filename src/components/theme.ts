import { css } from 'lit';

/**
 * The outer element's host reset and design tokens. Page CSS cannot reach into the shadow root, but it
 * does reach the element itself (`* { all: revert }`, a global `box-sizing`, a huge font): the few
 * properties that make the widget's box are `!important` here, which in a shadow tree beats the page's
 * rules, and the `.widget` wrapper resets every inherited property, so nothing the page sets on its
 * ancestors leaks in. Sizes are in em of `--dexcare-font-size`, never of the page's fonts. Custom
 * properties still inherit, which is how integrators theme it; they place it with margin and width
 * and hide it with `hidden`.
 */
export const themeStyles = css`
  :host {
    all: initial;
    display: block !important;
    container-type: inline-size !important;
    box-sizing: border-box !important;
    max-width: var(--dexcare-max-width, 40em) !important;
    font-size: var(--dexcare-font-size, medium) !important;
    --_primary: var(--dexcare-primary, #0b5cad);
    --_on-primary: var(--dexcare-on-primary, #ffffff);
    --_text: var(--dexcare-text, #1b1f24);
    --_muted: var(--dexcare-muted, #4a5561);
    --_surface: var(--dexcare-surface, #ffffff);
    --_surface-alt: var(--dexcare-surface-alt, #f2f5f8);
    --_border: var(--dexcare-border, #6b7785);
    --_danger: var(--dexcare-danger, #b3261e);
    --_success: var(--dexcare-success, #1e6b37);
    --_warning: var(--dexcare-warning, #8a5100);
    --_focus: var(--dexcare-focus, #0b5cad);
    --_radius: var(--dexcare-radius, 0.5em);
    --_space: var(--dexcare-spacing, 1em);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_primary: var(--dexcare-primary, #7cb8ff);
      --_on-primary: var(--dexcare-on-primary, #0b1320);
      --_text: var(--dexcare-text, #e8edf2);
      --_muted: var(--dexcare-muted, #b4bfcb);
      --_surface: var(--dexcare-surface, #161b22);
      --_surface-alt: var(--dexcare-surface-alt, #222a33);
      --_border: var(--dexcare-border, #8d99a6);
      --_danger: var(--dexcare-danger, #ff9d94);
      --_success: var(--dexcare-success, #7fd69b);
      --_warning: var(--dexcare-warning, #ffc46b);
      --_focus: var(--dexcare-focus, #7cb8ff);
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  .widget {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--dexcare-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 1em;
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    /* The first step's room: the loading skeleton and the list of states take the same height (11em,
       176 px by default), which a host can reserve before the script loads (see the README). */
    min-height: 11em;
  }
`;

/** Controls, labels and messages shared by the inner elements. */
export const controlStyles = css`
  :host {
    display: block;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0 0 0.25em;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.625em;
    min-height: 2.75em;
    width: 100%;
    max-width: 100%;
  }
  /* Lists look like the other fields in every engine (WebKit would draw GTK's grey box). The arrow is a
     gradient in the text colour, not an image, so a strict CSP's img-src cannot block it. */
  select {
    appearance: none;
    padding-right: 2em;
    background: var(--_surface) conic-gradient(from -40deg at bottom, currentColor 80deg, transparent 0) right 0.75em center / 0.625em 0.375em no-repeat;
  }
  /* High contrast drops gradients: the system's own list, arrow and all, in the system's colours. */
  @media (forced-colors: active) {
    select {
      appearance: auto;
    }
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1.25em;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  button[aria-disabled='true'],
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* Links here stand alone (summary entries, "Go to the waiting room"): a whole line tall, 24 px targets. */
  a {
    display: inline-block;
    min-height: 1.5em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* Phone-sized widget: the form's buttons stack, full width, easy to hit. */
  @container (max-width: 30em) {
    .actions {
      flex-direction: column;
      align-items: stretch;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 120ms ease, box-shadow 120ms ease;
    }
  }
`;
