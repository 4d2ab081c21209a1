import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TaskStatus, type Task } from '@lit/task';
import { isAbortError } from '../api/errors.js';

/**
 * A removed element aborts its task's request; back on the page (or moved, in one step, which may come
 * before the abort settles), it loads again.
 */
export class ResumeOnReconnect implements ReactiveController {
  private interrupted = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly task: Task<readonly unknown[], unknown>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    void this.task.run();
  }

  hostDisconnected(): void {
    const { status, error } = this.task;
    this.interrupted = status === TaskStatus.PENDING || (status === TaskStatus.ERROR && isAbortError(error));
    this.task.abort();
  }
}
