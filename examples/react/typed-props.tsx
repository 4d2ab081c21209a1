// Compiled by `npm run typecheck`: the mistakes the React types catch, with the wrapper and with the tag
// itself (typed by `@dexcare/virtual-visit/react-jsx`). Nothing here runs.
import type {} from '@dexcare/virtual-visit/react-jsx';
import { DexCareVirtualVisit } from '@dexcare/virtual-visit/react';

export const wrapper = (
  <DexCareVirtualVisit
    practiceId="0cee700e-f4c1-4459-b390-263e4ded436c"
    brand="acme"
    locale="es-MX"
    requestTimeout={20_000}
    onRegionSelected={(event) => console.log(event.detail.regionCode, event.detail.outOfServiceArea)}
    onVisitError={(event) => console.log(event.detail.kind)}
  />
);

// @ts-expect-error: requestTimeout is a number of milliseconds.
export const wrongTimeout = <DexCareVirtualVisit practiceId="p" brand="b" requestTimeout="20s" />;
// @ts-expect-error: the token getter answers a string (or a promise of one).
export const wrongGetter = <DexCareVirtualVisit practiceId="p" brand="b" getAccessToken={() => 42} />;
// @ts-expect-error: the event carries no patient data.
export const wrongDetail = <DexCareVirtualVisit onVisitCreated={(event) => event.detail.patient} />;

export const tag = (
  <dexcare-virtual-visit
    practice-id="0cee700e-f4c1-4459-b390-263e4ded436c"
    brand="acme"
    mode="dialog"
    onvisit-created={(event) => console.log(event.detail.visitId)}
  />
);
// @ts-expect-error: mode is "inline" or "dialog".
export const wrongMode = <dexcare-virtual-visit practice-id="p" brand="b" mode="popup" />;
