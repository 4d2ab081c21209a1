import { expect } from '@open-wc/testing';
import { availabilityMessage, otherRegionLabel, outsideServiceAreaMessage } from '../../src/booking/availability-message.js';

describe('availabilityMessage', () => {
  const tryLater = 'Virtual visits are not available right now. Please try again later.';

  it('words each reason for the patient', () => {
    expect(availabilityMessage('OFF_HOURS')).to.equal('The virtual clinic is closed right now.');
    expect(availabilityMessage('NO_ONCALL_PROVIDERS')).to.equal('No providers are available right now. Please try again later.');
    expect(availabilityMessage('NO_REGIONS_FOUND')).to.equal(tryLater);
  });

  it("uses a busy region's own message", () => {
    expect(availabilityMessage('REGION_BUSY', '  High demand: back at 3 PM.  ')).to.equal('High demand: back at 3 PM.');
  });

  it('falls back to our words when the busy message is blank or missing', () => {
    const busy = 'We are busy helping other patients right now. Please try again in a little while.';
    expect(availabilityMessage('REGION_BUSY')).to.equal(busy);
    expect(availabilityMessage('REGION_BUSY', '   ')).to.equal(busy);
  });

  it('treats unknown and missing reasons as NO_REGIONS_FOUND, as the SDK does', () => {
    expect(availabilityMessage('SOMETHING_NEW')).to.equal(tryLater);
    expect(availabilityMessage(null)).to.equal(tryLater);
    expect(availabilityMessage('')).to.equal(tryLater);
  });

  it('ignores a busy message for other reasons', () => {
    expect(availabilityMessage('OFF_HOURS', 'Busy!')).to.equal('The virtual clinic is closed right now.');
  });
});

describe('the "Other" region', () => {
  it('has a label and tells the patient they are outside the service area', () => {
    expect(otherRegionLabel()).to.equal('Other (not listed)');
    expect(outsideServiceAreaMessage()).to.include('outside our service area');
  });
});
