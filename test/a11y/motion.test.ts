import { expect } from '@open-wc/testing';
import { deepQueryAll } from '../helpers/dom.js';
import { freshSandbox, settleSandbox, WIDGET_STATES } from './widget-states.js';
import { emulateMedia, resetMedia } from '../helpers/media.js';

/** Elements that move: a running animation, or a transition that lasts. */
function moving(root: Element): string[] {
  return deepQueryAll(root, '*')
    .map((node) => ({ node, style: getComputedStyle(node) }))
    .filter(({ style }) => style.animationName !== 'none' || style.transitionDuration.split(',').some((d) => parseFloat(d) > 0))
    .map(({ node, style }) => `${node.localName}.${node.className}: ${style.animationName} / ${style.transitionDuration}`);
}

const MOVING_STATES = ['loading', 'checking the region', 'open', 'form with errors', 'submitting'];

describe('a11y: motion only when prefers-reduced-motion allows it', () => {
  beforeEach(freshSandbox);
  afterEach(settleSandbox);
  after(resetMedia);

  for (const state of WIDGET_STATES.filter(({ name }) => MOVING_STATES.includes(name))) {
    it(`${state.name}: nothing moves under "reduce"`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await state.reach();
      expect(moving(el)).to.deep.equal([]);
    });
  }

  it('the skeleton pulses under "no-preference" (so the check above means something)', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await WIDGET_STATES.find(({ name }) => name === 'checking the region')!.reach();
    const [skeleton] = deepQueryAll(el, '.skeleton.long');
    expect(getComputedStyle(skeleton!).animationName).to.equal('pulse');
    expect(moving(el).length, 'the skeleton at least').to.be.greaterThan(0);
  });
});
