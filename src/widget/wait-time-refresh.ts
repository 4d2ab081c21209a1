import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `refresh` every `intervalMs` while started, the element is connected and the page is visible;
 * when the page comes back after an interval or more, refreshes at once. Leaves no timer behind.
 */
export class WaitTimeRefresh implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private active = false;
  private connected = false;
  private lastRefresh = 0;

  /** `interval` may be a function so the host's property can change it between cycles. */
  constructor(
    host: ReactiveControllerHost,
    private readonly refresh: () => void,
    private readonly interval: number | (() => number) = 60_000,
  ) {
    host.addController(this);
  }

  private get intervalMs(): number {
    return typeof this.interval === 'function' ? this.interval() : this.interval;
  }

  /** Begin (or restart) the cycle: the caller just loaded fresh figures. */
  start(): void {
    this.active = true;
    this.lastRefresh = Date.now();
    this.schedule();
  }

  stop(): void {
    this.active = false;
    this.clear();
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.clear();
  }

  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') return this.clear();
    if (this.active && Date.now() - this.lastRefresh >= this.intervalMs) this.tick();
    else this.schedule();
  };

  private schedule(): void {
    this.clear();
    if (!this.active || !this.connected || document.visibilityState === 'hidden') return;
    const wait = Math.max(0, this.intervalMs - (Date.now() - this.lastRefresh));
    this.timer = setTimeout(() => this.tick(), wait);
  }

  private tick(): void {
    this.timer = undefined;
    this.lastRefresh = Date.now();
    this.refresh();
    this.schedule();
  }

  private clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
