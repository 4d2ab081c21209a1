// A CMS preview or page builder: fetches the editor's HTML block and sets it with innerHTML once the
// page has loaded. Scripts inserted this way never run; the bundle loaded in <head> must upgrade it.
const base = document.querySelector('meta[name="sandbox"]').content;
await customElements.whenDefined('dexcare-virtual-visit');
await new Promise((resolve) => setTimeout(resolve, 200));
document.querySelector('#builder-slot').innerHTML = `
  <script type="module" src="/dist/dexcare-virtual-visit.js"></script>
  <dexcare-virtual-visit practice-id="0cee700e-f4c1-4459-b390-263e4ded436c" brand="acme"
    api-base-url="${base}" session-url="${base}sandbox/session"
    sign-in-url="${base}sandbox/sign-in?returnUrl={returnUrl}">
    <p>To see a clinician, call (555) 010-0000.</p>
  </dexcare-virtual-visit>`;
