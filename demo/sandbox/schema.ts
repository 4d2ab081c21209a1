/**
 * A tiny strict shape checker, typed against the wire types so the sandbox cannot drift from
 * src/api/types.ts: `object<VisitPatient>({...})` must list every field of `VisitPatient`, no more,
 * with a check of the right type. At run time it reports the first problem: a missing field, a wrong
 * type, a value outside an enum, or a field the type does not have (unless the object is told to ignore it).
 */

export type Problem =
  | { kind: 'missing'; path: string }
  | { kind: 'unknown'; path: string }
  | { kind: 'type'; path: string; expected: string }
  | { kind: 'enum'; path: string; allowed: readonly (string | boolean)[] };

export interface Check<T> {
  (value: unknown, path: string): Problem | null;
  /** Phantom: the type a value has once it passes. */
  readonly __type?: T;
}

export interface Optional<T> {
  readonly optional: true;
  readonly check: Check<T>;
}

// A key is optional when the empty object already satisfies `Pick<T, K>`.
type OptionalKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? K : never }[keyof T];

/** One check per field of T: optional fields must be wrapped in `optional()`. */
export type Fields<T> = { [K in keyof T]-?: K extends OptionalKeys<T> ? Optional<T[K]> : Check<T[K]> };

export const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

export const string: Check<string> = (value, path) =>
  typeof value === 'string' ? null : { kind: 'type', path, expected: 'text' };

export const boolean: Check<boolean> = (value, path) =>
  typeof value === 'boolean' ? null : { kind: 'type', path, expected: 'true or false' };

export function oneOf<const L extends string | boolean>(allowed: readonly L[]): Check<L> {
  return (value, path) => {
    if (typeof value !== typeof allowed[0]) return { kind: 'type', path, expected: typeof allowed[0] === 'string' ? 'text' : 'true or false' };
    return (allowed as readonly unknown[]).includes(value) ? null : { kind: 'enum', path, allowed };
  };
}

export function arrayOf<T>(item: Check<T>): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) return { kind: 'type', path, expected: 'a list' };
    for (const [index, element] of value.entries()) {
      const problem = item(element, `${path}[${index}]`);
      if (problem) return problem;
    }
    return null;
  };
}

export const optional = <T>(check: Check<T>): Optional<T> => ({ optional: true, check });

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An object with exactly these fields. `ignored` names fields that may also come along and are let
 * through unchecked (e.g. billing fields another payment method uses); any other field is unknown.
 */
export function object<T>(fields: Fields<T>, { ignored = [] }: { ignored?: readonly string[] } = {}): Check<T> {
  const entries = Object.entries(fields) as Array<[string, Check<unknown> | Optional<unknown>]>;
  return (value, path) => {
    if (!isPlainObject(value)) return { kind: 'type', path, expected: 'an object' };
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(fields, key) && !ignored.includes(key)) return { kind: 'unknown', path: join(path, key) };
    }
    for (const [key, field] of entries) {
      const isOptional = 'optional' in field;
      const at = join(path, key);
      if (!Object.hasOwn(value, key)) {
        if (isOptional) continue;
        return { kind: 'missing', path: at };
      }
      const problem = (isOptional ? field.check : field)(value[key], at);
      if (problem) return problem;
    }
    return null;
  };
}

/** A union told apart by one string field, e.g. `billingInfo.paymentMethod`. */
export function tagged<T extends Record<K, string>, K extends keyof T & string>(
  key: K,
  variants: { [V in T[K]]: Check<Extract<T, Record<K, V>>> },
): Check<T> {
  const allowed = Object.keys(variants);
  return (value, path) => {
    if (!isPlainObject(value)) return { kind: 'type', path, expected: 'an object' };
    const at = join(path, key);
    if (!Object.hasOwn(value, key)) return { kind: 'missing', path: at };
    const tag = value[key];
    if (typeof tag !== 'string') return { kind: 'type', path: at, expected: 'text' };
    if (!Object.hasOwn(variants, tag)) return { kind: 'enum', path: at, allowed };
    return (variants as Record<string, Check<unknown>>)[tag]!(value, path);
  };
}
