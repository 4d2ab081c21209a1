import { expect } from '@open-wc/testing';
import type { VisitRequest } from '../../src/api/types.js';
import { toVisitRequest, type VisitRequestContext } from '../../src/booking/visit-request.js';
import type { VisitFormValues } from '../../src/booking/visit-form-values.js';
import { ADA, DEPENDENT, PEDIATRICS, URGENT_CARE, filledForm, practice, region } from './fixtures.js';

const REGION_ID = 'cc11788e-7d33-463d-a385-d378ff3a9966';
const ctx = (overrides: Partial<VisitRequestContext> = {}): VisitRequestContext => ({
  practice: practice(),
  region: region(),
  patient: ADA,
  dependentPatientId: 'dependent-guid',
  stripeToken: 'tok_visa',
  ...overrides,
});

/** Deep equality, and the reference's key order (JSON keeps insertion order). */
function expectBody(actual: VisitRequest, expected: unknown) {
  expect(actual).to.deep.equal(expected);
  expect(JSON.stringify(actual)).to.equal(JSON.stringify(expected));
}

const SELF_PATIENT = {
  identifier: 'patient-guid',
  phone: '555-222-3334',
  email: 'ada@example.org',
  address: { line1: '1 Main St', city: 'Helena', state: 'MT', postalCode: '59601' },
};
const DEPENDENT_PATIENT = { ...SELF_PATIENT, identifier: 'dependent-guid' };
const ACTOR = { firstName: 'Ada', lastName: 'Lovelace', phone: '555-222-3334', dateOfBirth: '1990-12-10', relationshipToPatient: 'Mother' };
const visitDetails = (declaration: 'self' | 'other') => ({
  practiceRegionId: REGION_ID,
  ehrSystemName: 'EPIC-MT',
  departmentId: 'dept-urgent',
  visitReason: 'Sore throat',
  declaration,
  acceptedTerms: true,
  preTriageTags: [],
});
const INSURANCE: Partial<VisitFormValues> = { paymentMethod: 'insurance', insuranceProviderId: ' payer-42 ', insuranceMemberId: ' XJ123456 ' };
const HOLDER: Partial<VisitFormValues> = { insuranceDeclaration: 'other', holderFirstName: ' Charles ', holderLastName: 'Babbage', holderDateOfBirth: '1971-12-26', holderGender: 'male' };
const INSURANCE_BILLING = { insuranceType: 'manual', insuranceProviderId: 'payer-42', insuranceMemberId: 'XJ123456' };

