/**
 * What the visit-details step needs beyond the region step: the form element, requesting the visit
 * (its rules, the request body, Stripe's card, the dependent hook) and the waiting room's address. A
 * chunk of its own, fetched when the patient picks a state (details-step-loader.ts), so a page where
 * nobody books never downloads it.
 */
import './components/visit-form.js';

export { submitVisit, submissionFailure } from './visit-submission.js';
export { waitingRoomUrl } from './booking/waiting-room-url.js';
export { StripeCard, loadRealStripe } from './stripe-card.js';
export { DependentPatients } from './dependent-patient.js';
