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

  it('another patient signing in replaces what came from the first record, and keeps what was typed', () => {
    const grace = { ...ADA, phone: '555-888-1212', email: 'grace@example.org', address: { line1: '9 Elm St', city: 'Boise', state: 'ID', postalCode: '83702' } };
    const forAda = { ...prefillVisitForm(ADA), visitReason: 'Rash', city: 'Butte' };
    const forGrace = prefillVisitForm(grace, forAda, ADA);
    expect(forGrace).to.deep.equal({
      ...EMPTY_VISIT_FORM,
      visitReason: 'Rash',
      phone: '555-888-1212',
      email: 'grace@example.org',
      addressLine1: '9 Elm St',
      city: 'Butte',
      state: 'ID',
      postalCode: '83702',
    });
  });

  it('signing out takes the record\'s details off the form, and keeps what was typed', () => {
    const typed = { ...prefillVisitForm(ADA), visitReason: 'Rash', phone: '406-555-0199' };
    expect(prefillVisitForm(undefined, typed, ADA)).to.deep.equal({ ...EMPTY_VISIT_FORM, visitReason: 'Rash', phone: '406-555-0199' });
  });

  it('takes a state in any case as its code', () => {
    expect(prefillVisitForm({ ...ADA, address: { ...ADA.address, state: 'mt' } }).state).to.equal('MT');
  });

  it('leaves the empty form alone', () => {
    prefillVisitForm(ADA);
    expect(EMPTY_VISIT_FORM.phone).to.equal('');
  });
});
