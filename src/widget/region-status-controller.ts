import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { DexCareClient } from '../api/client.js';
import { ConfigurationError, isAbortError } from '../api/errors.js';
import type { PracticeRegion, RegionAvailability, WaitTime } from '../api/types.js';
import { loadErrorMessage } from '../booking/error-messages.js';
import type { AvailabilityChangedDetail } from '../booking/event-details.js';
import { nextOpening } from '../booking/opening-hours.js';
import { OUT_OF_AREA } from '../components/region-picker.js';
import type { RegionStatus } from '../components/wait-time-badge.js';
import { ResumeOnReconnect } from './resume-on-reconnect.js';
import { refreshIntervalMs } from '../booking/host-settings.js';
import { WaitTimeRefresh } from './wait-time-refresh.js';

interface RegionSnapshot {
  regionId: string;
  availability: RegionAvailability;
  waitTime?: WaitTime;
}

export interface RegionStatusSource {
  client(): DexCareClient | ConfigurationError;
  /** The chosen region's id, `OUT_OF_AREA`, or `''`. */
  regionId(): string;
  region(): PracticeRegion | undefined;
  settings: { readonly waitTimeRefreshInterval: number };
  /** Availability or wait time changed (or came for the first time): for `availability-changed`. */
  onChange(detail: AvailabilityChangedDetail): void;
  onError(error: unknown): void;
}

/**
 * Is the chosen region's clinic open, and the wait: both asked at once, refreshed on an interval while
 * the page is visible, each real change reported once. Also remembers what every region answered, to
 * tell when all are closed.
 */
export class RegionStatusController implements ReactiveController {
  readonly task: Task<readonly [DexCareClient | ConfigurationError, string], RegionSnapshot | undefined>;
  /** Each region's last availability answer (id → available). */
  checkedRegions = new Map<string, boolean>();
  private last?: RegionSnapshot;
  private shownRegionId = '';
  private frozen = false;
  private readonly refresh: WaitTimeRefresh;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: RegionStatusSource,
  ) {
    host.addController(this);
    this.refresh = new WaitTimeRefresh(host, () => void this.task.run(), () => refreshIntervalMs(source.settings.waitTimeRefreshInterval));
    const resume: ResumeOnReconnect = new ResumeOnReconnect(host, () => this.task);
    this.task = new Task(host, {
      task: async ([client, regionId], { signal }) => {
        if (client instanceof ConfigurationError || !regionId || regionId === OUT_OF_AREA) return undefined;
        resume.ensureConnected();
        // Both at once: the wait time is on screen one round trip after the choice.
        const waitTime = client.getWaitTime(regionId, signal);
        waitTime.catch(() => {});
        const availability = await client.getAvailability(regionId, signal);
        return { regionId, availability, waitTime: availability.available ? await waitTime : undefined };
      },
      args: () => [source.client(), source.regionId()] as const,
      onComplete: (snapshot) => this.onSnapshot(snapshot),
      onError: (error) => source.onError(error),
    });
  }

  /** Before the task sees a new choice: the last figures were for another region. */
  hostUpdate(): void {
    const regionId = this.source.regionId();
    if (regionId === this.shownRegionId) return;
    this.shownRegionId = regionId;
    this.last = undefined;
    this.refresh.stop();
  }

  /** What the badge shows for the chosen region; while a refresh runs, the last figures stay. */
  get status(): RegionStatus | undefined {
    const regionId = this.source.regionId();
    if (!regionId || regionId === OUT_OF_AREA) return undefined;
    const task = this.task;
    const snapshot = task.status === TaskStatus.COMPLETE ? task.value : this.last?.regionId === regionId ? this.last : undefined;
    if (task.status === TaskStatus.ERROR && !isAbortError(task.error) && !snapshot) {
      return { kind: 'error', message: loadErrorMessage(task.error) };
    }
    if (!snapshot || snapshot.regionId !== regionId) return { kind: 'loading' };
    return statusOf(snapshot, this.source.region());
  }

  /** The visit exists: the figures no longer matter. */
  freeze(): void {
    this.frozen = true;
    this.refresh.stop();
  }

  /** Another practice: what its regions answered is unknown again, and the figures matter again. */
  reset(): void {
    this.frozen = false;
    this.checkedRegions = new Map();
    this.host.requestUpdate();
  }

  private onSnapshot(snapshot: RegionSnapshot | undefined) {
    if (!snapshot) return;
    const previous = this.last?.regionId === snapshot.regionId ? this.last : undefined;
    this.last = snapshot;
    this.checkedRegions = new Map(this.checkedRegions).set(snapshot.regionId, snapshot.availability.available);
    if (!this.frozen) this.refresh.start();
    const waitTimeSeconds = snapshot.waitTime?.estimatedWaitTimeSeconds ?? null;
    if (
      !previous ||
      previous.availability.available !== snapshot.availability.available ||
      previous.availability.reason !== snapshot.availability.reason ||
      (previous.waitTime?.estimatedWaitTimeSeconds ?? null) !== waitTimeSeconds
    ) {
      this.source.onChange({ regionId: snapshot.regionId, ...snapshot.availability, waitTimeSeconds });
    }
  }
}

function statusOf(snapshot: RegionSnapshot, region: PracticeRegion | undefined): RegionStatus {
  const { availability, waitTime } = snapshot;
  if (availability.available && waitTime) return { kind: 'open', waitTimeSeconds: waitTime.estimatedWaitTimeSeconds };
  return {
    kind: 'closed',
    reason: availability.reason,
    busyMessage: region?.busyMessage ?? '',
    nextOpening: availability.reason === 'OFF_HOURS' && region ? nextOpening(region.availability, new Date()) : null,
  };
}
