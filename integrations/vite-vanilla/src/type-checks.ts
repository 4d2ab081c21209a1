// Compiled by `npm run typecheck`, never imported: each mistake below must stay a type error (an
// expect-error directive with no error under it fails the check): the tarball's types catch them.
import type { DexCareVirtualVisit } from '@dexcare/virtual-visit/bundle';

export function mistakes(widget: DexCareVirtualVisit): void {
  // @ts-expect-error: requestTimeout is a number of milliseconds.
  widget.requestTimeout = '20s';
  // @ts-expect-error: mode is "inline" or "dialog".
  widget.mode = 'popup';
  // @ts-expect-error: the event's detail holds no patient data.
  widget.addEventListener('visit-created', (event) => event.detail.patient);
}

// The tag is typed for querySelector and createElement through the package import.
export const typed: DexCareVirtualVisit | null = document.querySelector('dexcare-virtual-visit');
export const created: DexCareVirtualVisit = document.createElement('dexcare-virtual-visit');
