import { expect } from '@open-wc/testing';
import { withCardAvailability, withFixedDepartment } from '../../src/booking/host-configuration.js';
import { offeredPaymentMethods } from '../../src/booking/payment-methods.js';
import { hasDepartmentChoice } from '../../src/booking/regions.js';
import { PEDIATRICS, URGENT_CARE, practice, region } from './fixtures.js';

describe('withCardAvailability', () => {
  it('without a card processor the card is not offered; the rest stays', () => {
    const acme = practice();
    expect(offeredPaymentMethods(withCardAvailability(acme, false))).to.deep.equal(['insurance', 'couponcode']);
    expect(acme.payment.selfPay, 'the original is untouched').to.equal(true);
  });

  it('returns the same object when nothing changes, so the form is not re-rendered', () => {
    const acme = practice();
    expect(withCardAvailability(acme, true)).to.equal(acme);
    const noCards = practice({ payment: { insurance: true, selfPay: false, serviceKey: true } });
    expect(withCardAvailability(noCards, false)).to.equal(noCards);
  });
});

describe('withFixedDepartment', () => {
  const twoDepartments = region({ departments: [URGENT_CARE, PEDIATRICS] });

  it('narrows the region to the fixed department, so the patient is not asked', () => {
    const fixed = withFixedDepartment(twoDepartments, ' dept-peds ');
    expect(fixed.departments).to.deep.equal([PEDIATRICS]);
    expect(hasDepartmentChoice(fixed)).to.equal(false);
    expect(twoDepartments.departments, 'the original is untouched').to.have.length(2);
  });

  it('ignores an id the region does not have, and a blank one: the patient chooses', () => {
    expect(withFixedDepartment(twoDepartments, 'dept-elsewhere')).to.equal(twoDepartments);
    expect(withFixedDepartment(twoDepartments, '')).to.equal(twoDepartments);
  });

  it('leaves a one-department region as it is', () => {
    const one = region();
    expect(withFixedDepartment(one, URGENT_CARE.id)).to.equal(one);
  });
});
