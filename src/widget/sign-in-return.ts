/**
 * The round trip through the health system's sign-in page (`sign-in-url`). Only the region and the step
 * to resume are kept, in sessionStorage for 30 minutes and removed once used: nothing typed, no token,
 * no patient data.
 */
const KEY = 'dexcare-virtual-visit.sign-in-return';
const LIFETIME_MS = 30 * 60_000;

/** Before leaving for sign-in: where to come back to. */
export function rememberSignInReturn(practiceId: string, regionId: string): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ practiceId, regionId, step: 'details', expires: Date.now() + LIFETIME_MS }));
  } catch {
    // Storage blocked (a sandboxed iframe, strict privacy settings): the patient chooses the state again.
  }
}

/** Back from sign-in: the region whose form to open, once; undefined when none is waiting for this practice. */
export function takeSignInReturn(practiceId: string): string | undefined {
  let saved: unknown;
  try {
    const text = sessionStorage.getItem(KEY);
    if (text === null) return undefined;
    saved = JSON.parse(text);
    const mine = typeof saved === 'object' && saved !== null && (saved as { practiceId?: unknown }).practiceId === practiceId;
    if (mine || !isFresh(saved)) sessionStorage.removeItem(KEY);
    if (!mine) return undefined;
  } catch {
    return undefined;
  }
  const { regionId } = saved as { regionId?: unknown };
  return isFresh(saved) && typeof regionId === 'string' ? regionId : undefined;
}

function isFresh(saved: unknown): boolean {
  const expires = (saved as { expires?: unknown } | null)?.expires;
  return typeof expires === 'number' && expires > Date.now() && expires - Date.now() <= LIFETIME_MS;
}
