/**
 * Booking for someone in the signed-in person's care: the host's hook turns the person's demographics
 * into a DexCare patient identifier (the host calls DexCare's `/v1/patient/other`, which needs its own
 * credentials). This file guards that hook and remembers its answer.
 */
import type { Gender } from '../api/types.js';

/** The person a visit is booked for, when it is not the signed-in patient. */
export interface DependentDemographics {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  gender: Gender;
}

/** Turns a dependent's demographics into a DexCare patient identifier. */
export type DependentPatientResolver = (dependent: DependentDemographics) => Promise<string>;

/** The hook failed, or answered something that is not a patient identifier. Carries no patient data. */
export class DependentRegistrationError extends Error {
  override readonly name = 'DependentRegistrationError';
}

/**
 * Asks the hook once per person: a retry after a failed visit request (a timeout, say) must not
 * register the same child twice on the host's side. Kept in memory only, for this widget's life.
 */
export class DependentPatients {
  private known?: { key: string; identifier: string };

  async identifierFor(resolve: DependentPatientResolver, dependent: DependentDemographics): Promise<string> {
    const key = JSON.stringify([dependent.firstName, dependent.lastName, dependent.dateOfBirth, dependent.gender]);
    if (this.known?.key === key) return this.known.identifier;
    let answer: unknown;
    try {
      answer = await resolve(dependent);
    } catch {
      // The host's error may describe the person; it stays with the host.
      throw new DependentRegistrationError('getDependentPatientId failed');
    }
    if (typeof answer !== 'string' || answer.trim() === '') {
      throw new DependentRegistrationError('getDependentPatientId did not return a patient identifier');
    }
    const identifier = answer.trim();
    this.known = { key, identifier };
    return identifier;
  }
}
