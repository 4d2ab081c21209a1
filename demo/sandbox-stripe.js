// A stand-in for Stripe.js on the demo page, which has no internet: a plain card-number field mounted
// where Stripe's would be, and a test token for any plausible number. Real hosts leave `loadStripe` unset.
const TEST_CARD = /^4242 ?4242 ?4242 ?4242$/;

function sandboxCardElement() {
  const handlers = [];
  const input = document.createElement('input');
  input.setAttribute('aria-label', 'Card number');
  input.setAttribute('autocomplete', 'cc-number');
  input.setAttribute('inputmode', 'numeric');
  input.placeholder = '4242 4242 4242 4242';
  input.style.cssText = 'all: unset; width: 100%; font: inherit; color: inherit;';
  input.addEventListener('input', () => {
    const error = input.value === '' || TEST_CARD.test(input.value.trim()) ? undefined : { message: 'Use the sandbox test card 4242 4242 4242 4242.' };
    for (const handler of handlers) handler({ error });
  });
  return {
    input,
    mount: (container) => container.replaceChildren(input),
    unmount: () => input.remove(),
    on: (event, handler) => event === 'change' && handlers.push(handler),
    destroy: () => input.remove(),
  };
}

export async function loadSandboxStripe() {
  return {
    elements: () => ({ create: () => sandboxCardElement() }),
    async createToken(card) {
      if (!TEST_CARD.test(card.input.value.trim())) return { error: { message: 'Enter the sandbox test card 4242 4242 4242 4242.' } };
      return { token: { id: `tok_sandbox_${Date.now()}` } };
    },
  };
}
