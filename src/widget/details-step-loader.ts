import { TimeoutError } from '../api/errors.js';

export type DetailsStep = typeof import('../details/details-step.js');

let loading: Promise<DetailsStep> | undefined;
let failures = 0;

// Read by the bundle's import of the chunk (scripts/rollup-plugin-retriable-import.mjs): after a failed
// fetch, which the browser remembers, a query makes the next one a fresh request.
const RETRY = Symbol.for('dexcare-virtual-visit.import-retry');

/**
 * The details step's code, fetched once per page however many widgets ask; each caller waits at most
 * `timeoutMs` from its own call (a Continue pressed late gets its full time). A failed fetch is
 * forgotten, so the next call (the patient's "Continue" again) tries afresh.
 */
export function loadDetailsStep(timeoutMs: number): Promise<DetailsStep> {
  if (!loading) {
    if (failures > 0) (globalThis as { [RETRY]?: string })[RETRY] = `?retry=${failures}`;
    loading = import('../details/details-step.js').catch((error: unknown) => {
      loading = undefined;
      failures += 1;
      throw error;
    });
  }
  const shared = loading;
  return new Promise<DetailsStep>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(`No answer for the visit form's code within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    shared.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
