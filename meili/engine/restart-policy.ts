/**
 * When to restart a server that died: at once-ish, then backing off (1 s, 2 s, 4 s … 30 s)
 * while it keeps dying soon after starting, and from 1 s again once it has run steadily.
 *
 *   const policy = new RestartPolicy();
 *   policy.next(500)     → { attempt: 1, delayMs: 1000 }
 *   policy.next(800)     → { attempt: 2, delayMs: 2000 }
 *   policy.next(120_000) → { attempt: 1, delayMs: 1000 }   (it had run for two minutes)
 */
export class RestartPolicy {
  private attempt = 0;

  constructor(
    private readonly firstDelayMs = 1000,
    private readonly maxDelayMs = 30_000,
    private readonly steadyMs = 60_000,
  ) {}

  /** The next restart, given how long the server ran before it died. */
  next(ranMs: number): { attempt: number; delayMs: number } {
    this.attempt = ranMs >= this.steadyMs ? 1 : this.attempt + 1;
    return { attempt: this.attempt, delayMs: Math.min(this.maxDelayMs, this.firstDelayMs * 2 ** (this.attempt - 1)) };
  }
}
