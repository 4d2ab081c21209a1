/**
 * The fault switch: `PUT /sandbox/faults` installs rules that make matching API requests slow, fail,
 * answer garbage, hang, drop the connection or redirect, all instead of handling them; or (`after`)
 * let DexCare handle them and break the answer on its way back. Control routes (`/sandbox/*`) are never faulted.
 */

/**
 * Breaking the real answer after the handler ran (so a POSTed visit exists), as a proxy or gateway would.
 * Whatever the handler answered is broken, a 4xx too; CORS headers stay, so a browser sees the breakage.
 * - `hang-body`: status line, headers (real Content-Length) and a few bytes of the body, then silence, never ended;
 * - `cut-short`: status line, headers (real Content-Length) and half the body, then the connection closes;
 * - `reset`: no answer at all, the connection reset (RST) once the request was received;
 * - `gateway-504`: a gateway's 504 HTML page instead of the answer (not DexCare's `{ error }` JSON).
 */
export const AFTER_FAULTS = ['hang-body', 'cut-short', 'reset', 'gateway-504'] as const;
export type AfterFault = (typeof AFTER_FAULTS)[number];

export const REDIRECT_STATUSES = [301, 302, 303, 307, 308] as const;

export interface Redirect {
  status: (typeof REDIRECT_STATUSES)[number];
  /** Any absolute URL; another origin is the interesting case. */
  location: string;
}

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
  /** A `Retry-After` header (seconds or an HTTP date) on the `status` answer. */
  retryAfter?: string;
  /** Answer this redirect instead of handling the request. */
  redirect?: Redirect;
  /** Handle the request, then break the answer (see AFTER_FAULTS). */
  after?: AfterFault;
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

type Kind = 'string' | 'count' | 'latency' | 'status' | 'boolean' | 'header' | 'redirect' | 'after';
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
  retryAfter: 'header',
  redirect: 'redirect',
  after: 'after',
};

/** Options that decide what answer is sent; `after` and `redirect` take none of the others. */
const EXCLUSIVE: Partial<Record<keyof Fault, Array<keyof Fault>>> = {
  after: ['status', 'body', 'hang', 'destroy', 'redirect', 'retryAfter'],
  redirect: ['status', 'body', 'hang', 'destroy', 'retryAfter'],
};

/** Printable ASCII: anything else would make Node refuse the header (a 500), not test the widget. */
const HEADER_VALUE = /^[\x20-\x7e]+$/;

function redirectProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be { "status": 307, "location": "https://…" }';
  const extra = Object.keys(value).find((key) => key !== 'status' && key !== 'location');
  if (extra) return `has an unknown field ${extra}`;
  const { status, location } = value as Record<string, unknown>;
  if (!REDIRECT_STATUSES.includes(status as Redirect['status'])) return `needs a status of ${REDIRECT_STATUSES.join(', ')}`;
  if (typeof location !== 'string' || !HEADER_VALUE.test(location) || !URL.canParse(location)) {
    return 'needs a location: an absolute URL in printable ASCII';
  }
  return null;
}

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
    case 'header':
      return typeof value === 'string' && HEADER_VALUE.test(value) ? null : 'must be a non-empty string of printable ASCII';
    case 'redirect':
      return redirectProblem(value);
    case 'after':
      return AFTER_FAULTS.includes(value as AfterFault) ? null : `must be one of ${AFTER_FAULTS.join(', ')}`;
  }
}

/** What is wrong with a fault whose fields are each fine, as `[field, problem]`; null when nothing. */
function combinationProblem(fault: Fault): [string, string] | null {
  for (const [key, others] of Object.entries(EXCLUSIVE) as Array<[keyof Fault, Array<keyof Fault>]>) {
    const other = Object.hasOwn(fault, key) ? others.find((name) => Object.hasOwn(fault, name)) : undefined;
    if (other) return [other, `cannot be combined with ${key}`];
  }
  if (Object.hasOwn(fault, 'retryAfter') && !Object.hasOwn(fault, 'status')) return ['retryAfter', 'needs a status'];
  return null;
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
    const combination = combinationProblem(fault as Fault);
    if (combination) return { error: `${at}.${combination[0]} ${combination[1]}.`, field: `${at}.${combination[0]}` };
    faults.push(fault as Fault);
  }
  return { faults };
}

/**
 * Faults that close a connection before any answer. A browser resends a request (a POST too) whose
 * reused keep-alive connection closes that way, so while one is installed no connection is reused.
 */
export const dropsConnection = (fault: Fault): boolean => fault.destroy === true || fault.after === 'reset';

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
