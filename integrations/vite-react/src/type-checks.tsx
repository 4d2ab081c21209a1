// Compiled by `npm run typecheck`, never imported: each mistake below must stay a type error (an
// expect-error directive with no error under it fails the check): the tarball's React types catch them.
import { DexCareVirtualVisit } from '@dexcare/virtual-visit/react';

// @ts-expect-error: requestTimeout is a number of milliseconds.
export const wrongTimeout = <DexCareVirtualVisit practiceId="p" brand="b" requestTimeout="20s" />;
// @ts-expect-error: the token getter answers a string (or a promise of one).
export const wrongGetter = <DexCareVirtualVisit practiceId="p" brand="b" getAccessToken={() => 42} />;
// @ts-expect-error: the event's detail holds no patient data.
export const wrongDetail = <DexCareVirtualVisit onVisitCreated={(event) => event.detail.patient} />;
// @ts-expect-error: the patient is an object with the patient's fields, not a name.
export const wrongPatient = <DexCareVirtualVisit practiceId="p" brand="b" patient="Jane Doe" />;
