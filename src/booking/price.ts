import { msg } from '@lit/localize';

/**
 * A visit price (cents on the wire) in US dollars for the patient's locale: "$49" for whole dollars,
 * "$49.50" otherwise. Never below zero, as a discount cannot make a visit cost less than nothing.
 */
export function formatPrice(cents: number, locale: string): string {
  if (!Number.isFinite(cents)) return msg('Price unavailable');
  const whole = Math.max(0, Math.round(cents));
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: whole % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(whole / 100);
}
