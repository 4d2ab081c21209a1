import { expect } from '@open-wc/testing';
import { prefillVisitForm } from '../../src/booking/visit-form-prefill.js';
import { EMPTY_VISIT_FORM } from '../../src/booking/visit-form-values.js';
import { ADA } from './fixtures.js';

describe('prefillVisitForm', () => {
  it("opens the form with the signed-in patient's contact details", () => {
    expect(prefillVisitForm(ADA)).to.deep.equal({
      ...EMPTY_VISIT_FORM,
      phone: '555-222-3334',
      email: 'ada@example.org',
      addressLine1: '1 Main St',
      city: 'Helena',
      state: 'MT',
      postalCode: '59601',
    });
  });

  it('keeps what the patient already typed', () => {
    const values = prefillVisitForm(ADA, { ...EMPTY_VISIT_FORM, phone: '406-555-0199', visitReason: 'Rash' });
    expect(values.phone).to.equal('406-555-0199');
    expect(values.visitReason).to.equal('Rash');
    expect(values.email).to.equal('ada@example.org');
  });

  it('copes with a patient without an address', () => {
    const values = prefillVisitForm({ ...ADA, address: undefined as never });
    expect(values.addressLine1).to.equal('');
    expect(values.city).to.equal('');
  });

  it('leaves the empty form alone', () => {
    prefillVisitForm(ADA);
    expect(EMPTY_VISIT_FORM.phone).to.equal('');
  });
});
