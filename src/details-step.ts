/**
 * What the visit-details step needs beyond the region step: the form element, its rules, the request
 * body, Stripe's card and the dependent hook. A chunk of its own, fetched when the patient picks a
 * state (details-step-loader.ts), so a page where nobody books never downloads it.
 */
import './components/visit-form.js';

export { fieldForServerError, validateVisitForm } from './booking/form-validation.js';
export { toVisitRequest } from './booking/visit-request.js';
export { StripeCard, loadRealStripe } from './stripe-card.js';
export { DependentPatients, DependentRegistrationError } from './dependent-patient.js';
