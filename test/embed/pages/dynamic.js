// A single-page app: the widget is created by script after the page has loaded, taken out of the page
// when the patient navigates away, and put back (the same element, or a new one).
import { connect, embed } from './host.js';

const slot = document.getElementById('slot');
let widget;

function createWidget() {
  const element = document.createElement('dexcare-virtual-visit');
  element.id = `widget-${embed.widgets + 1}`;
  element.setAttribute('practice-id', '0cee700e-f4c1-4459-b390-263e4ded436c');
  element.setAttribute('brand', 'acme');
  element.setAttribute('api-base-url', document.body.dataset.api);
  return element;
}

async function show(fresh) {
  if (fresh || !widget) {
    widget?.remove();
    widget = createWidget();
    await connect(widget);
  }
  slot.append(widget);
}

document.getElementById('add').addEventListener('click', () => show(false).catch((error) => embed.errors.push(String(error))));
document.getElementById('add-new').addEventListener('click', () => show(true).catch((error) => embed.errors.push(String(error))));
document.getElementById('remove').addEventListener('click', () => widget?.remove());

// After load, as an app renders its route.
window.addEventListener('load', () => setTimeout(() => show(false).then(() => (embed.ready = true)), 50));
