export type DetailsStep = typeof import('./details-step.js');

let loading: Promise<DetailsStep> | undefined;

/**
 * The details step's code, fetched once per page however many widgets ask. A failed fetch is
 * forgotten, so the next call (the patient's "Continue" again) fetches it afresh.
 */
export function loadDetailsStep(): Promise<DetailsStep> {
  loading ??= import('./details-step.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
