import { expect, waitUntil } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { DexCareRegionPicker } from '../../src/components/region-picker.js';
import { queryByLabel } from '../helpers/dom.js';
import { freshSandbox, mountWidget } from '../helpers/widget.js';

/** [r, g, b] of a computed colour (`rgb(…)` or `rgba(…)`). */
const channels = (color: string) => color.match(/[\d.]+/g)!.slice(0, 3).map(Number);

/** WCAG contrast ratio of two computed colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = channels(color).map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

async function regionSelect(): Promise<HTMLSelectElement> {
  const { el } = await mountWidget({ signedIn: false });
  await waitUntil(() => queryByLabel(el, 'Where are you right now?'), 'the region list never appeared');
  return queryByLabel<HTMLSelectElement>(el, 'Where are you right now?')!;
}

describe('the lists (native <select>) look like the other fields in every engine', () => {
  beforeEach(freshSandbox);

  it('no native look (WebKit drew GTK\'s grey box), and an arrow of its own in the text colour', async () => {
    const style = getComputedStyle(await regionSelect());
    expect(style.appearance).to.equal('none');
    expect(style.backgroundColor, 'the field background, as the text fields have').to.not.match(/rgba\(0, 0, 0, 0\)/);
    // The arrow: a gradient (no image a strict CSP could block), drawn in the text colour, so it
    // follows the theme, dark mode included, and stands out from the field (3:1, WCAG 1.4.11).
    expect(style.backgroundImage).to.match(/gradient\(/);
    const arrowColor = /(rgba?\([^)]*\)|currentcolor)/i.exec(style.backgroundImage)![1]!;
    expect(/currentcolor/i.test(arrowColor) || channels(arrowColor).join() === channels(style.color).join(), `${arrowColor} is the text colour`).to.equal(true);
    expect(contrast(style.color, style.backgroundColor)).to.be.at.least(3);
    expect(style.backgroundRepeat).to.equal('no-repeat');
    const [width, height] = style.backgroundSize.split(' ').map(parseFloat);
    expect(width, 'arrow width').to.be.above(4);
    expect(height, 'arrow height').to.be.above(3);
    // Room for it: the chosen state's name never runs under the arrow.
    expect(parseFloat(style.paddingRight)).to.be.at.least(1.375 * parseFloat(style.fontSize));
  });

  it('high contrast: the system draws the list, arrow and all (forced colours drop gradients)', async () => {
    // No test driver here turns forced colours on in every engine, so the picker's own forced-colors rule
    // is switched on instead, as the browser does in high contrast (Chromium's emulation shows the same).
    const sheets = (DexCareRegionPicker.elementStyles as CSSResult[]).map((style) => style.styleSheet!);
    const rules = sheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule);
    const forced = rules.filter((rule) => /forced-colors:\s*active/.test(rule.media.mediaText));
    expect(forced, 'a forced-colors rule').to.have.length.above(0);
    const select = await regionSelect();
    const conditions = forced.map((rule) => rule.media.mediaText);
    try {
      forced.forEach((rule) => (rule.media.mediaText = 'all'));
      expect(getComputedStyle(select).appearance).to.equal('auto');
    } finally {
      forced.forEach((rule, index) => (rule.media.mediaText = conditions[index]!));
    }
  });
});
