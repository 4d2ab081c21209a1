/** The sandbox's state: seed data plus everything tests and the demo change. `reset()` returns to the seed. */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Gender, VisitRequest, VisitResponse } from '../../src/api/types.js';
import { createClock, type Clock } from './clock.js';
import type { Fault } from './faults.js';
import { DEMO_PATIENT, seedPractices, type SeedPractice, type SeedRegion } from './seed.js';

export const DEFAULT_TOKEN_SECONDS = 900;
export const WAIT_SECONDS_PER_VISIT = 300;
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
  body: VisitRequest;
  receivedAt: string;
  response: VisitResponse;
}

export interface RequestRecord {
  method: string;
  path: string;
  hasAuthorization: boolean;
  status: number;
}

interface TokenRecord {
  patientId: string;
  /** Real time, in ms since the epoch: tokens do not follow the sandbox clock. */
  expiresAt: number;
}

export class Store {
  readonly clock: Clock = createClock();
  practices: SeedPractice[] = [];
  tokens = new Map<string, TokenRecord>();
  dependents = new Map<string, Dependent>();
  visits = new Map<string, StoredVisit>();
  queues = new Map<string, string[]>();
  faults: Fault[] = [];
  requests: RequestRecord[] = [];

  constructor() {
    this.reset();
  }

  reset(): void {
    this.practices = seedPractices();
    this.tokens.clear();
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

  issueToken(patientId: string, expiresInSeconds: number): string {
    const token = `sbx_${randomBytes(24).toString('base64url')}`;
    this.tokens.set(token, { patientId, expiresAt: Date.now() + expiresInSeconds * 1000 });
    return token;
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

  /** Ends every session; answers how many were still live. */
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

  addVisit(visit: StoredVisit): void {
    this.visits.set(visit.visitId, visit);
    const queue = this.queues.get(visit.regionId) ?? [];
    queue.push(visit.visitId);
    this.queues.set(visit.regionId, queue);
  }

  /** 1-based place of the visit in its region's queue, or undefined once it has left. */
  queuePosition(visit: StoredVisit): number | undefined {
    const index = this.queues.get(visit.regionId)?.indexOf(visit.visitId) ?? -1;
    return index < 0 ? undefined : index + 1;
  }

  waitSeconds(region: SeedRegion): number {
    const waiting = this.queues.get(region.id)?.length ?? 0;
    return region.baseWaitSeconds + WAIT_SECONDS_PER_VISIT * waiting;
  }

  logRequest(record: RequestRecord): void {
    this.requests.push(record);
    if (this.requests.length > REQUEST_LOG_SIZE) this.requests.splice(0, this.requests.length - REQUEST_LOG_SIZE);
  }
}
