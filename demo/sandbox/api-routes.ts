/** The four v8 routes, spelled as the reference spells them. */
import { randomBytes, randomUUID } from 'node:crypto';
import type { RegionAvailability, VisitResponse, WaitTime } from '../../src/api/types.js';
import { bookingRejection } from './booking-rules.js';
import type { Context } from './context.js';
import { errorReply, json, parseJson, type Reply } from './http-util.js';
import { practiceView, regionAvailability } from './regions.js';
import { DEMO_PATIENT } from './seed.js';
import { validateVisitRequest } from './visit-validation.js';

const practiceNotFound = () => errorReply(404, "We couldn't find this practice.", 'PRACTICE_NOT_FOUND');

export const unauthorized = (): Reply => ({
  ...errorReply(401, 'Your sign-in has expired. Please sign in again.', 'UNAUTHORIZED'),
  headers: { 'WWW-Authenticate': 'Bearer' },
});

export function getPractice({ store, params }: Context): Reply {
  const practice = store.practice(params[0]!);
  return practice ? json(200, practiceView(practice, store.clock.now())) : practiceNotFound();
}

export function getAvailability({ store, params }: Context): Reply {
  const answer: RegionAvailability = regionAvailability(store.region(params[0]!), store.clock.now());
  return json(200, answer);
}

export function getWaitTime({ store, params }: Context): Reply {
  const region = store.region(params[0]!);
  if (!region) return errorReply(404, "We couldn't find this location.", 'REGION_NOT_FOUND');
  const answer: WaitTime = {
    estimateGeneratedAt: store.clock.now().toISOString(),
    estimatedWaitTimeSeconds: store.waitSeconds(region),
  };
  return json(200, answer);
}

const sessionId = () => `2_MX_sandbox_${randomBytes(18).toString('base64url')}`;

export function postVisit({ store, params, headers, body, origin }: Context): Reply {
  const userId = store.authenticate(headers.authorization);
  if (!userId) return unauthorized();
  const practice = store.practice(params[0]!);
  if (!practice) return practiceNotFound();
  if (body.tooLarge) return errorReply(400, 'The booking request is too large.', 'BODY_TOO_LARGE');
  const parsed = parseJson(body.text);
  if (!parsed.ok) return errorReply(400, 'We could not read the booking request.', 'INVALID_JSON');

  const now = store.clock.now();
  const validated = validateVisitRequest(parsed.value, now);
  if ('rejection' in validated) return json(400, validated.rejection);
  const request = validated.request;
  const rejection = bookingRejection(request, practice, store, userId);
  if (rejection) return json(400, rejection);

  const visitId = randomUUID();
  const response: VisitResponse = {
    visitId,
    userId,
    userEmail: userId === DEMO_PATIENT.identifier ? DEMO_PATIENT.email : request.patient.email,
    waitingroomId: randomUUID(),
    conferenceroomId: randomUUID(),
    visitRedirectUrl: `${origin}/DexCare/visit/${visitId}`,
    isTokBox: true,
    tokBoxVisit: {
      apiKey: 'sandbox-tokbox-api-key',
      waitingRoomSession: { sessionId: sessionId() },
      videoConferenceSession: { sessionId: sessionId() },
    },
  };
  store.addVisit({
    visitId,
    practiceId: practice.id,
    regionId: request.visitDetails.practiceRegionId,
    patientFirstName: store.patientFirstName(request.patient.identifier) ?? '',
    body: request,
    receivedAt: now.toISOString(),
    response,
  });
  return json(200, response);
}
