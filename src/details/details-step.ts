/**
 * What the visit-details step needs beyond the region step: the form element, requesting the visit
 * (its rules, the request body, Stripe's card, the dependent hook), the waiting room's address and
 * the step's faces. A chunk of its own, fetched when the patient picks a state
 * (widget/details-step-loader.ts), so a page where nobody books never downloads it.
 */
import '../components/visit-form.js';

export { VisitRequestController } from './visit-request-controller.js';
export { renderDetails, renderCreated } from './details-view.js';
export { RemoteSession } from './remote-session.js';
export { renderSignInOffer, signInHref } from './sign-in-offer.js';
