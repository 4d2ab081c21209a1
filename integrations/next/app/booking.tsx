'use client';
// The client component around the React wrapper: it holds what a Server Component cannot pass (the
// token getter, a function) and the visit id it shows after `visit-created`.
import { useEffect, useState } from 'react';
import { DexCareVirtualVisit } from '@dexcare/virtual-visit/react';
import type { Patient } from '@dexcare/virtual-visit';

interface Session {
  accessToken: string;
  patient: Patient;
}

export function Booking({ apiBaseUrl }: { apiBaseUrl: string }) {
  const [session, setSession] = useState<Session>();
  const [visitId, setVisitId] = useState<string>();

  useEffect(() => {
    // The app's sign-in; here the sandbox's demo patient.
    void fetch(new URL('sandbox/sign-in', apiBaseUrl), { method: 'POST' })
      .then((response) => response.json() as Promise<Session>)
      .then(setSession);
  }, [apiBaseUrl]);

  if (visitId) return <p role="status" data-visit-id={visitId}>Visit {visitId} requested.</p>;
  return (
    <DexCareVirtualVisit
      practiceId="0cee700e-f4c1-4459-b390-263e4ded436c"
      brand="acme"
      apiBaseUrl={apiBaseUrl}
      getAccessToken={async () => session?.accessToken}
      patient={session?.patient}
      onVisitCreated={(event) => {
        event.preventDefault(); // stay in the app instead of going to event.detail.waitingRoomUrl
        setVisitId(event.detail.visitId);
      }}
    >
      <p>To see a clinician, call (555) 010-0000.</p>
    </DexCareVirtualVisit>
  );
}
