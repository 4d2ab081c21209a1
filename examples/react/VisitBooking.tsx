import { useEffect, useState } from 'react';
import { DexCareVirtualVisit } from '@dexcare/virtual-visit/react';
import type { Patient } from '@dexcare/virtual-visit';

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
    <DexCareVirtualVisit
      practiceId="0cee700e-f4c1-4459-b390-263e4ded436c"
      brand="acme"
      apiBaseUrl={apiBaseUrl}
      patient={session?.patient}
      getAccessToken={async () => session?.accessToken}
      onVisitCreated={(event) => {
        event.preventDefault(); // stay in the app; route to event.detail.waitingRoomUrl when you are ready
        setVisitId(event.detail.visitId);
      }}
    >
      <p>Call us at 555-0100 to see a clinician.</p>
    </DexCareVirtualVisit>
  );
}
