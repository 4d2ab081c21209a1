import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TaskStatus, type Task } from '@lit/task';
import { isAbortError } from '../api/errors.js';

/**
 * A removed element aborts its task's request; back on the page (or moved, in one step, which may come
 * before the abort settles), it loads again. An element removed before its first request went out
 * (added and removed in one task) sends nothing: the task calls `ensureConnected()` first.
 */
export class ResumeOnReconnect implements ReactiveController {
  private interrupted = false;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    /** A function: the task is made after this controller, so that this one's hooks run first. */
    private readonly task: () => Task<readonly unknown[], unknown>,
  ) {
    host.addController(this);
  }

  /** Throws an AbortError (and runs the task again on reconnection) while the element is off the page. */
  ensureConnected(): void {
    if (this.connected) return;
    this.interrupted = true;
    throw new DOMException('The element is not on the page', 'AbortError');
  }

  hostConnected(): void {
    this.connected = true;
    if (!this.interrupted) return;
    this.interrupted = false;
    void this.task().run();
  }

  hostDisconnected(): void {
    this.connected = false;
    const task = this.task();
    this.interrupted = task.status === TaskStatus.PENDING || (task.status === TaskStatus.ERROR && isAbortError(task.error));
    task.abort();
  }
}
