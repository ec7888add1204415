import type { Logger } from "../logger";

/** setTimeout takes at most 2^31 - 1 ms (~24.8 days); a later deadline is re-armed on the way. */
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;

export type DeadlineHandler = (workspaceId: string, sessionId: string, round: number) => Promise<void>;

/**
 * One timer per open round with a deadline. The server closes the round itself when it
 * fires, whoever is connected; at start the service re-arms every pending deadline from the
 * store, so a restart keeps them (one that passed while the server was down fires at once).
 */
export class RoundTimers {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly onDeadline: DeadlineHandler,
    private readonly logger: Logger,
  ) {}

  schedule(workspaceId: string, sessionId: string, round: number, deadline: number): void {
    this.cancel(sessionId);
    const wait = Math.max(0, deadline - Date.now());
    const timer = setTimeout(
      () => {
        this.timers.delete(sessionId);
        if (wait > LONGEST_TIMEOUT_MS) {
          this.schedule(workspaceId, sessionId, round, deadline);
          return;
        }
        this.onDeadline(workspaceId, sessionId, round).catch((error: unknown) => {
          this.logger.error({ err: error, workspaceId, sessionId, round }, "could not close a round at its deadline");
        });
      },
      Math.min(wait, LONGEST_TIMEOUT_MS),
    );
    timer.unref();
    this.timers.set(sessionId, timer);
  }

  cancel(sessionId: string): void {
    clearTimeout(this.timers.get(sessionId));
    this.timers.delete(sessionId);
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
