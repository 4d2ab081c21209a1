/** The sandbox's state: seed data plus everything tests and the demo change. `reset()` returns to the seed. */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Gender, VisitResponse } from '../../src/api/types.js';
import { createClock, type Clock } from './clock.js';
import type { Fault } from './faults.js';
import { DEMO_PATIENT, seedPractices, type SeedPractice, type SeedRegion } from './seed.js';
import type { ReceivedVisitRequest } from './visit-validation.js';

export const DEFAULT_TOKEN_SECONDS = 900;
export const WAIT_SECONDS_PER_VISIT = 300;
/** How long a created visit stays in its region's queue, by the sandbox clock. */
export const QUEUE_STAY_MS = 30 * 60 * 1000;
const REQUEST_LOG_SIZE = 200;

export interface Dependent {
  identifier: string;
  ownerId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  gender: Gender;
}

export interface StoredVisit {
  visitId: string;
  practiceId: string;
  regionId: string;
  patientFirstName: string;
  /** As received, billing fields the payment method does not use included. */
  body: ReceivedVisitRequest;
  receivedAt: string;
  response: VisitResponse;
}

export interface RequestRecord {
  method: string;
  path: string;
  hasAuthorization: boolean;
  status: number;
}

interface QueueEntry {
  visitId: string;
  /** Sandbox-clock time the visit was created, in ms since the epoch. */
  joinedAt: number;
}

interface TokenRecord {
  patientId: string;
  /** Real time, in ms since the epoch: tokens do not follow the sandbox clock. */
  expiresAt: number;
  /** The cookie session that asked for it (`GET /sandbox/session`): signing out ends the token too. */
  sessionId?: string;
}

export class Store {
  readonly clock: Clock = createClock();
  practices: SeedPractice[] = [];
  tokens = new Map<string, TokenRecord>();
  /** Cookie sessions from the sign-in page, by their opaque id; every one is the demo patient's. */
  sessions = new Set<string>();
  /** How long the tokens `GET /sandbox/session` issues last (`PUT /sandbox/session-tokens`). */
  sessionTokenSeconds = DEFAULT_TOKEN_SECONDS;
  dependents = new Map<string, Dependent>();
  visits = new Map<string, StoredVisit>();
  queues = new Map<string, QueueEntry[]>();
  faults: Fault[] = [];
  requests: RequestRecord[] = [];

  constructor() {
    this.reset();
  }

  reset(): void {
    this.practices = seedPractices();
    this.tokens.clear();
    this.sessions.clear();
    this.sessionTokenSeconds = DEFAULT_TOKEN_SECONDS;
    this.dependents.clear();
    this.visits.clear();
    this.queues.clear();
    this.faults = [];
    this.requests = [];
    this.clock.set(null);
  }

  practice(id: string): SeedPractice | undefined {
    return this.practices.find((practice) => practice.id === id);
  }

  region(id: string): SeedRegion | undefined {
    for (const practice of this.practices) {
      const region = practice.regions.find((candidate) => candidate.id === id);
      if (region) return region;
    }
    return undefined;
  }

  issueToken(patientId: string, expiresInSeconds: number, sessionId?: string): string {
    const token = `sbx_${randomBytes(24).toString('base64url')}`;
    this.tokens.set(token, { patientId, expiresAt: Date.now() + expiresInSeconds * 1000, sessionId });
    return token;
  }

  /** A new cookie session: a random id that says nothing about the patient or any token. */
  startSession(): string {
    const id = randomBytes(24).toString('base64url');
    this.sessions.add(id);
    return id;
  }

  /** Ends the session and every token issued for it. */
  endSession(id: string): void {
    this.sessions.delete(id);
    for (const [token, record] of this.tokens) if (record.sessionId === id) this.tokens.delete(token);
  }

  /** The patient id behind an `Authorization: Bearer …` header, or null when missing, unknown or expired. */
  authenticate(header: string | undefined): string | null {
    const match = /^Bearer ([^\s]+)$/i.exec(header?.trim() ?? '');
    if (!match) return null;
    const record = this.tokens.get(match[1]!);
    if (!record) return null;
    if (record.expiresAt <= Date.now()) {
      this.tokens.delete(match[1]!);
      return null;
    }
    return record.patientId;
  }

  /** Ends every token; answers how many were still live. Cookie sessions stay signed in and issue new ones. */
  expireTokens(): number {
    const now = Date.now();
    const count = [...this.tokens.values()].filter((record) => record.expiresAt > now).length;
    this.tokens.clear();
    return count;
  }

  addDependent(ownerId: string, person: Omit<Dependent, 'identifier' | 'ownerId'>): Dependent {
    const dependent: Dependent = { identifier: randomUUID(), ownerId, ...person };
    this.dependents.set(dependent.identifier, dependent);
    return dependent;
  }

  /** First name of a known patient (the demo patient or a dependent), or undefined when unknown. */
  patientFirstName(identifier: string): string | undefined {
    if (identifier === DEMO_PATIENT.identifier) return DEMO_PATIENT.firstName;
    return this.dependents.get(identifier)?.firstName;
  }

  /** Books the visit and puts it in its region's queue, at the sandbox clock's `receivedAt`. */
  addVisit(visit: StoredVisit): void {
    this.visits.set(visit.visitId, visit);
    const queue = this.queues.get(visit.regionId) ?? [];
    queue.push({ visitId: visit.visitId, joinedAt: Date.parse(visit.receivedAt) });
    this.queues.set(visit.regionId, queue);
  }

  /**
   * The visits waiting in a region now, by the sandbox clock, in the order they joined: each from its
   * creation until QUEUE_STAY_MS later (by then a clinician has seen it). Worked out at each read rather
   * than pruned, so a test that moves the clock back finds the queue as it was then.
   */
  private waiting(regionId: string): QueueEntry[] {
    const now = this.clock.now().getTime();
    return (this.queues.get(regionId) ?? [])
      .filter(({ joinedAt }) => joinedAt <= now && now < joinedAt + QUEUE_STAY_MS)
      .sort((a, b) => a.joinedAt - b.joinedAt);
  }

  /** 1-based place of the visit in its region's queue, or undefined once it has left. */
  queuePosition(visit: StoredVisit): number | undefined {
    const index = this.waiting(visit.regionId).findIndex((entry) => entry.visitId === visit.visitId);
    return index < 0 ? undefined : index + 1;
  }

  /** The region's base wait plus WAIT_SECONDS_PER_VISIT for each visit still waiting there. */
  waitSeconds(region: SeedRegion): number {
    return region.baseWaitSeconds + WAIT_SECONDS_PER_VISIT * this.waiting(region.id).length;
  }

  logRequest(record: RequestRecord): void {
    this.requests.push(record);
    if (this.requests.length > REQUEST_LOG_SIZE) this.requests.splice(0, this.requests.length - REQUEST_LOG_SIZE);
  }
}