describe('toVisitRequest', () => {
  describe('for the signed-in patient', () => {
    it('by card', () => {
      expectBody(toVisitRequest(filledForm(), ctx()), {
        patient: SELF_PATIENT,
        billingInfo: { paymentMethod: 'creditcard', stripeToken: 'tok_visa' },
        visitDetails: visitDetails('self'),
      });
    });

    it('by coupon', () => {
      expectBody(toVisitRequest(filledForm({ paymentMethod: 'couponcode', couponCode: ' SANDBOX-FREE ' }), ctx()), {
        patient: SELF_PATIENT,
        billingInfo: { paymentMethod: 'couponcode', couponCode: 'SANDBOX-FREE' },
        visitDetails: visitDetails('self'),
      });
    });

    it('on their own insurance', () => {
      expectBody(toVisitRequest(filledForm(INSURANCE), ctx()), {
        patient: SELF_PATIENT,
        billingInfo: { paymentMethod: 'insurance', declaration: 'self', firstName: 'Ada', lastName: 'Lovelace', gender: 'female', dateOfBirth: '1990-12-10', ...INSURANCE_BILLING },
        visitDetails: visitDetails('self'),
      });
    });

    it("on a policy holder's insurance", () => {
      expectBody(toVisitRequest(filledForm({ ...INSURANCE, ...HOLDER }), ctx()), {
        patient: SELF_PATIENT,
        billingInfo: { paymentMethod: 'insurance', declaration: 'other', firstName: 'Charles', lastName: 'Babbage', gender: 'male', dateOfBirth: '1971-12-26', ...INSURANCE_BILLING },
        visitDetails: visitDetails('self'),
      });
    });
  });

  describe('for someone in their care', () => {
    it('by card', () => {
      expectBody(toVisitRequest(filledForm(DEPENDENT), ctx()), {
        patient: DEPENDENT_PATIENT,
        actor: ACTOR,
        billingInfo: { paymentMethod: 'creditcard', stripeToken: 'tok_visa' },
        visitDetails: visitDetails('other'),
      });
    });

    it('by coupon', () => {
      expectBody(toVisitRequest(filledForm({ ...DEPENDENT, paymentMethod: 'couponcode', couponCode: 'SANDBOX-FREE' }), ctx()), {
        patient: DEPENDENT_PATIENT,
        actor: ACTOR,
        billingInfo: { paymentMethod: 'couponcode', couponCode: 'SANDBOX-FREE' },
        visitDetails: visitDetails('other'),
      });
    });

    it("on the dependent's own insurance", () => {
      expectBody(toVisitRequest(filledForm({ ...DEPENDENT, ...INSURANCE }), ctx()), {
        patient: DEPENDENT_PATIENT,
        actor: ACTOR,
        billingInfo: { paymentMethod: 'insurance', declaration: 'self', firstName: 'Byron', lastName: 'Lovelace', gender: 'male', dateOfBirth: '2016-05-01', ...INSURANCE_BILLING },
        visitDetails: visitDetails('other'),
      });
    });

    it("on a policy holder's insurance", () => {
      expectBody(toVisitRequest(filledForm({ ...DEPENDENT, ...INSURANCE, ...HOLDER }), ctx()), {
        patient: DEPENDENT_PATIENT,
        actor: ACTOR,
        billingInfo: { paymentMethod: 'insurance', declaration: 'other', firstName: 'Charles', lastName: 'Babbage', gender: 'male', dateOfBirth: '1971-12-26', ...INSURANCE_BILLING },
        visitDetails: visitDetails('other'),
      });
    });
  });

  it('trims what was typed, writes the phone in the reference form, sends line 2 when given', () => {
    const body = toVisitRequest(
      filledForm({ visitReason: '  Sore throat \n', phone: '1 555 222 3334', email: ' ada@example.org ', addressLine1: ' 1 Main St ', addressLine2: ' Apt 4 ', city: ' Helena', state: 'MT ', postalCode: ' 59601-1234 ' }),
      ctx(),
    );
    expect(body.patient).to.deep.equal({
      ...SELF_PATIENT,
      address: { line1: '1 Main St', line2: 'Apt 4', city: 'Helena', state: 'MT', postalCode: '59601-1234' },
    });
    expect(Object.keys(body.patient.address)).to.deep.equal(['line1', 'line2', 'city', 'state', 'postalCode']);
    expect(body.visitDetails.visitReason).to.equal('Sore throat');
    expect(toVisitRequest(filledForm({ addressLine2: '   ' }), ctx()).patient.address).not.to.have.property('line2');
  });

  it("uses the chosen department of several, with its EHR system", () => {
    const body = toVisitRequest(filledForm({ departmentId: 'dept-peds' }), ctx({ region: region({ departments: [URGENT_CARE, PEDIATRICS] }) }));
    expect(body.visitDetails.departmentId).to.equal('dept-peds');
    expect(body.visitDetails.ehrSystemName).to.equal('EPIC-MT-2');
  });

  it('sends the pre-triage tags it is given, and never shares the array', () => {
    const tags = ['cough'];
    const body = toVisitRequest(filledForm(), ctx({ preTriageTags: tags }));
    expect(body.visitDetails.preTriageTags).to.deep.equal(['cough']);
    expect(body.visitDetails.preTriageTags).not.to.equal(tags);
  });

  it('leaves out what the other payment methods would need', () => {
    const body = toVisitRequest(filledForm({ couponCode: 'left-over', insuranceMemberId: 'left-over' }), ctx());
    expect(body.billingInfo).to.deep.equal({ paymentMethod: 'creditcard', stripeToken: 'tok_visa' });
  });

  describe('refuses to build a body DexCare would refuse', () => {
    const fails = (values: VisitFormValues, context: VisitRequestContext, message: RegExp) => expect(() => toVisitRequest(values, context)).to.throw(message);

    it("without the dependent's patient identifier", () => {
      fails(filledForm(DEPENDENT), ctx({ dependentPatientId: undefined }), /dependentPatientId/);
      fails(filledForm(DEPENDENT), ctx({ dependentPatientId: '  ' }), /dependentPatientId/);
    });

    it('without a Stripe token for a card', () => {
      fails(filledForm(), ctx({ stripeToken: undefined }), /Stripe token/);
    });

    it('without a department that matches', () => {
      fails(filledForm({ departmentId: 'nope' }), ctx({ region: region({ departments: [URGENT_CARE, PEDIATRICS] }) }), /department/);
      fails(filledForm(), ctx({ region: region({ departments: [] }) }), /department/);
    });

    it('without accepted terms', () => {
      fails(filledForm({ acceptedTerms: false }), ctx(), /terms/);
    });

    it('without a payment method the practice takes', () => {
      fails(filledForm({ paymentMethod: '' }), ctx(), /payment method/);
      fails(filledForm(), ctx({ practice: practice({ payment: { insurance: true, selfPay: false, serviceKey: true } }) }), /payment method/);
    });

    it("without the insured person's gender", () => {
      fails(filledForm({ ...DEPENDENT, ...INSURANCE, dependentGender: '' }), ctx(), /gender/);
    });

    it('and says what is missing without repeating patient data', () => {
      try {
        toVisitRequest(filledForm(DEPENDENT), ctx({ dependentPatientId: undefined }));
        expect.fail('should throw');
      } catch (error) {
        const message = (error as Error).message;
        for (const secret of ['Ada', 'Lovelace', 'Byron', '555', 'ada@example.org', 'Sore throat']) expect(message).not.to.include(secret);
      }
    });
  });
});
