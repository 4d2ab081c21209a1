import type { PracticeRegion } from '../api/types.js';

/**
 * Whether a region is closed, as far as the widget knows: its own availability answer when the patient
 * already checked it (authoritative), else its `busy` flag. Undefined when only asking would tell.
 * The `availability` windows are not used: they would make the answer hang on the device's clock.
 */
export function knownClosed(region: PracticeRegion, checked: ReadonlyMap<string, boolean>): boolean | undefined {
  const available = checked.get(region.id);
  if (available !== undefined) return !available;
  return region.busy ? true : undefined;
}

/**
 * True when every region the patient could pick is known to be closed, so the widget says so once
 * rather than letting the patient try each state in turn.
 */
export function everyRegionClosed(regions: readonly PracticeRegion[], checked: ReadonlyMap<string, boolean>): boolean {
  return regions.length > 0 && regions.every((region) => knownClosed(region, checked) === true);
}
