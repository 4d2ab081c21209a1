import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** Only `mode="dialog"` needs these: they arrive with this chunk and are adopted then. */
const dialogStyles = css`
  .launcher-box {
    all: initial;
    display: block;
    font-family: var(--dexcare-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 1em;
    line-height: 1.5;
  }
  dialog {
    container-type: inline-size;
    box-sizing: border-box;
    width: min(40em, calc(100vw - 2em));
    max-height: calc(100dvh - 2em);
    padding: 0;
    border: none;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow: auto;
    overscroll-behavior: contain;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-bar {
    display: flex;
    justify-content: flex-end;
    padding: calc(var(--_space) / 2) calc(var(--_space) / 2) 0;
    background: var(--_surface);
  }
  /* Phones: the whole screen, nothing of the page peeking round it. */
  @media (max-width: 40em) {
    dialog {
      width: 100%;
      max-width: none;
      height: 100%;
      max-height: none;
      margin: 0;
      border-radius: 0;
    }
  }
`;

const HEADING_ID = 'dexcare-step-heading';

/**
 * `mode="dialog"`: a launcher button that opens the widget in a native modal dialog. The steps stay
 * rendered while it is closed, so closing by mistake loses nothing; Escape and Close close it, focus
 * goes back to the launcher, and the page behind does not scroll meanwhile. Loaded only for that mode.
 */
export class DialogController implements ReactiveController {
  private pageOverflow: string | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.shadowRoot;
    const sheet = dialogStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  hostUpdated(): void {
    // Named by the step's heading, whichever step shows.
    const heading = this.host.shadowRoot?.querySelector('h2');
    if (heading && this.dialog) {
      heading.id = HEADING_ID;
      this.dialog.setAttribute('aria-labelledby', HEADING_ID);
    }
    // Switched back to inline while open: the dialog is gone, and so must the page's scroll lock.
    if (!this.dialog?.open) this.releaseScroll();
  }

  hostDisconnected(): void {
    if (this.dialog?.open) this.dialog.close();
    this.releaseScroll();
  }

  open(): void {
    const dialog = this.dialog;
    if (!dialog || dialog.open || !this.host.isConnected) return;
    dialog.showModal();
    const page = document.documentElement;
    this.pageOverflow = page.style.overflow;
    page.style.overflow = 'hidden';
  }

  close(): void {
    this.dialog?.close();
  }

  render(content: TemplateResult, launcherLabel: string): TemplateResult {
    return html`<div class="launcher-box">
        <button type="button" class="primary" part="launcher" aria-haspopup="dialog" @click=${() => this.open()}>
          ${launcherLabel.trim() || msg('See a clinician online')}
        </button>
      </div>
      <dialog part="dialog" @close=${() => this.onClosed()}>
        <div class="dialog-bar">
          <button type="button" class="secondary" part="close-button" @click=${() => this.close()}>${msg('Close')}</button>
        </div>
        ${content}
      </dialog>`;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.shadowRoot?.querySelector('dialog') ?? null;
  }

  private onClosed(): void {
    this.releaseScroll();
    this.host.shadowRoot?.querySelector<HTMLElement>('[part="launcher"]')?.focus();
  }

  private releaseScroll(): void {
    if (this.pageOverflow === null) return;
    document.documentElement.style.overflow = this.pageOverflow;
    this.pageOverflow = null;
  }
}
