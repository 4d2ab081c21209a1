import { expect } from '@open-wc/testing';
import { isGender, isRelationship } from '../../src/booking/choices.js';
import { US_STATES, type RuleError } from '../../src/booking/field-rules.js';
import {
  DECLARATION_OPTIONS,
  GENDER_OPTIONS,
  INSURANCE_DECLARATION_OPTIONS,
  PAYMENT_METHOD_OPTIONS,
  RELATIONSHIPS,
  US_STATE_NAMES,
  errorSummaryHeading,
  fieldErrorMessage,
  fieldLabel,
  usStateOptions,
} from '../../src/booking/messages.js';
import { EMPTY_VISIT_FORM, type VisitFormField } from '../../src/booking/visit-form-values.js';

const ALL_FIELDS = Object.keys(EMPTY_VISIT_FORM) as VisitFormField[];
const rule = (name: RuleError) => ({ rule: name });

describe('fieldLabel', () => {
  it('labels every field plainly', () => {
    expect(fieldLabel('visitReason')).to.equal('Reason for visit');
    expect(fieldLabel('phone')).to.equal('Phone');
    expect(fieldLabel('email')).to.equal('Email');
    expect(fieldLabel('addressLine1')).to.equal('Street address');
    expect(fieldLabel('addressLine2')).to.equal('Apartment, suite, etc. (optional)');
    expect(fieldLabel('postalCode')).to.equal('ZIP code');
    expect(fieldLabel('declaration')).to.equal('Who is this visit for?');
    expect(fieldLabel('dependentDateOfBirth')).to.equal('Date of birth');
    expect(fieldLabel('dependentGender')).to.equal('Gender');
    expect(fieldLabel('relationshipToPatient')).to.equal('Your relationship to the patient');
    expect(fieldLabel('couponCode')).to.equal('Coupon or service key');
    expect(fieldLabel('insuranceMemberId')).to.equal('Member ID');
    expect(fieldLabel('holderFirstName')).to.equal("Policy holder's first name");
    expect(fieldLabel('departmentId')).to.equal('Department');
    expect(fieldLabel('acceptedTerms')).to.equal('I accept the terms of service');
  });

  it('has a label for each field of the form, none blank, none twice', () => {
    const labels = ALL_FIELDS.map(fieldLabel);
    for (const label of labels) expect(label.trim()).not.to.equal('');
    expect(new Set(labels).size).to.equal(labels.length);
  });
});

describe('fieldErrorMessage', () => {
  it('tells how to fix a badly formed value', () => {
    expect(fieldErrorMessage('phone', rule('invalid-phone'))).to.equal('Enter a phone number like 555-222-3334');
    expect(fieldErrorMessage('postalCode', rule('invalid-zip'))).to.equal('Enter a ZIP code like 12345 or 12345-6789');
    expect(fieldErrorMessage('email', rule('invalid-email'))).to.equal('Enter an email address like name@example.com');
    expect(fieldErrorMessage('dependentDateOfBirth', rule('future-date'))).to.equal('Enter a date of birth that is not in the future');
    expect(fieldErrorMessage('declaration', rule('not-adult'))).to.equal('The person booking for someone else must be 18 or older');
    expect(fieldErrorMessage('acceptedTerms', rule('terms-not-accepted'))).to.equal('Accept the terms to continue');
    expect(fieldErrorMessage('state', rule('invalid-state'))).to.equal('Choose a state from the list');
  });

  it('names the limit of each too-long field', () => {
    expect(fieldErrorMessage('visitReason', rule('too-long'))).to.equal('Keep the reason to 500 characters or fewer');
    expect(fieldErrorMessage('email', rule('too-long'))).to.equal('Enter an email address of 254 characters or fewer');
    expect(fieldErrorMessage('holderLastName', rule('too-long'))).to.equal('Keep the name to 50 characters or fewer');
    expect(fieldErrorMessage('addressLine1', rule('too-long'))).to.equal('Keep this to 45 characters or fewer');
  });

  it('asks for each missing field in its own words', () => {
    expect(fieldErrorMessage('visitReason', rule('required'))).to.equal('Enter the reason for your visit');
    expect(fieldErrorMessage('dependentFirstName', rule('required'))).to.equal("Enter the patient's first name");
    expect(fieldErrorMessage('relationshipToPatient', rule('required'))).to.equal('Choose your relationship to the patient');
    expect(fieldErrorMessage('paymentMethod', rule('required'))).to.equal('Choose a payment method');
    const messages = ALL_FIELDS.map((field) => fieldErrorMessage(field, rule('required')));
    expect(new Set(messages).size, 'one message per field').to.equal(ALL_FIELDS.length);
  });

  it("returns the server's words as they came", () => {
    expect(fieldErrorMessage('couponCode', { serverMessage: 'This service key has expired.' })).to.equal('This service key has expired.');
  });

  it('has a sentence for every rule on every field', () => {
    const rules: RuleError[] = ['required', 'too-long', 'invalid-phone', 'invalid-email', 'invalid-zip', 'invalid-state', 'invalid-date', 'future-date', 'not-adult', 'invalid-name', 'terms-not-accepted'];
    for (const field of ALL_FIELDS) for (const name of rules) expect(fieldErrorMessage(field, rule(name)), `${field} ${name}`).to.match(/^\S.+\S$/);
  });
});

