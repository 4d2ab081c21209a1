/** `GET /DexCare/visit/{visitId}?brand=…`: a tiny, accessible stand-in for DexCare's waiting room. */
import type { Context } from './context.js';
import { escapeHtml, htmlPage, pageHeaders } from './html-page.js';
import type { Reply } from './http-util.js';

const PAGE_HEADERS = pageHeaders();

export function waitingRoom({ store, params, query }: Context): Reply {
  const visit = store.visits.get(params[0]!);
  if (!visit) {
    const body = `<h1>Visit not found</h1>\n<p>We couldn't find this visit. Please check the link or book again.</p>`;
    return { status: 404, html: htmlPage('Visit not found', body), headers: PAGE_HEADERS };
  }
  const region = store.region(visit.regionId);
  const position = store.queuePosition(visit);
  const brand = query.get('brand') ?? '';
  const greeting = visit.patientFirstName ? `${escapeHtml(visit.patientFirstName)}, a` : 'A';
  const body = `<h1>You're in the waiting room</h1>
<p role="status">${greeting} clinician will be with you soon. Please keep this page open.</p>
<dl>
  <dt>Visit</dt><dd>${escapeHtml(visit.visitId)}</dd>
  <dt>Brand</dt><dd>${escapeHtml(brand) || '—'}</dd>
  <dt>Location</dt><dd>${escapeHtml(region?.displayName ?? '')}</dd>
  <dt>Place in line</dt><dd>${position === undefined ? '—' : String(position)}</dd>
</dl>`;
  return { status: 200, html: htmlPage("You're in the waiting room", body), headers: PAGE_HEADERS };
}
