import { useEffect, useState } from 'react';
import '@dexcare/virtual-visit'; // defines <dexcare-virtual-visit>
import type { DexCareVirtualVisit, Patient } from '@dexcare/virtual-visit';

// Once per app: what JSX may pass to the element. React 19 sets properties (objects, functions) as
// properties, and `on<event-name>` adds a listener for that event.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'dexcare-virtual-visit': DetailedHTMLProps<HTMLAttributes<DexCareVirtualVisit>, DexCareVirtualVisit> & {
        'practice-id': string;
        brand: string;
        'api-base-url'?: string;
        'region-code'?: string;
        locale?: 'en' | 'es';
        getAccessToken?: DexCareVirtualVisit['getAccessToken'];
        patient?: Patient;
        'onvisit-created'?: (event: HTMLElementEventMap['visit-created']) => void;
        'onsign-in-required'?: (event: HTMLElementEventMap['sign-in-required']) => void;
      };
    }
  }
}

interface Session {
  accessToken: string;
  patient: Patient;
}

export function VisitBooking({ apiBaseUrl }: { apiBaseUrl: string }) {
  const [session, setSession] = useState<Session>();
  const [visitId, setVisitId] = useState<string>();

  useEffect(() => {
    // Your app's sign-in goes here; this example borrows the sandbox's demo patient.
    void fetch(new URL('sandbox/sign-in', apiBaseUrl), { method: 'POST' })
      .then((response) => response.json() as Promise<Session>)
      .then(setSession);
  }, [apiBaseUrl]);

  if (visitId) return <p role="status">Visit {visitId} requested. Taking you to the waiting room…</p>;
  return (
    <dexcare-virtual-visit
      practice-id="0cee700e-f4c1-4459-b390-263e4ded436c"
      brand="acme"
      api-base-url={apiBaseUrl}
      patient={session?.patient}
      getAccessToken={async () => session?.accessToken}
      onvisit-created={(event) => {
        event.preventDefault(); // stay in the app; route to event.detail.waitingRoomUrl when you are ready
        setVisitId(event.detail.visitId);
      }}
    />
  );
}
