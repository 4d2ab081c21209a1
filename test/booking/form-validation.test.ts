import { expect } from '@open-wc/testing';
import { relevantFields, validateField, validateVisitForm, type BookingContext } from '../../src/booking/form-validation.js';
import type { VisitFormValues } from '../../src/booking/visit-form-values.js';
import { ADA, DEPENDENT, NOON_2024_06_15, PEDIATRICS, URGENT_CARE, filledForm, practice, region } from './fixtures.js';

const ctx = (overrides: Partial<BookingContext> = {}): BookingContext => ({ practice: practice(), region: region(), patient: ADA, now: NOON_2024_06_15, ...overrides });
const TWO_DEPARTMENTS = region({ departments: [URGENT_CARE, PEDIATRICS] });
const CONTACT = ['phone', 'email', 'addressLine1', 'addressLine2', 'city', 'state', 'postalCode'];
const DEPENDENT_FIELDS = ['dependentFirstName', 'dependentLastName', 'dependentDateOfBirth', 'dependentGender', 'relationshipToPatient'];
const HOLDER = ['holderFirstName', 'holderLastName', 'holderDateOfBirth', 'holderGender'];

const INSURED: Partial<VisitFormValues> = { paymentMethod: 'insurance', insuranceProviderId: 'payer-42', insuranceMemberId: 'XJ123456' };
const HOLDER_VALUES: Partial<VisitFormValues> = { insuranceDeclaration: 'other', holderFirstName: 'Charles', holderLastName: 'Babbage', holderDateOfBirth: '1971-12-26', holderGender: 'male' };

describe('relevantFields', () => {
  it('self visit by card: reason, who, contact, payment, terms', () => {
    expect(relevantFields(filledForm(), ctx())).to.deep.equal(['visitReason', 'declaration', ...CONTACT, 'paymentMethod', 'acceptedTerms']);
  });

  it("visit for someone else: the dependent's fields after the declaration", () => {
    expect(relevantFields(filledForm(DEPENDENT), ctx())).to.deep.equal(['visitReason', 'declaration', ...DEPENDENT_FIELDS, ...CONTACT, 'paymentMethod', 'acceptedTerms']);
  });

  it('asks for a department only when the region has several', () => {
    expect(relevantFields(filledForm(), ctx({ region: TWO_DEPARTMENTS }))).to.deep.equal(['visitReason', 'declaration', ...CONTACT, 'departmentId', 'paymentMethod', 'acceptedTerms']);
    expect(relevantFields(filledForm(), ctx())).not.to.include('departmentId');
  });

  it('coupon: the code', () => {
    expect(relevantFields(filledForm({ paymentMethod: 'couponcode' }), ctx())).to.deep.equal(['visitReason', 'declaration', ...CONTACT, 'paymentMethod', 'couponCode', 'acceptedTerms']);
  });

  it("own insurance: provider, member id, whose; someone else's: the holder too", () => {
    const insurance = ['paymentMethod', 'insuranceProviderId', 'insuranceMemberId', 'insuranceDeclaration'];
    expect(relevantFields(filledForm(INSURED), ctx())).to.deep.equal(['visitReason', 'declaration', ...CONTACT, ...insurance, 'acceptedTerms']);
    expect(relevantFields(filledForm({ ...INSURED, ...HOLDER_VALUES }), ctx())).to.deep.equal(['visitReason', 'declaration', ...CONTACT, ...insurance, ...HOLDER, 'acceptedTerms']);
  });

  it('everything at once, in visual order', () => {
    expect(relevantFields(filledForm({ ...DEPENDENT, ...INSURED, ...HOLDER_VALUES }), ctx({ region: TWO_DEPARTMENTS }))).to.deep.equal([
      'visitReason', 'declaration', ...DEPENDENT_FIELDS, ...CONTACT, 'departmentId',
      'paymentMethod', 'insuranceProviderId', 'insuranceMemberId', 'insuranceDeclaration', ...HOLDER, 'acceptedTerms',
    ]);
  });

  it("shows no method's fields before a method is chosen, or for a method the practice does not take", () => {
    const base = ['visitReason', 'declaration', ...CONTACT, 'paymentMethod', 'acceptedTerms'];
    expect(relevantFields(filledForm({ paymentMethod: '' }), ctx())).to.deep.equal(base);
    const noCoupons = practice({ payment: { insurance: true, selfPay: true, serviceKey: false } });
    expect(relevantFields(filledForm({ paymentMethod: 'couponcode' }), ctx({ practice: noCoupons }))).to.deep.equal(base);
  });

  it('ignores holder values while the patient uses their own insurance', () => {
    expect(relevantFields(filledForm({ ...INSURED, ...HOLDER_VALUES, insuranceDeclaration: 'self' }), ctx())).not.to.include('holderFirstName');
  });
});

