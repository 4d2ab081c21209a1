import { css } from 'lit';
import { controlStyles, themeStyles } from '../components/theme.js';

/** The widget's own box, headings, notices and links; fields and buttons share the components' styles. */
export const widgetStyles = [
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
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
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
