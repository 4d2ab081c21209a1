/**
 * The sandbox clock: real time unless a test fixes it (`PUT /sandbox/clock`).
 * Everything time-of-day (opening hours, availability, dates of birth) reads it;
 * token expiry deliberately does not (tokens live in real time).
 */
export interface Clock {
  now(): Date;
  /** Fix the clock at `instant`, or release it back to real time with `null`. */
  set(instant: Date | null): void;
  readonly fixed: boolean;
}

export function createClock(): Clock {
  let fixedAt: number | null = null;
  return {
    now: () => new Date(fixedAt ?? Date.now()),
    set(instant) {
      fixedAt = instant === null ? null : instant.getTime();
    },
    get fixed() {
      return fixedAt !== null;
    },
  };
}
