/** Shared helpers for the sandbox tests: an in-process sandbox on port 0, talked to with fetch. */
import { after, before, beforeEach } from 'node:test';
import type { VisitRequest } from '../../src/api/types.js';
import { ACME_PRACTICE_ID, DEMO_PATIENT_ID, MONTANA_REGION_ID } from '../../demo/sandbox/seed.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../demo/sandbox/server.js';

/** Starts one sandbox for the file (reset before each test); read it through the returned getter. */
export function useSandbox(options: SandboxOptions = {}): () => Sandbox {
  let sandbox: Sandbox | undefined;
  before(async () => {
    sandbox = await startSandbox({ port: 0, ...options });
  });
  beforeEach(() => sandbox!.store.reset());
  after(async () => {
    await sandbox?.close();
  });
  return () => sandbox!;
}

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export async function call<T = any>(sandbox: Sandbox, path: string, init: RequestInit = {}): Promise<Answer<T>> {
  const response = await fetch(sandbox.url + path, init);
  const text = await response.text();
  let body: any = text;
  if ((response.headers.get('content-type') ?? '').startsWith('application/json')) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, headers: response.headers, body, text };
}

export const sendJson = (sandbox: Sandbox, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  call(sandbox, path, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

export async function signIn(sandbox: Sandbox, body?: unknown): Promise<string> {
  const answer = await sendJson(sandbox, 'POST', '/sandbox/sign-in', body);
  if (answer.status !== 200) throw new Error(`sign-in failed: ${answer.status}`);
  return answer.body.accessToken;
}

export const setClock = (sandbox: Sandbox, now: string | null) => sendJson(sandbox, 'PUT', '/sandbox/clock', { now });

/** A valid booking for the demo patient in Montana (open around the clock), paid with the sandbox coupon. */
export function validVisit(): VisitRequest {
  return {
    patient: {
      identifier: DEMO_PATIENT_ID,
      phone: '555-222-3334',
      email: 'ada@example.org',
      address: { line1: '1 Main St', city: 'Helena', state: 'MT', postalCode: '59601' },
    },
    billingInfo: { paymentMethod: 'couponcode', couponCode: 'SANDBOX-FREE' },
    visitDetails: {
      practiceRegionId: MONTANA_REGION_ID,
      ehrSystemName: 'SANDBOX-EPIC-MT',
      departmentId: 'dept-mt-virtual',
      visitReason: 'Sore throat for three days',
      declaration: 'self',
      acceptedTerms: true,
      preTriageTags: [],
    },
  };
}

export function postVisit(sandbox: Sandbox, body: unknown, token?: string, practiceId = ACME_PRACTICE_ID) {
  return sendJson(sandbox, 'POST', `/api/8/practices/${practiceId}/visits`, body, token ? { Authorization: `Bearer ${token}` } : {});
}

export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