describe('validateVisitForm', () => {
  it('finds nothing wrong with good forms', () => {
    for (const values of [
      filledForm(),
      filledForm({ paymentMethod: 'couponcode', couponCode: 'SANDBOX-FREE' }),
      filledForm({ ...DEPENDENT, ...INSURED }),
      filledForm({ ...DEPENDENT, ...INSURED, ...HOLDER_VALUES }),
      filledForm({ addressLine2: 'Apt 4' }),
    ]) {
      expect(validateVisitForm(values, ctx())).to.deep.equal({});
    }
    expect(validateVisitForm(filledForm({ departmentId: 'dept-peds' }), ctx({ region: TWO_DEPARTMENTS }))).to.deep.equal({});
  });

  it('reports every relevant problem, keyed in visual order', () => {
    const errors = validateVisitForm(
      filledForm({ visitReason: '', phone: '055-222-3334', postalCode: '00500', acceptedTerms: false, paymentMethod: 'couponcode', couponCode: ' ', declaration: 'other' }),
      ctx({ region: TWO_DEPARTMENTS }),
    );
    expect(Object.keys(errors)).to.deep.equal([
      'visitReason', 'dependentFirstName', 'dependentLastName', 'dependentDateOfBirth', 'dependentGender', 'relationshipToPatient',
      'phone', 'postalCode', 'departmentId', 'couponCode', 'acceptedTerms',
    ]);
    expect(errors.visitReason).to.deep.equal({ rule: 'required' });
    expect(errors.phone).to.deep.equal({ rule: 'invalid-phone' });
    expect(errors.postalCode).to.deep.equal({ rule: 'invalid-zip' });
    expect(errors.acceptedTerms).to.deep.equal({ rule: 'terms-not-accepted' });
  });

  it('leaves out fields that do not apply, however wrong', () => {
    const errors = validateVisitForm(filledForm({ dependentFirstName: 'R2D2', couponCode: '', holderDateOfBirth: '3000-01-01', departmentId: 'nope' }), ctx());
    expect(errors).to.deep.equal({});
  });

  it('requires a payment method the practice takes', () => {
    expect(validateVisitForm(filledForm({ paymentMethod: '' }), ctx()).paymentMethod).to.deep.equal({ rule: 'required' });
    const cardOnly = practice({ payment: { insurance: false, selfPay: true, serviceKey: false } });
    expect(validateVisitForm(filledForm({ paymentMethod: 'insurance' }), ctx({ practice: cardOnly })).paymentMethod).to.deep.equal({ rule: 'required' });
    expect(validateVisitForm(filledForm({ paymentMethod: 'creditcard' }), ctx({ practice: cardOnly })).paymentMethod).to.equal(undefined);
  });

  it('requires insurance details and a real holder', () => {
    const errors = validateVisitForm(
      filledForm({ paymentMethod: 'insurance', insuranceDeclaration: 'other', holderFirstName: 'Ch4rles', holderDateOfBirth: '2030-01-01', holderGender: 'unknown' as never }),
      ctx(),
    );
    expect(errors).to.deep.equal({
      insuranceProviderId: { rule: 'required' },
      insuranceMemberId: { rule: 'required' },
      holderFirstName: { rule: 'invalid-name' },
      holderLastName: { rule: 'required' },
      holderDateOfBirth: { rule: 'future-date' },
      holderGender: { rule: 'required' },
    });
  });
});

