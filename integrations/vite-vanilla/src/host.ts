import type { Patient } from '@dexcare/virtual-visit';

interface Session {
  accessToken: string;
  patient: Patient;
}

/**
 * The host page's part: point the widget at the API (`?api=`, the test's sandbox), sign in (here the
 * sandbox's demo patient) and hand the widget the token getter and the patient. On `visit-created` the
 * widget goes to the waiting room by itself.
 */
export async function connect(): Promise<void> {
  const apiBaseUrl = new URLSearchParams(location.search).get('api') ?? 'http://localhost:8080/';
  const widget = document.querySelector('dexcare-virtual-visit');
  if (!widget) throw new Error('no <dexcare-virtual-visit> on the page');
  widget.apiBaseUrl = apiBaseUrl;
  const response = await fetch(new URL('sandbox/sign-in', apiBaseUrl), { method: 'POST' });
  const session = (await response.json()) as Session;
  widget.getAccessToken = async () => session.accessToken;
  widget.patient = session.patient;
  widget.addEventListener('visit-created', (event) => console.log('visit-created', event.detail.visitId));
}
