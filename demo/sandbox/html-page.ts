/** The sandbox's own HTML pages (waiting room, sign-in): one plain layout, no script, a strict CSP. */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Nothing loads but the inline style; forms may post only to `formAction` (a CSP source list). */
export function pageHeaders(formAction = "'none'"): Record<string, string> {
  return {
    'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action ${formAction}`,
    'Referrer-Policy': 'no-referrer',
  };
}

export function htmlPage(title: string, body: string): string {
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
  code { overflow-wrap: anywhere; }
  button { font: inherit; padding: 0.6rem 1.2rem; border: 0; border-radius: 0.375rem; background: #14365d; color: #fff; cursor: pointer; }
  button:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
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