describe('validateField', () => {
  it('lets only an adult book for someone else', () => {
    const other = filledForm(DEPENDENT);
    expect(validateField('declaration', other, ctx())).to.equal(undefined);
    const minor = { ...ADA, dateOfBirth: '2006-06-16' };
    expect(validateField('declaration', other, ctx({ patient: minor }))).to.deep.equal({ rule: 'not-adult' });
    expect(validateField('declaration', other, ctx({ patient: { ...ADA, dateOfBirth: '2006-06-15' } })), '18 today').to.equal(undefined);
    expect(validateField('declaration', other, ctx({ patient: { ...ADA, dateOfBirth: '' } })), 'unknown age').to.deep.equal({ rule: 'not-adult' });
    expect(validateField('declaration', filledForm(), ctx({ patient: minor })), 'a minor may book for themselves').to.equal(undefined);
  });

  it("checks the dependent's details", () => {
    const check = (overrides: Partial<VisitFormValues>, field: keyof VisitFormValues) => validateField(field, filledForm({ ...DEPENDENT, ...overrides }), ctx());
    expect(check({ dependentDateOfBirth: '2024-06-16' }, 'dependentDateOfBirth')).to.deep.equal({ rule: 'future-date' });
    expect(check({ dependentDateOfBirth: '2024-06-15' }, 'dependentDateOfBirth'), 'born today').to.equal(undefined);
    expect(check({ dependentDateOfBirth: '2023-02-29' }, 'dependentDateOfBirth')).to.deep.equal({ rule: 'invalid-date' });
    expect(check({ dependentLastName: "O'Neil-Ñúñez" }, 'dependentLastName')).to.equal(undefined);
    expect(check({ dependentLastName: 'Lovelace3' }, 'dependentLastName')).to.deep.equal({ rule: 'invalid-name' });
    expect(check({ dependentGender: '' }, 'dependentGender')).to.deep.equal({ rule: 'required' });
    expect(check({ dependentGender: 'unknown' as never }, 'dependentGender')).to.deep.equal({ rule: 'required' });
  });

  it('takes only relationships DexCare knows', () => {
    const relationship = (value: string) => validateField('relationshipToPatient', filledForm({ ...DEPENDENT, relationshipToPatient: value }), ctx());
    expect(relationship('Legal guardian')).to.equal(undefined);
    expect(relationship('Grand parent')).to.equal(undefined);
    expect(relationship('')).to.deep.equal({ rule: 'required' });
    expect(relationship('Neighbour')).to.deep.equal({ rule: 'required' });
  });

  it("takes only one of the region's departments when there are several", () => {
    const department = (id: string) => validateField('departmentId', filledForm({ departmentId: id }), ctx({ region: TWO_DEPARTMENTS }));
    expect(department('dept-peds')).to.equal(undefined);
    expect(department('')).to.deep.equal({ rule: 'required' });
    expect(department('dept-elsewhere')).to.deep.equal({ rule: 'required' });
  });

  it('checks contact fields with the field rules', () => {
    const contact = (overrides: Partial<VisitFormValues>, field: keyof VisitFormValues) => validateField(field, filledForm(overrides), ctx());
    expect(contact({ email: 'ada@' }, 'email')).to.deep.equal({ rule: 'invalid-email' });
    expect(contact({ state: 'XX' }, 'state')).to.deep.equal({ rule: 'invalid-state' });
    expect(contact({ state: 'GU' }, 'state')).to.equal(undefined);
    expect(contact({ addressLine1: '' }, 'addressLine1')).to.deep.equal({ rule: 'required' });
    expect(contact({ addressLine2: '' }, 'addressLine2')).to.equal(undefined);
    expect(contact({ addressLine2: 'x'.repeat(101) }, 'addressLine2')).to.deep.equal({ rule: 'too-long' });
    expect(contact({ city: ' ' }, 'city')).to.deep.equal({ rule: 'required' });
    expect(contact({ visitReason: 'x'.repeat(501) }, 'visitReason')).to.deep.equal({ rule: 'too-long' });
    expect(contact({ visitReason: 'x'.repeat(500) }, 'visitReason')).to.equal(undefined);
  });

  it('is quiet about fields that do not apply', () => {
    expect(validateField('couponCode', filledForm({ couponCode: '' }), ctx())).to.equal(undefined);
    expect(validateField('dependentFirstName', filledForm(), ctx())).to.equal(undefined);
  });

  it("uses today's date when the context has no clock", () => {
    const { now: _unused, ...withoutClock } = ctx();
    expect(validateField('dependentDateOfBirth', filledForm({ ...DEPENDENT, dependentDateOfBirth: '2999-01-01' }), withoutClock)).to.deep.equal({ rule: 'future-date' });
  });
});
