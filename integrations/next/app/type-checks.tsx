// Type-checked by `npm run typecheck` (and by `next build`), never imported: each mistake below must
// stay a type error (an expect-error directive with no error under it fails the check).
import { DexCareVirtualVisit } from '@dexcare/virtual-visit/react';

// @ts-expect-error: requestTimeout is a number of milliseconds.
export const wrongTimeout = <DexCareVirtualVisit practiceId="p" brand="b" requestTimeout="20s" />;
// @ts-expect-error: the event's detail holds no patient data.
export const wrongDetail = <DexCareVirtualVisit onVisitCreated={(event) => event.detail.patient} />;
