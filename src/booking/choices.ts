import { msg } from '@lit/localize';
import type { Declaration, Gender, PaymentMethod } from '../api/types.js';

/**
 * An option of a select or radio group: the wire value and the patient's words for it. The label is
 * a getter so that it follows a change of locale after this module loaded.
 */
export interface Choice<V extends string = string> {
  readonly value: V;
  readonly label: string;
}

export function choice<V extends string>(value: V, label: () => string): Choice<V> {
  return {
    value,
    get label() {
      return label();
    },
  };
}

/** The relationships DexCare knows, in its own wording (the wire value); the label is translated. */
export const RELATIONSHIPS: readonly Choice[] = [
  choice('Mother', () => msg('Mother')),
  choice('Father', () => msg('Father')),
  choice('Grand parent', () => msg('Grandparent')),
  choice('Step parent', () => msg('Stepparent')),
  choice('Foster parent', () => msg('Foster parent')),
  choice('Legal guardian', () => msg('Legal guardian')),
  choice('Relative', () => msg('Other relative')),
  choice('Non relative', () => msg('Not a relative')),
  choice('Brother', () => msg('Brother')),
  choice('Sister', () => msg('Sister')),
  choice('Daughter', () => msg('Daughter')),
  choice('Son', () => msg('Son')),
  choice('Friend', () => msg('Friend')),
  choice('Grand child', () => msg('Grandchild')),
  choice('Spouse', () => msg('Spouse')),
  choice('Significant other', () => msg('Significant other')),
  choice('Case manager', () => msg('Case manager')),
  choice('Domestic partner', () => msg('Domestic partner')),
  choice('Employer', () => msg('Employer')),
  choice('Power of attorney', () => msg('Power of attorney')),
  choice('Surrogate or proxy', () => msg('Surrogate or proxy')),
];

export function isRelationship(value: string): boolean {
  return RELATIONSHIPS.some((relationship) => relationship.value === value.trim());
}

export const GENDER_OPTIONS: readonly Choice<Gender>[] = [
  choice('female', () => msg('Female')),
  choice('male', () => msg('Male')),
  choice('other', () => msg('Other', { id: 'gender-other', desc: 'Gender option' })),
];

export function isGender(value: string): value is Gender {
  return GENDER_OPTIONS.some((gender) => gender.value === value);
}

/** Who the visit is for. */
export const DECLARATION_OPTIONS: readonly Choice<Declaration>[] = [
  choice('self', () => msg('Me')),
  choice('other', () => msg('Someone in my care')),
];

/** Whose insurance pays: the patient's own plan, or one they are covered by as a dependent. */
export const INSURANCE_DECLARATION_OPTIONS: readonly Choice<Declaration>[] = [
  choice('self', () => msg("The patient's own insurance")),
  choice('other', () => msg("Someone else's insurance (for example, a parent's or spouse's)")),
];

export const PAYMENT_METHOD_OPTIONS: readonly Choice<PaymentMethod>[] = [
  choice('insurance', () => msg('Insurance')),
  choice('creditcard', () => msg('Credit or debit card')),
  choice('couponcode', () => msg('Coupon code')),
];
