/** Mounts the real widget, signed in, with a `locale` from the first render, against the sandbox. */
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/index.js';
import type { DexCareVirtualVisit } from '../../src/widget/dexcare-virtual-visit.js';
import type { VisitCreatedDetail } from '../../src/widget/events.js';
import { ACME_PRACTICE_ID, SANDBOX_URL, signIn } from '../helpers/sandbox.js';

export async function mountInLocale(locale: string | undefined) {
  const { accessToken, patient } = await signIn();
  const el = await fixture<DexCareVirtualVisit>(
    html`<dexcare-virtual-visit
      practice-id=${ACME_PRACTICE_ID}
      brand="acme"
      api-base-url=${SANDBOX_URL}
      locale=${ifDefined(locale)}
      .getAccessToken=${async () => accessToken}
      .patient=${patient}
    ></dexcare-virtual-visit>`,
  );
  const created: VisitCreatedDetail[] = [];
  el.addEventListener('visit-created', (event) => {
    event.preventDefault();
    created.push(event.detail);
  });
  return { el, created };
}
