// Compiled by `npm run typecheck`: what a TypeScript host gets from the package's types, and the
// mistakes they catch. Nothing here runs.
import type { DexCareVirtualVisit, Patient, VisitCreatedDetail } from '@dexcare/virtual-visit';
import '@dexcare/virtual-visit';

declare const session: { token(): Promise<string>; patient: Patient };

// HTMLElementTagNameMap: the tag name gives the element's class.
const widget = document.querySelector('dexcare-virtual-visit');
const created: DexCareVirtualVisit = document.createElement('dexcare-virtual-visit');

if (widget) {
  widget.practiceId = '0cee700e-f4c1-4459-b390-263e4ded436c';
  widget.getAccessToken = () => session.token();
  widget.patient = session.patient;
  widget.insurancePayers = [{ name: 'Aetna', payerId: 'AETNA' }];

  // HTMLElementEventMap: each event's detail is typed.
  widget.addEventListener('visit-created', (event) => {
    const detail: VisitCreatedDetail = event.detail;
    if (!detail.waitingRoomUrl.startsWith('https:')) event.preventDefault();
  });
  widget.addEventListener('sign-in-required', (event) => {
    const reason: 'no-patient' | 'no-token' | 'expired' = event.detail.reason;
    void reason;
  });
  widget.addEventListener('availability-changed', (event) => {
    const seconds: number | null = event.detail.waitTimeSeconds;
    void seconds;
  });
  widget.addEventListener('visit-error', (event) => {
    const status: number | undefined = event.detail.status;
    void status;
  });

  // @ts-expect-error: the event carries no patient data.
  widget.addEventListener('visit-created', (event) => event.detail.patient);
  // @ts-expect-error: the token getter answers a string (or a promise of one).
  widget.getAccessToken = () => 42;
  // @ts-expect-error: a patient needs its identifier.
  widget.patient = { firstName: 'Ada' };
}

// Events bubble and compose out of the shadow root: a listener on any ancestor element is typed too.
document.querySelector('main')?.addEventListener('visit-created', (event) => console.log(event.detail.visitId));
void created;
