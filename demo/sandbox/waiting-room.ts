/** `GET /DexCare/visit/{visitId}?brand=…`: a tiny, accessible stand-in for DexCare's waiting room. */
import type { Context } from './context.js';
import type { Reply } from './http-util.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const PAGE_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
  'Referrer-Policy': 'no-referrer',
};

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; margin: 0; padding: 2rem 1rem; color: #1a1a1a; background: #f6f7f9; }
  main { max-width: 36rem; margin: 0 auto; background: #fff; border-radius: 0.5rem; padding: 1.5rem; }
  dt { font-weight: 600; } dd { margin: 0 0 0.75rem; overflow-wrap: anywhere; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function waitingRoom({ store, params, query }: Context): Reply {
  const visit = store.visits.get(params[0]!);
  if (!visit) {
    const body = `<h1>Visit not found</h1>\n<p>We couldn't find this visit. Please check the link or book again.</p>`;
    return { status: 404, html: page('Visit not found', body), headers: PAGE_HEADERS };
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
  return { status: 200, html: page("You're in the waiting room", body), headers: PAGE_HEADERS };
}
