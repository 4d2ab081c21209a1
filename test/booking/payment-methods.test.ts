import { expect } from '@open-wc/testing';
import { offeredPaymentMethods, offersPaymentMethod } from '../../src/booking/payment-methods.js';
import { practice } from './fixtures.js';

describe('offeredPaymentMethods', () => {
  it("names the practice's payment flags in the wire's words", () => {
    expect(offeredPaymentMethods(practice())).to.deep.equal(['insurance', 'creditcard', 'couponcode']);
    expect(offeredPaymentMethods(practice({ payment: { insurance: false, selfPay: true, serviceKey: false } }))).to.deep.equal(['creditcard']);
    expect(offeredPaymentMethods(practice({ payment: { insurance: false, selfPay: false, serviceKey: true } }))).to.deep.equal(['couponcode']);
    expect(offeredPaymentMethods(practice({ payment: { insurance: false, selfPay: false, serviceKey: false } }))).to.deep.equal([]);
  });

  it('tells whether a value is one of them', () => {
    const cardOnly = practice({ payment: { insurance: false, selfPay: true, serviceKey: false } });
    expect(offersPaymentMethod(cardOnly, 'creditcard')).to.equal(true);
    for (const method of ['insurance', 'couponcode', 'selfPay', '']) expect(offersPaymentMethod(cardOnly, method), method).to.equal(false);
  });
});
