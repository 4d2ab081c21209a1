import { expect } from '@open-wc/testing';
import { fieldForServerError } from '../../src/booking/form-validation.js';
import type { VisitFormValues } from '../../src/booking/visit-form-values.js';
import { DEPENDENT, filledForm } from './fixtures.js';

const blame = (field: string | undefined, values: VisitFormValues = filledForm(), code?: string) =>
  fieldForServerError({ error: 'Something is wrong.', ...(code ? { code } : {}), ...(field ? { field } : {}) }, values);

describe('fieldForServerError', () => {
  it('maps wire paths to the fields the patient typed', () => {
    const cases: [string, string][] = [
      ['patient.phone', 'phone'],
      ['patient.email', 'email'],
      ['patient.address.line1', 'addressLine1'],
      ['patient.address.line2', 'addressLine2'],
      ['patient.address.city', 'city'],
      ['patient.address.state', 'state'],
      ['patient.address.postalCode', 'postalCode'],
      ['visitDetails.visitReason', 'visitReason'],
      ['visitDetails.departmentId', 'departmentId'],
      ['visitDetails.acceptedTerms', 'acceptedTerms'],
      ['visitDetails.declaration', 'declaration'],
      ['billingInfo.paymentMethod', 'paymentMethod'],
      ['billingInfo.couponCode', 'couponCode'],
      ['billingInfo.insuranceProviderId', 'insuranceProviderId'],
      ['billingInfo.insuranceMemberId', 'insuranceMemberId'],
      ['billingInfo.declaration', 'insuranceDeclaration'],
      ['actor.relationshipToPatient', 'relationshipToPatient'],
      ['actor.phone', 'phone'],
    ];
    for (const [path, field] of cases) expect(blame(path), path).to.equal(field);
  });

  it("maps the insured person's details to the holder when someone else's insurance pays", () => {
    const values = filledForm({ paymentMethod: 'insurance', insuranceDeclaration: 'other' });
    expect(blame('billingInfo.firstName', values)).to.equal('holderFirstName');
    expect(blame('billingInfo.lastName', values)).to.equal('holderLastName');
    expect(blame('billingInfo.gender', values)).to.equal('holderGender');
    expect(blame('billingInfo.dateOfBirth', values)).to.equal('holderDateOfBirth');
  });

  it("maps them to the dependent on their own insurance, to nothing on the signed-in person's", () => {
    const forDependent = filledForm({ ...DEPENDENT, paymentMethod: 'insurance', insuranceDeclaration: 'self' });
    expect(blame('billingInfo.firstName', forDependent)).to.equal('dependentFirstName');
    expect(blame('billingInfo.dateOfBirth', forDependent)).to.equal('dependentDateOfBirth');
    expect(blame('billingInfo.gender', forDependent)).to.equal('dependentGender');
    expect(blame('billingInfo.lastName', filledForm({ paymentMethod: 'insurance' }))).to.equal(null);
    expect(blame('billingInfo.firstName', filledForm({ paymentMethod: 'creditcard' }))).to.equal(null);
  });

  it('reads the spellings of request validators', () => {
    expect(blame('/body/patient/address/postalCode')).to.equal('postalCode');
    expect(blame('body.patient.email')).to.equal('email');
    expect(blame('request.body.visitDetails.visitReason')).to.equal('visitReason');
    expect(blame(' patient.phone ')).to.equal('phone');
  });

  it('uses the code when no field is named', () => {
    expect(blame(undefined, filledForm(), 'MISSING_VISIT_REASON')).to.equal('visitReason');
    expect(blame('patient', filledForm(), 'MISSING_VISIT_REASON')).to.equal('visitReason');
    expect(blame(undefined, filledForm(), 'VISIT_CREATE_ERROR')).to.equal(null);
  });

  it('is null for what the form does not show', () => {
    for (const path of ['patient.identifier', 'patient', 'actor.firstName', 'actor.dateOfBirth', 'billingInfo.stripeToken', 'billingInfo.insuranceType', 'visitDetails.practiceRegionId', 'visitDetails.ehrSystemName', 'constructor', '__proto__', 'toString', '']) {
      expect(blame(path), path).to.equal(null);
    }
    expect(blame(undefined)).to.equal(null);
  });
});
