/**
 * The fault switch: `PUT /sandbox/faults` installs rules that make matching API requests slow, fail,
 * answer garbage, hang or drop the connection. Control routes (`/sandbox/*`) are never faulted.
 */

export interface Fault {
  method?: string;
  /** Substring of the request path. */
  path?: string;
  /** Matches the practice and visits routes. */
  practiceId?: string;
  /** Matches the region availability and wait-time routes. */
  regionId?: string;
  /** Apply to the next N matching requests, then disappear; unlimited when absent. */
  times?: number;
  latencyMs?: number;
  /** Answer with this status and a JSON `{ error }` body (or `body`, when given). */
  status?: number;
  /** Raw body to send instead of the real answer; status 200 unless `status` is given. */
  body?: string;
  /** Never answer (until the client gives up). */
  hang?: boolean;
  /** Close the socket without an answer. */
  destroy?: boolean;
}

/** What a request looks like to the fault matcher. */
export interface FaultTarget {
  method: string;
  path: string;
  practiceId?: string;
  regionId?: string;
}

const MAX_FAULTS = 100;
const MAX_LATENCY_MS = 120_000;

type Kind = 'string' | 'count' | 'latency' | 'status' | 'boolean';
const FIELDS: Record<keyof Fault, Kind> = {
  method: 'string',
  path: 'string',
  practiceId: 'string',
  regionId: 'string',
  times: 'count',
  latencyMs: 'latency',
  status: 'status',
  body: 'string',
  hang: 'boolean',
  destroy: 'boolean',
};

function fieldProblem(kind: Kind, value: unknown): string | null {
  switch (kind) {
    case 'string':
      return typeof value === 'string' ? null : 'must be a string';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'count':
      return Number.isInteger(value) && (value as number) >= 1 ? null : 'must be a whole number of at least 1';
    case 'latency':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_LATENCY_MS
        ? null
        : `must be a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}`;
    case 'status':
      return Number.isInteger(value) && (value as number) >= 200 && (value as number) <= 599
        ? null
        : 'must be an HTTP status from 200 to 599';
  }
}

/** Validates the body of `PUT /sandbox/faults`. */
export function parseFaults(body: unknown): { faults: Fault[] } | { error: string; field?: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { error: 'Expected { "faults": [...] }.' };
  const extra = Object.keys(body).filter((key) => key !== 'faults');
  if (extra.length > 0) return { error: `Unknown field ${extra[0]}.`, field: extra[0] };
  const list = (body as { faults?: unknown }).faults;
  if (!Array.isArray(list)) return { error: '"faults" must be an array.', field: 'faults' };
  if (list.length > MAX_FAULTS) return { error: `At most ${MAX_FAULTS} faults.`, field: 'faults' };
  const faults: Fault[] = [];
  for (const [index, item] of list.entries()) {
    const at = `faults[${index}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return { error: `${at} must be an object.`, field: at };
    const fault: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(item)) {
      if (!Object.hasOwn(FIELDS, key)) return { error: `${at}.${key} is not a fault option.`, field: `${at}.${key}` };
      const problem = fieldProblem(FIELDS[key as keyof Fault], value);
      if (problem) return { error: `${at}.${key} ${problem}.`, field: `${at}.${key}` };
      fault[key] = value;
    }
    faults.push(fault as Fault);
  }
  return { faults };
}

function matches(fault: Fault, target: FaultTarget): boolean {
  if (fault.method !== undefined && fault.method.toUpperCase() !== target.method.toUpperCase()) return false;
  if (fault.path !== undefined && !target.path.includes(fault.path)) return false;
  if (fault.practiceId !== undefined && fault.practiceId !== target.practiceId) return false;
  if (fault.regionId !== undefined && fault.regionId !== target.regionId) return false;
  return true;
}

/** The first fault matching `target`, counting it against its `times` (and removing it when spent). */
export function takeFault(faults: Fault[], target: FaultTarget): Fault | undefined {
  const index = faults.findIndex((fault) => matches(fault, target));
  if (index < 0) return undefined;
  const fault = faults[index]!;
  if (fault.times !== undefined) {
    const left = fault.times - 1;
    if (left <= 0) faults.splice(index, 1);
    else faults[index] = { ...fault, times: left };
  }
  return fault;
}
