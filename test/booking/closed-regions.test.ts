import { expect } from '@open-wc/testing';
import { everyRegionClosed, knownClosed } from '../../src/booking/closed-regions.js';
import { region } from './fixtures.js';

const none = new Map<string, boolean>();

describe('knownClosed', () => {
  it('a busy region is closed without asking', () => {
    expect(knownClosed(region({ busy: true }), none)).to.equal(true);
  });

  it('any other region: only asking tells, whatever its windows say on this device\'s clock', () => {
    expect(knownClosed(region(), none)).to.equal(undefined);
    const later = region({ availability: [{ start: '2000-01-03T15:00:00.000Z', end: '2000-01-03T23:00:00.000Z' }] });
    expect(knownClosed(later, none)).to.equal(undefined);
  });

  it('the region\'s own availability answer wins over its busy flag', () => {
    expect(knownClosed(region({ id: 'r1', busy: true }), new Map([['r1', true]]))).to.equal(false);
    expect(knownClosed(region({ id: 'r2' }), new Map([['r2', false]]))).to.equal(true);
  });
});

describe('everyRegionClosed', () => {
  it('true only when each region is known closed', () => {
    const busy = region({ id: 'a', busy: true });
    const unknown = region({ id: 'b' });
    expect(everyRegionClosed([busy, unknown], none)).to.equal(false);
    expect(everyRegionClosed([busy, unknown], new Map([['b', false]]))).to.equal(true);
    expect(everyRegionClosed([busy, unknown], new Map([['b', true]]))).to.equal(false);
  });

  it('false for no regions (that has its own message)', () => {
    expect(everyRegionClosed([], none)).to.equal(false);
  });
});
