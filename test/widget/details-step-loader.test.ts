import { expect } from '@open-wc/testing';
import { TimeoutError } from '../../src/api/errors.js';
import { loadDetailsStep } from '../../src/widget/details-step-loader.js';

describe('loadDetailsStep', () => {
  it('one fetch for every caller, each with its own time limit: a late caller is not cut short by an early one', async () => {
    const impatient = loadDetailsStep(0);
    const patient = loadDetailsStep(30_000);
    const early = await impatient.then(
      () => 'loaded',
      (error: unknown) => error,
    );
    expect(early).to.be.instanceOf(TimeoutError);
    const step = await patient;
    expect(step.VisitRequestController).to.be.a('function');
    expect(await loadDetailsStep(30_000)).to.equal(step);
  });
});
