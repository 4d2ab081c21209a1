// The demo host page: signs in against the sandbox, hands the widget a token getter and the patient,
// and logs the widget's events. The token lives only in this closure: never in storage or the DOM.
import { loadSandboxStripe } from './sandbox-stripe.js';

const widget = document.querySelector('dexcare-virtual-visit');
const signInButton = document.getElementById('sign-in');
const signOutButton = document.getElementById('sign-out');
const signedInAs = document.getElementById('signed-in-as');
const log = document.getElementById('event-log');

let session = null;

async function signIn() {
  const response = await fetch('/sandbox/sign-in', { method: 'POST' });
  const { accessToken, expiresIn, patient } = await response.json();
  session = { accessToken, expiresAt: Date.now() + expiresIn * 1000 };
  widget.patient = patient;
  signedInAs.textContent = `Signed in as ${patient.firstName} ${patient.lastName}`;
  signInButton.hidden = true;
  signOutButton.hidden = false;
}

function signOut() {
  session = null;
  widget.patient = undefined;
  signedInAs.textContent = 'Not signed in';
  signInButton.hidden = false;
  signOutButton.hidden = true;
}

widget.getAccessToken = async () => (session && session.expiresAt > Date.now() ? session.accessToken : undefined);

// Booking for someone else: the host turns the dependent into a DexCare patient (DexCare's /v1/patient/other).
widget.getDependentPatientId = async (dependent) => {
  const response = await fetch('/sandbox/dependents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session?.accessToken ?? ''}` },
    body: JSON.stringify(dependent),
  });
  if (!response.ok) throw new Error('Could not register the patient');
  return (await response.json()).identifier;
};

// No internet here: card payments use a sandbox stand-in for Stripe.js (test card 4242 4242 4242 4242).
widget.loadStripe = loadSandboxStripe;

widget.insurancePayers = [
  { name: 'Blue Cross Blue Shield of Montana', payerId: 'BCBSMT' },
  { name: 'Aetna', payerId: 'AETNA' },
  { name: 'Cigna', payerId: 'CIGNA' },
  { name: 'UnitedHealthcare', payerId: 'UHC' },
];

signInButton.addEventListener('click', signIn);
signOutButton.addEventListener('click', signOut);

for (const type of ['region-selected', 'availability-changed', 'visit-submit', 'visit-error', 'sign-in-required', 'visit-created']) {
  widget.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()}  ${type}  ${JSON.stringify(event.detail)}`;
    log.prepend(item);
    if (type === 'sign-in-required' && !session) signInButton.focus();
  });
}

document.getElementById('theme').addEventListener('change', (event) => {
  widget.className = event.target.value;
});
document.getElementById('language').addEventListener('change', (event) => {
  widget.setAttribute('locale', event.target.value);
});

document.getElementById('snippet').textContent = `<script type="module" src="${location.origin}/dist/dexcare-virtual-visit.js"></script>
<dexcare-virtual-visit
  practice-id="0cee700e-f4c1-4459-b390-263e4ded436c"
  brand="acme"
  api-base-url="${location.origin}/"></dexcare-virtual-visit>
<script type="module">
  const widget = document.querySelector('dexcare-virtual-visit');
  widget.getAccessToken = async () => mySession.token();
  widget.patient = mySession.patient;
  widget.addEventListener('visit-created', (e) => console.log(e.detail.visitId));
</script>`;
