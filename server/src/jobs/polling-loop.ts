/**
 * A round of background work that every instance runs again and again (announcers, the outbox, the
 * feature-request schedule): the next round starts a while after the last one ended, never two at
 * once on one instance; a failed round is logged and tried again after `retryMs`; stopping waits for
 * the round under way, which checks `isStopped` between its batches.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private last: Promise<unknown> = Promise.resolve();

  /** `round` does the work and says how many milliseconds to wait before the next one. */
  constructor(
    private readonly round: () => Promise<number>,
    private readonly onError: (error: unknown) => void,
    private readonly retryMs: number,
  ) {}

  get isStopped(): boolean {
    return this.stopped;
  }

  /**
   * Runs `work` once the round under way (and any work queued before) has finished, never beside
   * it: a round run on demand (a test, the demo seed) sees what the background round did.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.last.then(work, work);
    this.last = next.catch(() => undefined);
    return next;
  }

  start(): void {
    const tick = () => {
      if (this.stopped) return;
      let wait = this.retryMs;
      this.running = this.exclusive(this.round)
        .then((ms) => {
          wait = ms;
        })
        .catch((error) => this.onError(error))
        .finally(() => {
          this.running = null;
          if (!this.stopped) this.timer = setTimeout(tick, wait);
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}

/**
 * One round of an announcement worker (E3, FR4): for each announcement still going out, batches
 * until none is left or a whole batch failed (then it waits for a later round), then `finish`
 * closes it if nobody is left to tell. True when some announcement was stuck this round.
 */
export async function announceEach(
  loop: PollingLoop,
  pendingIds: readonly string[],
  batch: (id: string) => Promise<{ taken: number; told: number }>,
  finish: (id: string) => Promise<void>,
): Promise<boolean> {
  let stuck = false;
  for (const id of pendingIds) {
    while (!loop.isStopped) {
      const { taken, told } = await batch(id);
      if (taken === 0) break;
      if (told === 0) {
        stuck = true;
        break;
      }
    }
    if (!loop.isStopped) await finish(id);
  }
  return stuck;
}
