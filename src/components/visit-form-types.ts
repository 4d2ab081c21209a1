/** Types the visit form shares with its fields and with those who hand it data (no code: no import circle). */

/** Stripe's card element, or a test double: the form only mounts it. */
export interface MountableCardElement {
  mount(domElement: HTMLElement): void;
  unmount(): void;
}

export interface InsurancePayer {
  name: string;
  payerId: string;
}
