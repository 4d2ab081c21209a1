import type { Department, Practice, PracticeRegion } from '../api/types.js';
import { nameOrder } from './name-order.js';

/**
 * The regions a patient may pick from, as DexCare's samples list them: active ones only (inactive and
 * test regions are refused at booking), by display name, busy regions last.
 */
export function selectableRegions(practice: Practice, locale?: string): PracticeRegion[] {
  const active = practice.practiceRegions.filter((region) => region.active);
  const compareNames = nameOrder(active.map((region) => region.displayName), locale);
  return active.sort((a, b) => Number(a.busy) - Number(b.busy) || compareNames(a.displayName, b.displayName));
}

/** The region's departments; the patient chooses only when there is more than one. */
export function departmentsOf(region: PracticeRegion): Department[] {
  return region.departments ?? [];
}

/** True when the form must ask which department the visit is for. */
export function hasDepartmentChoice(region: PracticeRegion): boolean {
  return departmentsOf(region).length > 1;
}

/**
 * The department a visit goes to: the region's only one, or the one the patient chose when there are
 * several; undefined when nothing matches.
 */
export function chosenDepartment(region: PracticeRegion, departmentId: string): Department | undefined {
  const departments = departmentsOf(region);
  if (departments.length === 1) return departments[0];
  return departments.find((department) => department.id === departmentId.trim());
}
