/**
 * Field rules shared by the form and the sandbox, as DexCare's own clients apply them
 * (../shared/reference/dexcare-facts.md). Each returns an error code, or null when the value is good.
 * Codes, not sentences: `messages.ts` turns them into words in the patient's language.
 */

export type RuleError =
  | 'required'
  | 'too-long'
  | 'invalid-phone'
  | 'invalid-email'
  | 'invalid-zip'
  | 'invalid-state'
  | 'invalid-date'
  | 'future-date'
  | 'not-adult'
  | 'invalid-name'
  | 'terms-not-accepted';

export const VISIT_REASON_MAX_LENGTH = 500;
export const EMAIL_MAX_LENGTH = 254;
/** Address lines (and other single lines of text), as DexCare's samples cap them for v8 (v9 allows 100). */
export const ADDRESS_LINE_MAX_LENGTH = 45;
/** A phone number with its separators (and an optional leading 1): 10 to 14 characters. */
export const PHONE_MAX_LENGTH = 14;
export const NAME_MAX_LENGTH = 50;
export const ADULT_AGE_YEARS = 18;

/** The 50 states, DC and the territories DexCare accepts. */
export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND',
  'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
  'DC', 'AS', 'GU', 'MP', 'PR', 'UM', 'VI',
] as const;

const isBlank = (value: string) => value.trim() === '';

/**
 * North American numbering plan, in the reference's three forms (5552223334, 555-222-3334,
 * (555) 222-3334), with an optional leading 1: area code 2–9 then not 9 second; exchange 2–9.
 */
const PHONE_PATTERN = /^(?:\+?1[ .-]?)?(?:\(([2-9][0-8]\d)\) ?|([2-9][0-8]\d)[ .-]?)([2-9]\d{2})[ .-]?(\d{4})$/;

export function checkPhone(value: string): RuleError | null {
  if (isBlank(value)) return 'required';
  const phone = value.trim();
  if (phone.length > PHONE_MAX_LENGTH) return 'invalid-phone';
  return PHONE_PATTERN.test(phone) ? null : 'invalid-phone';
}

/**
 * A good phone number in the reference's dashed form (555-222-3334), which every DexCare client
 * accepts whatever separators or country code the patient typed; anything else comes back trimmed.
 */
export function normalizePhone(value: string): string {
  const phone = value.trim();
  if (checkPhone(phone)) return phone;
  const [, areaInParens, area, exchange, line] = PHONE_PATTERN.exec(phone) ?? [];
  return `${areaInParens ?? area}-${exchange}-${line}`;
}

/** Local part and a dotted domain with a 2+ letter top level; no spaces, one @. */
const EMAIL_PATTERN = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

export function checkEmail(value: string): RuleError | null {
  if (isBlank(value)) return 'required';
  const email = value.trim();
  if (email.length > EMAIL_MAX_LENGTH) return 'too-long';
  if (!EMAIL_PATTERN.test(email) || email.includes('..')) return 'invalid-email';
  return null;
}

export function checkZip(value: string): RuleError | null {
  if (isBlank(value)) return 'required';
  const match = /^(\d{5})(?:-\d{4})?$/.exec(value.trim());
  return match && Number(match[1]) >= 501 ? null : 'invalid-zip';
}

export function checkState(value: string): RuleError | null {
  if (isBlank(value)) return 'required';
  return (US_STATES as readonly string[]).includes(value.trim()) ? null : 'invalid-state';
}

/** Letters (any script), spaces, apostrophes, periods and hyphens. */
const NAME_PATTERN = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;

export function checkName(value: string): RuleError | null {
  if (isBlank(value)) return 'required';
  const name = value.trim();
  if (name.length > NAME_MAX_LENGTH) return 'too-long';
  return NAME_PATTERN.test(name) ? null : 'invalid-name';
}

/** A required line of text (address line 1, city); `required: false` for line 2. */
export function checkTextLine(value: string, { required = true, maxLength = ADDRESS_LINE_MAX_LENGTH } = {}): RuleError | null {
  if (isBlank(value)) return required ? 'required' : null;
  return value.trim().length > maxLength ? 'too-long' : null;
}

export function checkVisitReason(value: string): RuleError | null {
  if (isBlank(value)) return 'required';
  return value.trim().length > VISIT_REASON_MAX_LENGTH ? 'too-long' : null;
}

/** Parses a real calendar date written YYYY-MM-DD, or returns null. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? { year, month, day } : null;
}

/** Today's calendar date where the patient is, as YYYY-MM-DD compares lexically. */
function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A real date of birth, not in the future; `adult` also requires 18 years or more. */
export function checkDateOfBirth(value: string, { now = new Date(), adult = false } = {}): RuleError | null {
  if (isBlank(value)) return 'required';
  const date = parseIsoDate(value);
  if (!date) return 'invalid-date';
  const today = localIsoDate(now);
  if (value.trim() > today) return 'future-date';
  if (adult) {
    const eighteenth = `${date.year + ADULT_AGE_YEARS}-${value.trim().slice(5)}`;
    if (eighteenth > today) return 'not-adult';
  }
  return null;
}

export function checkTermsAccepted(accepted: unknown): RuleError | null {
  return accepted === true ? null : 'terms-not-accepted';
}
