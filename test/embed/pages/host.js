// The host page's own script, as a site that embeds the widget would write it: the patient signs in
// with the host (here the sandbox's POST /sandbox/sign-in stands in for the site's own sign-in), and
// the host hands each widget a token getter and the patient. It also records what the tests check:
// the widgets' events, errors, and Content-Security-Policy violations.
const EVENTS = ['region-selected', 'availability-changed', 'visit-submit', 'visit-error', 'sign-in-required', 'visit-created'];

export const embed = (window.embed ??= { events: [], errors: [], violations: [], widgets: 0 });

window.addEventListener('error', (event) => embed.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => embed.errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  embed.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
);

/** The host's sign-in: `{ accessToken, expiresIn, patient }` for the demo patient. */
export async function signIn(apiBaseUrl) {
  const response = await fetch(new URL('sandbox/sign-in', apiBaseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  if (!response.ok) throw new Error(`sign-in: HTTP ${response.status}`);
  return response.json();
}

/** Signs in and wires one widget; its events are recorded with the widget's id. */
export async function connect(widget) {
  const session = await signIn(widget.getAttribute('api-base-url'));
  widget.getAccessToken = async () => session.accessToken;
  widget.patient = session.patient;
  if (widget.dataset.wired) return widget;
  widget.dataset.wired = 'true';
  for (const type of EVENTS) {
    widget.addEventListener(type, (event) => {
      embed.events.push({ widget: widget.id, type, detail: event.detail });
      // The test pages stay put; the plain-HTML example follows the widget to the waiting room.
      if (type === 'visit-created' && !('navigate' in widget.dataset)) event.preventDefault();
    });
  }
  embed.widgets += 1;
  return widget;
}

/** Every widget already in the page. */
export function connectAll() {
  return Promise.all([...document.querySelectorAll('dexcare-virtual-visit')].map(connect));
}
