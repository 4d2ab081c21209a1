import type { PaymentMethod, Practice } from '../api/types.js';

/**
 * The payment methods a practice takes, in the wire's words: `selfPay` is a card through Stripe,
 * `serviceKey` a coupon code.
 */
export function offeredPaymentMethods(practice: Practice): PaymentMethod[] {
  const methods: PaymentMethod[] = [];
  if (practice.payment?.insurance) methods.push('insurance');
  if (practice.payment?.selfPay) methods.push('creditcard');
  if (practice.payment?.serviceKey) methods.push('couponcode');
  return methods;
}

export function offersPaymentMethod(practice: Practice, method: string): method is PaymentMethod {
  return (offeredPaymentMethods(practice) as string[]).includes(method);
}
