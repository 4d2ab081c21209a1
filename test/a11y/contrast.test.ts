import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { DexCareVirtualVisit } from '../../src/widget/dexcare-virtual-visit.js';
import { emulateMedia, resetMedia } from '../helpers/media.js';

/** WCAG 2.x relative luminance of an `rgb(r, g, b)` string. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** A token's colour as the browser resolves it inside the widget (theme.ts defaults, per colour scheme). */
function token(el: DexCareVirtualVisit, name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(--_${name})`;
  el.shadowRoot!.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

// [foreground, background, where it is used]
const TEXT_PAIRS: [string, string, string][] = [
  ['text', 'surface', 'body text'],
  ['text', 'surface-alt', 'notices and the badge'],
  ['muted', 'surface', 'hints and "(required)"'],
  ['muted', 'surface-alt', 'badge details'],
  ['primary', 'surface', 'links and secondary buttons'],
  ['primary', 'surface-alt', 'links in notices'],
  ['on-primary', 'primary', 'primary buttons'],
  ['danger', 'surface', 'error messages and summary links'],
];

const CONTROL_PAIRS: [string, string, string][] = [
  ['border', 'surface', 'field borders'],
  ['primary', 'surface', 'button borders, checked radios'],
  ['danger', 'surface', 'invalid field borders'],
  ['focus', 'surface', 'focus ring'],
  ['focus', 'surface-alt', 'focus ring on notices'],
  ['success', 'surface-alt', '"Open" stripe'],
  ['warning', 'surface-alt', '"Closed" stripe'],
  ['danger', 'surface-alt', 'error stripe'],
];

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`a11y: contrast of the ${colorScheme} default tokens`, () => {
    let el: DexCareVirtualVisit;
    before(async () => {
      await emulateMedia({ colorScheme });
      // Mounted by hand: fixture() removes its element after each test, and these tests share one.
      el = document.createElement('dexcare-virtual-visit');
      document.body.append(el);
      await el.updateComplete;
    });
    after(async () => {
      el.remove();
      await resetMedia();
    });

    for (const [fg, bg, use] of TEXT_PAIRS) {
      it(`text ${fg} on ${bg} (${use}) is at least 4.5:1`, () => {
        expect(contrast(token(el, fg), token(el, bg))).to.be.at.least(4.5);
      });
    }
    for (const [fg, bg, use] of CONTROL_PAIRS) {
      it(`control ${fg} on ${bg} (${use}) is at least 3:1`, () => {
        expect(contrast(token(el, fg), token(el, bg))).to.be.at.least(3);
      });
    }

    it('the two schemes really differ (the media query is in force)', () => {
      expect(token(el, 'surface')).to.equal(colorScheme === 'dark' ? 'rgb(22, 27, 34)' : 'rgb(255, 255, 255)');
    });
  });
}
