/**
 * dist/embed.js, the script of dist/embed.html: the widget alone on a page for CMSs that allow only an
 * iframe. It sets the element's attributes from the query, posts its height and each public event to
 * the parent (to one origin, never `*`), and after `visit-created` opens the waiting room in the top
 * window; where the iframe may not, the widget's "Go to the waiting room" link (target="_top") does.
 */
import { embedSettings } from './embed-settings.js';

const PUBLIC_EVENTS = ['region-selected', 'availability-changed', 'visit-submit', 'visit-error', 'sign-in-required', 'visit-created'];

const { attributes, parentOrigin, problems } = embedSettings(location.search, document.referrer);
for (const problem of problems) console.warn(`dexcare embed.html: ${problem}`);

const post = (message: { type: string; [key: string]: unknown }) => {
  if (parentOrigin && window.parent !== window) window.parent.postMessage(message, parentOrigin);
};

const widget = document.createElement('dexcare-virtual-visit');
for (const [name, value] of attributes) widget.setAttribute(name, value);
document.querySelector('main')!.append(widget);

let lastHeight = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  post({ type: 'dexcare:resize', height });
}).observe(document.documentElement);

for (const name of PUBLIC_EVENTS) {
  // The details carry no patient data (the element's contract); copied so only plain data crosses.
  widget.addEventListener(name, (event) => post({ type: `dexcare:${name}`, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null)) }));
}

widget.addEventListener('visit-created', (event) => {
  const { waitingRoomUrl } = (event as CustomEvent<{ waitingRoomUrl: string }>).detail;
  event.preventDefault();
  try {
    window.top!.location.href = waitingRoomUrl;
  } catch {
    // Not allowed to navigate the top window: the widget's own "Go to the waiting room" link
    // (target="_top", shown because the navigation was prevented) does it on the patient's click.
  }
});
