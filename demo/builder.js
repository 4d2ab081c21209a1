/**
 * The snippet builder at /builder: the settings form drives a live widget against this sandbox and the
 * three snippets; each Copy button uses the Clipboard API, and where that is refused it selects the
 * text and says how to copy it by hand.
 */
import { elementAttributes, settingsProblems, snippets, themeStyle } from './builder-snippets.js';

const form = document.getElementById('settings');
const preview = document.getElementById('preview');
const here = location.origin;
const distUrl = `${here}/dist/`;

// Defaults that work against this sandbox as they are.
const defaults = {
  'practice-id': '0cee700e-f4c1-4459-b390-263e4ded436c',
  brand: 'acme',
  'api-base-url': `${here}/`,
  'session-url': `${here}/sandbox/session`,
  'sign-in-url': `${here}/sandbox/sign-in?returnUrl={returnUrl}`,
};
for (const [name, value] of Object.entries(defaults)) form.elements[name].value = value;

const read = () => Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, String(value)]));

let shownKey = '';

function update() {
  const settings = read();
  const problems = settingsProblems(settings);
  for (const field of form.querySelectorAll('input[aria-describedby]')) {
    const error = document.getElementById(`${field.name}-error`);
    if (!error) continue;
    error.textContent = problems[field.name] ?? '';
    field.setAttribute('aria-invalid', String(Boolean(problems[field.name])));
  }
  const out = snippets(settings, distUrl);
  for (const [kind, text] of Object.entries(out)) document.getElementById(`snippet-${kind}`).value = Object.keys(problems).length ? `<!-- Fix the settings marked above first. -->\n${text}` : text;

  // The live widget: a new one when the attributes change (what a pasted snippet would do), the theme in place.
  const attributes = elementAttributes(settings, settings.mode);
  const key = JSON.stringify(Object.keys(problems).length ? 'invalid' : attributes);
  if (key !== shownKey) {
    shownKey = key;
    preview.replaceChildren();
    if (!Object.keys(problems).length) {
      const widget = document.createElement('dexcare-virtual-visit');
      for (const [name, value] of attributes) widget.setAttribute(name, value);
      preview.append(widget);
    }
  }
  preview.querySelector('dexcare-virtual-visit')?.setAttribute('style', themeStyle(settings));
}

form.addEventListener('input', update);
form.addEventListener('change', update);
update();

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const area = document.getElementById(button.dataset.copy);
    const status = button.parentElement.querySelector('.copy-status');
    try {
      await navigator.clipboard.writeText(area.value);
      status.textContent = 'Copied.';
    } catch {
      area.focus();
      area.select();
      status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
    }
  });
}
