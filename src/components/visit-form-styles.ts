import { css } from 'lit';
import { controlStyles } from './theme.js';

/**
 * The visit form's fields beyond the theme's control styles (text area, checkboxes and radios, errors),
 * fieldsets, error summary, card box and buttons. Only the form has those fields, so their rules come
 * with its chunk, not up front.
 */
export const visitFormStyles = [
  controlStyles,
  css`
    textarea {
      min-height: 5em;
      resize: vertical;
    }
    /* 1.5em: at least 24 px at the default size (WCAG 2.2 target size), not only through the label. */
    input[type='checkbox'],
    input[type='radio'] {
      width: 1.5em;
      min-height: 1.5em;
      height: 1.5em;
      margin: 0;
      accent-color: var(--_primary);
      flex: none;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
      border-width: 2px;
    }
    .error {
      color: var(--_danger);
      font-weight: 600;
      margin: 0.25em 0 0;
    }
    form {
      display: grid;
      gap: var(--_space);
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-width: 0;
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }
    fieldset.section > legend {
      font-size: 1.125em;
      font-weight: 700;
      margin-block-end: 0.5em;
      padding: 0;
    }
    .field {
      min-width: 0;
    }
    .required {
      font-weight: 400;
      color: var(--_muted);
    }
    .radios .choice,
    .field > .choice {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-height: 2.75em;
      font-weight: 400;
      margin: 0;
    }
    .summary {
      border: 2px solid var(--_danger);
      border-radius: var(--_radius);
      padding: 0.75em 1em;
    }
    .summary:focus-visible {
      outline: 3px solid var(--_focus);
    }
    .summary h3 {
      margin: 0 0 0.25em;
      font-size: 1.05em;
    }
    .summary ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .summary a {
      color: var(--_danger);
      font-weight: 600;
    }
    .card {
      min-height: 2.75em;
      padding: 0.75em 0.625em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      justify-content: space-between;
    }
    @container (min-width: 34em) {
      .pair {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: var(--_space);
      }
    }
  `,
];
