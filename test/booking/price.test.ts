import { expect } from '@open-wc/testing';
import { formatPrice } from '../../src/booking/price.js';

describe('formatPrice', () => {
  it('shows cents as US dollars, whole dollars without cents', () => {
    expect(formatPrice(4900, 'en-US')).to.equal('$49');
    expect(formatPrice(4950, 'en-US')).to.equal('$49.50');
    expect(formatPrice(4905, 'en-US')).to.equal('$49.05');
    expect(formatPrice(123456, 'en-US')).to.equal('$1,234.56');
    expect(formatPrice(0, 'en-US')).to.equal('$0');
  });

  it('follows the locale', () => {
    expect(formatPrice(4950, 'es-US')).to.match(/49[.,]50/);
    expect(formatPrice(4950, 'es-US')).to.include('$');
  });

  it('never shows less than nothing', () => {
    expect(formatPrice(-500, 'en-US')).to.equal('$0');
  });

  it('says so when the price makes no sense', () => {
    for (const cents of [NaN, Infinity, -Infinity]) expect(formatPrice(cents, 'en-US')).to.equal('Price unavailable');
  });
});
