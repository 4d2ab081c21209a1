import { expect } from '@open-wc/testing';
import { createVisit } from '../../src/api/create-visit.js';
import { DexCareClient, forgetSharedPractices } from '../../src/api/client.js';
import { ApiError, ConfigurationError, SignInRequiredError } from '../../src/api/errors.js';
import type { VisitRequest } from '../../src/api/types.js';
import {
  ACME_PRACTICE_ID, DEMO_PATIENT_ID, IDAHO_REGION_ID, MONTANA_REGION_ID, SANDBOX_URL, receivedRequests, resetSandbox, setClock, signIn,
} from '../helpers/sandbox.js';

/** Requests to the v8 API only, not the sandbox's own control routes. */
const apiRequests = async () => (await receivedRequests()).filter((request) => request.path.startsWith('/api/'));

const visit: VisitRequest = {
  patient: {
    identifier: DEMO_PATIENT_ID,
    phone: '555-222-3334',
    email: 'ada@example.org',
    address: { line1: '1 Main St', city: 'Helena', state: 'MT', postalCode: '59601' },
  },
  billingInfo: { paymentMethod: 'couponcode', couponCode: 'SANDBOX-FREE' },
  visitDetails: {
    practiceRegionId: MONTANA_REGION_ID,
    ehrSystemName: 'SANDBOX-EPIC-MT',
    departmentId: 'dept-mt-virtual',
    visitReason: 'Cough',
    declaration: 'self',
    acceptedTerms: true,
    preTriageTags: [],
  },
};

describe('DexCareClient against the sandbox', () => {
  beforeEach(async () => {
    await resetSandbox();
    forgetSharedPractices();
  });
  after(() => setClock(null));

  it('reads the practice, resolving api/8 paths against the base URL', async () => {
    const client = new DexCareClient({ baseUrl: SANDBOX_URL });
    const practice = await client.getPractice(ACME_PRACTICE_ID);
    expect(practice.id).to.equal(ACME_PRACTICE_ID);
    expect(practice.practiceRegions.map((region) => region.displayName)).to.include('Montana');
    const [request] = await apiRequests();
    expect(request).to.include({ method: 'GET', path: `/api/8/DexCare/practices/${ACME_PRACTICE_ID}`, hasAuthorization: false });
  });

  it('asks for a practice once per page, however many clients', async () => {
    const [a, b] = [new DexCareClient({ baseUrl: SANDBOX_URL }), new DexCareClient({ baseUrl: `${SANDBOX_URL}/` })];
    await Promise.all([a.getPractice(ACME_PRACTICE_ID), b.getPractice(ACME_PRACTICE_ID), a.getPractice(ACME_PRACTICE_ID)]);
    expect((await apiRequests()).filter((request) => request.path.includes('/practices/'))).to.have.length(1);
  });

  it('one caller aborting does not cancel the shared practice for another', async () => {
    const client = new DexCareClient({ baseUrl: SANDBOX_URL });
    const controller = new AbortController();
    const first = client.getPractice(ACME_PRACTICE_ID, controller.signal);
    const second = client.getPractice(ACME_PRACTICE_ID);
    controller.abort();
    await first.then(() => expect.fail('should have aborted'), (error: unknown) => expect((error as Error).name).to.equal('AbortError'));
    expect((await second).id).to.equal(ACME_PRACTICE_ID);
  });

  it('a practice that does not exist is an ApiError 404 with the server\'s words', async () => {
    const client = new DexCareClient({ baseUrl: SANDBOX_URL });
    const error = await client.getPractice('no-such-practice').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).status).to.equal(404);
  });

  it('reads availability and wait time for a region', async () => {
    await setClock('2026-11-29T18:00:00.000Z'); // Sunday
    const client = new DexCareClient({ baseUrl: SANDBOX_URL });
    expect(await client.getAvailability(MONTANA_REGION_ID)).to.deep.equal({ available: true, reason: null });
    expect(await client.getAvailability(IDAHO_REGION_ID)).to.deep.equal({ available: false, reason: 'OFF_HOURS' });
    const wait = await client.getWaitTime(MONTANA_REGION_ID);
    expect(wait.estimatedWaitTimeSeconds).to.be.a('number').and.at.least(0);
  });

  it('creates a visit with the bearer token, and the wait grows', async () => {
    const { accessToken } = await signIn();
    const client = new DexCareClient({ baseUrl: SANDBOX_URL, getAccessToken: async () => accessToken });
    const before = await client.getWaitTime(MONTANA_REGION_ID);
    const created = await createVisit(client, ACME_PRACTICE_ID, visit);
    expect(created.visitId).to.be.a('string').and.not.equal('');
    const after = await client.getWaitTime(MONTANA_REGION_ID);
    expect(after.estimatedWaitTimeSeconds).to.be.greaterThan(before.estimatedWaitTimeSeconds);
    const post = (await apiRequests()).find((request) => request.method === 'POST');
    expect(post).to.include({ hasAuthorization: true, status: 200 });
    expect(post!.path).not.to.contain(accessToken);
  });

  it('a 400 carries the status, code and the field the server named', async () => {
    const { accessToken } = await signIn();
    const client = new DexCareClient({ baseUrl: SANDBOX_URL, getAccessToken: () => accessToken });
    const bad = { ...visit, patient: { ...visit.patient, phone: '123' } };
    const error = (await createVisit(client, ACME_PRACTICE_ID, bad).catch((caught: unknown) => caught)) as ApiError;
    expect(error).to.be.instanceOf(ApiError);
    expect(error.status).to.equal(400);
    expect(error.field).to.equal('patient.phone');
    expect(error.message).to.be.a('string').and.not.equal('');
  });

  it('no token: SignInRequiredError, and nothing is sent', async () => {
    const client = new DexCareClient({ baseUrl: SANDBOX_URL, getAccessToken: async () => undefined });
    const error = await createVisit(client, ACME_PRACTICE_ID, visit).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(SignInRequiredError);
    expect((error as SignInRequiredError).reason).to.equal('no-token');
    expect((await apiRequests()).filter((request) => request.method === 'POST')).to.have.length(0);
  });

  it('refuses a base URL that would send the token in clear text', () => {
    expect(() => new DexCareClient({ baseUrl: 'http://api.example.org/' })).to.throw(ConfigurationError);
    expect(() => new DexCareClient({ baseUrl: 'not a url' })).to.throw(ConfigurationError);
    expect(() => new DexCareClient({ baseUrl: 'https://api.example.org' })).not.to.throw();
    expect(() => new DexCareClient({ baseUrl: 'http://127.0.0.1:9000' })).not.to.throw();
  });
});