describe('errorSummaryHeading', () => {
  it('counts the problems', () => {
    expect(errorSummaryHeading(1)).to.equal('Please fix 1 problem before booking');
    expect(errorSummaryHeading(3)).to.equal('Please fix 3 problems before booking');
  });
});

describe('choices', () => {
  it("lists DexCare's relationships with its wire values", () => {
    expect(RELATIONSHIPS.map((r) => r.value)).to.deep.equal([
      'Mother', 'Father', 'Grand parent', 'Step parent', 'Foster parent', 'Legal guardian', 'Relative', 'Non relative',
      'Brother', 'Sister', 'Daughter', 'Son', 'Friend', 'Grand child', 'Spouse', 'Significant other', 'Case manager',
      'Domestic partner', 'Employer', 'Power of attorney', 'Surrogate or proxy',
    ]);
    expect(RELATIONSHIPS.find((r) => r.value === 'Grand parent')?.label).to.equal('Grandparent');
    expect(isRelationship('Legal guardian')).to.equal(true);
    expect(isRelationship('legal guardian')).to.equal(false);
    expect(isRelationship('Neighbour')).to.equal(false);
    expect(isRelationship('')).to.equal(false);
  });

  it('offers the genders DexCare takes', () => {
    expect(GENDER_OPTIONS.map((g) => [g.value, g.label])).to.deep.equal([['female', 'Female'], ['male', 'Male'], ['other', 'Other']]);
    expect(isGender('other')).to.equal(true);
    for (const value of ['unknown', 'nonbinary', 'Male', '']) expect(isGender(value), value).to.equal(false);
  });

  it('labels declarations and payment methods', () => {
    expect(DECLARATION_OPTIONS.map((d) => d.value)).to.deep.equal(['self', 'other']);
    expect(INSURANCE_DECLARATION_OPTIONS.map((d) => d.value)).to.deep.equal(['self', 'other']);
    expect(PAYMENT_METHOD_OPTIONS.map((p) => [p.value, p.label])).to.deep.equal([
      ['insurance', 'Insurance'],
      ['creditcard', 'Credit or debit card'],
      ['couponcode', 'Coupon code'],
    ]);
  });

  it('spreads into plain objects with the label', () => {
    expect({ ...GENDER_OPTIONS[0] }).to.deep.equal({ value: 'female', label: 'Female' });
  });
});

describe('US state names', () => {
  it('names every accepted code, territories included', () => {
    expect(Object.keys(US_STATE_NAMES)).to.deep.equal([...US_STATES]);
    expect(US_STATE_NAMES.MT).to.equal('Montana');
    expect(US_STATE_NAMES.DC).to.equal('District of Columbia');
    expect(US_STATE_NAMES.PR).to.equal('Puerto Rico');
    expect(US_STATE_NAMES.UM).to.equal('U.S. Minor Outlying Islands');
    expect(US_STATE_NAMES.VI).to.equal('U.S. Virgin Islands');
  });

  it('cannot be changed', () => {
    expect(Object.isFrozen(US_STATE_NAMES)).to.equal(true);
  });

  it('sorts the options by name', () => {
    const options = usStateOptions('en');
    expect(options).to.have.length(US_STATES.length);
    expect(options.slice(0, 3).map((o) => o.value)).to.deep.equal(['AL', 'AK', 'AS']);
    expect(options.find((o) => o.value === 'NY')?.label).to.equal('New York');
  });
});
