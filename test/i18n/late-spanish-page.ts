/**
 * A fresh page (an iframe: its own modules, its own lit-localize) with the widget in its markup,
 * `locale="es"` and no patient, as a CMS places it; the element is upgraded when the module defines it.
 * The Spanish strings arrive `delayMs` late: an import map routes the Spanish module through one that
 * waits first, as a slow CDN would (the test runner's server has no latency of its own).
 */
import { waitUntil } from '@open-wc/testing';
import { ACME_PRACTICE_ID, SANDBOX_URL } from '../helpers/sandbox.js';

// The dev server serves `import('./locales/es.js')` as `./locales/es.ts`.
const SPANISH_MODULE = new URL('/src/i18n/locales/es.ts', location.href).href;

type LateSpanishWindow = Window & { spanishArrived?: boolean };

function lateSpanishModule(delayMs: number): string {
  const source = `await new Promise((resolve) => setTimeout(resolve, ${delayMs}));
    export * from ${JSON.stringify(`${SPANISH_MODULE}?late`)};
    globalThis.spanishArrived = true;`;
  return `data:text/javascript,${encodeURIComponent(source)}`;
}

export interface LateSpanishPage {
  frame: HTMLIFrameElement;
  widget: HTMLElement;
  /** The page's body: the widget is all it holds. */
  body: HTMLElement;
  spanishArrived(): boolean;
}

export async function openLateSpanishPage(delayMs: number): Promise<LateSpanishPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px; border: 0';
  frame.srcdoc = `<!doctype html>
    <html lang="en">
      <head><script type="importmap">${JSON.stringify({ imports: { [SPANISH_MODULE]: lateSpanishModule(delayMs) } })}</script></head>
      <body>
        <dexcare-virtual-visit locale="es" practice-id="${ACME_PRACTICE_ID}" brand="acme" api-base-url="${SANDBOX_URL}"></dexcare-virtual-visit>
        <script type="module" src="/src/index.ts"></script>
      </body>
    </html>`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('dexcare-virtual-visit')?.shadowRoot, 'the widget never upgraded', { timeout: 10_000 });
  const page = frame.contentDocument!;
  return {
    frame,
    widget: page.querySelector<HTMLElement>('dexcare-virtual-visit')!,
    body: page.body,
    spanishArrived: () => (frame.contentWindow as LateSpanishWindow | null)?.spanishArrived === true,
  };
}
