import { expect } from '@open-wc/testing';
import { checkPhone } from '../../src/booking/field-rules.js';

describe('checkPhone', () => {
  it('accepts the reference forms', () => {
    for (const phone of ['5552223334', '555-222-3334', '(555) 222-3334']) expect(checkPhone(phone), phone).to.equal(null);
  });
});
