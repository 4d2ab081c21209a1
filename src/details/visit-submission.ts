/**
 * Requesting the visit, and what a failed request means for the screen. Part of the details step's
 * chunk (only a patient who reached the form needs it); the orchestrator calls it with its state and
 * applies the outcome.
 */
import { msg } from '@lit/localize';
import type { DexCareClient } from '../api/client.js';
import { createVisit, requireAccessToken } from '../api/create-visit.js';
import { ApiError, ConfigurationError, SignInRequiredError, UncertainOutcomeError, isAbortError } from '../api/errors.js';
import type { Patient, Practice, PracticeRegion, VisitResponse } from '../api/types.js';
import { submitErrorMessage } from '../booking/submit-error-message.js';
import { fieldForServerError, relevantFields, validateVisitForm } from '../booking/form-validation.js';
import type { FieldErrors, VisitFormValues } from '../booking/visit-form-values.js';
import { toVisitRequest } from '../booking/visit-request.js';
import { DependentRegistrationError, type DependentPatientResolver, type DependentPatients } from './dependent-patient.js';
import { visitErrorDetail, type SignInReason, type VisitErrorDetail } from '../booking/event-details.js';
import type { StripeCard } from '../payment/stripe-card.js';

export interface SubmissionInput {
  client: DexCareClient;
  practice: Practice;
  region: PracticeRegion;
  patient?: Patient;
  values: VisitFormValues;
  preTriageTags: string[];
  card: StripeCard;
  dependents: DependentPatients;
  getDependentPatientId?: DependentPatientResolver;
  /** Throws when the waiting room's address cannot be made: checked before anything is sent. */
  checkWaitingRoom: () => void;
  /** Everything checks out and the request begins (the widget fires `visit-submit`). */
  onStart: () => void;
  signal: AbortSignal;
}

/** The form's rules failed at submit time (the form checks first; this is the last guard before sending). */
class FormInvalidError extends Error {
  constructor(readonly errors: FieldErrors) {
    super('The form has errors');
  }
}

/** Stripe refused the card or could not be reached; its words are on the card, not in this error. */
class CardTokenError extends Error {
  constructor() {
    super('No card token');
  }
}

/**
 * Checks, then creates the visit: the form's rules, sign-in, the waiting room and a dry run of the body
 * (the host's `patient` may lack what it needs) come before anything with side effects (Stripe's token,
 * the host's registration of a dependent), so a refusal costs nothing.
 */
export async function submitVisit(input: SubmissionInput): Promise<VisitResponse> {
  const { client, practice, region, patient, values, card, dependents } = input;
  if (!patient) throw new SignInRequiredError('no-patient');
  const errors = validateVisitForm(values, { practice, region, patient });
  if (Object.keys(errors).length > 0) throw new FormInvalidError(errors);
  const token = await requireAccessToken(client);
  const bodyWith = (extra: { stripeToken?: string; dependentPatientId?: string }) =>
    toVisitRequest(values, { practice, region, patient, preTriageTags: input.preTriageTags, ...extra });
  const resolve = input.getDependentPatientId;
  try {
    input.checkWaitingRoom();
    bodyWith({ stripeToken: 'check', dependentPatientId: 'check' });
    if (values.declaration === 'other' && typeof resolve !== 'function') {
      throw new Error('getDependentPatientId is not set: the host cannot book for someone else');
    }
  } catch (error) {
    throw new ConfigurationError(error instanceof Error ? error.message : String(error));
  }
  input.onStart();
  // The card first: an incomplete card is the likeliest refusal, and it should not cost a registration.
  let stripeToken: string | undefined;
  if (values.paymentMethod === 'creditcard') {
    const result = await card.createToken();
    if ('error' in result) throw new CardTokenError();
    stripeToken = result.token;
  }
  let dependentPatientId: string | undefined;
  if (values.declaration === 'other' && resolve) {
    dependentPatientId = await dependents.identifierFor(resolve, {
      firstName: values.dependentFirstName.trim(),
      lastName: values.dependentLastName.trim(),
      dateOfBirth: values.dependentDateOfBirth.trim(),
      gender: values.dependentGender || 'other',
    });
  }
  return createVisit(client, practice.id, bodyWith({ dependentPatientId, stripeToken }), { signal: input.signal, token });
}

/** What the screen shows after a failed submission; the typed values are never touched. */
export interface SubmissionFailure {
  /** The fields' errors from now on. */
  serverErrors: FieldErrors;
  /** A failure that names no field ('' when there is none); a function so it follows a change of language. */
  submitError: string | (() => string);
  signIn?: SignInReason;
  /** For `visit-error`; none when the form's own rules caught it. */
  event?: VisitErrorDetail;
  /** For the integrator's console (configuration problems; never patient data). */
  warning?: string;
  /** The request may have reached DexCare: the visit may exist. */
  mayExist?: boolean;
}

/**
 * The meaning of `error` for the screen; undefined for an abort (the widget was removed). Without the
 * practice and region (the patient went back, the practice changed) no field is blamed: the summary says it.
 */
export function submissionFailure(
  error: unknown,
  { values, serverErrors, practice, region, patient }: { values: VisitFormValues; serverErrors: FieldErrors; practice?: Practice; region?: PracticeRegion; patient?: Patient },
): SubmissionFailure | undefined {
  if (isAbortError(error)) return undefined;
  if (error instanceof FormInvalidError) return { serverErrors: error.errors, submitError: '' };
  if (error instanceof CardTokenError) return { serverErrors, submitError: '', event: { kind: 'stripe' } };
  if (error instanceof DependentRegistrationError) {
    return {
      serverErrors,
      submitError: () => msg(
        'We could not register the patient you are booking for, so the visit was not requested. Check their details and try again. We kept everything you typed.',
      ),
      event: { kind: 'dependent' },
    };
  }
  const signIn = error instanceof SignInRequiredError ? error.reason : undefined;
  if (error instanceof ApiError) {
    const event = visitErrorDetail(error);
    const field = error.status === 400 && error.fromServer
      ? fieldForServerError({ error: error.message, code: error.code, field: error.field }, values)
      : undefined;
    // Only a field the patient can see and fix; any other goes to the summary.
    if (field && practice && region && relevantFields(values, { practice, region, patient: patient as Patient }).includes(field)) {
      return { serverErrors: { ...serverErrors, [field]: { serverMessage: error.message } }, submitError: '', event };
    }
    return { serverErrors, submitError: () => submitErrorMessage(error), event };
  }
  return {
    serverErrors,
    submitError: () => submitErrorMessage(error),
    signIn,
    event: visitErrorDetail(error),
    mayExist: error instanceof UncertainOutcomeError,
    warning: error instanceof ConfigurationError ? error.message : undefined,
  };
}
