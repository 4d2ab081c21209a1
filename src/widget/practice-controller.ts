import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { DexCareClient } from '../api/client.js';
import { ConfigurationError } from '../api/errors.js';
import { sleep } from '../api/http.js';
import type { Practice, PracticeRegion } from '../api/types.js';
import { ResumeOnReconnect } from './resume-on-reconnect.js';

export interface PracticeSource {
  settings: { readonly practiceId: string; readonly brand: string; readonly locale?: string };
  client(): DexCareClient | ConfigurationError;
  /** The practice answered (the first time, or again after a retry or a change of practice). */
  onLoaded(practice: Practice): void;
  /** `practice-id` changed after the first: before the render that shows it. */
  onChanged(): void;
  onError(error: unknown): void;
}

/**
 * How long a widget without practice-id or brand shows "Loading…" before it says it is not configured:
 * frameworks set properties after the element upgrades (React hydrating server HTML sets them in an effect).
 */
const CONFIGURATION_GRACE_MS = 2000;

/**
 * The practice and its regions. The client shares one request between the page's widgets; a reload
 * of the same practice that fails keeps the last answer, so a form on screen stays.
 */
export class PracticeController implements ReactiveController {
  readonly task: Task<readonly [DexCareClient | ConfigurationError, string, string], Practice>;
  private last?: Practice;
  private shownId?: string;
  private connectedAt = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly source: PracticeSource,
  ) {
    host.addController(this);
    const resume: ResumeOnReconnect = new ResumeOnReconnect(host, () => this.task);
    this.task = new Task(host, {
      task: async ([client, practiceId, brand], { signal }) => {
        resume.ensureConnected();
        if (client instanceof ConfigurationError) throw client;
        // A change of settings aborts this wait (the task runs again with them).
        if (!practiceId || !brand.trim()) await sleep(this.connectedAt + CONFIGURATION_GRACE_MS - performance.now(), signal);
        if (!practiceId) throw new ConfigurationError('practice-id is required');
        if (!brand.trim()) throw new ConfigurationError('brand is required');
        return client.getPractice(practiceId, signal);
      },
      args: () => [source.client(), source.settings.practiceId, source.settings.brand] as const,
      onComplete: (practice) => {
        this.last = practice;
        source.onLoaded(practice);
      },
      onError: (error) => source.onError(error),
    });
  }

  hostConnected(): void {
    this.connectedAt = performance.now();
  }

  get value(): Practice | undefined {
    return this.task.value ?? this.last;
  }

  region(regionId: string): PracticeRegion | undefined {
    return this.value?.practiceRegions.find((region) => region.id === regionId);
  }

  /** Another practice: the last one's answer must not stand in for it. */
  hostUpdate(): void {
    const id = this.source.settings.practiceId;
    if (id === this.shownId) return;
    const first = this.shownId === undefined;
    this.shownId = id;
    if (first) return;
    this.last = undefined;
    this.source.onChanged();
  }
}
