import { connectAll, embed } from './host.js';

/** A module script added to the page, as a tag manager or a second embed would add it. */
function addScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

// Once the widgets are up, a third team loads the bundle again, and an independent copy of it (another
// URL: its own Lit, its own element classes). The widgets already on the page must not notice.
window.loadAnotherCopy = async () => {
  await addScript('/dist/dexcare-virtual-visit.js?v=3');
  await addScript('/copy/dist/dexcare-virtual-visit.js');
  embed.anotherCopyLoaded = true;
};

connectAll().then(
  () => (embed.ready = true),
  (error) => embed.errors.push(String(error)),
);
