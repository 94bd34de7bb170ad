/**
 * Waiting, with a deadline, until a server answers. A server that is starting refuses connections, so
 * the wait asks again every `intervalMs`; it gives up early when `giveUp` names a reason (the process
 * that was to answer has exited), and at the deadline with a message naming what never answered.
 */

export interface WaitOptions {
  /** How long to wait in all (default 60 s). */
  timeoutMs?: number;
  /** Pause between two tries (default 200 ms). */
  intervalMs?: number;
  /** Checked before each try: a reason to stop waiting now (its text becomes the error). */
  giveUp?: () => string | undefined;
}

export class WaitError extends Error {
  override name = 'WaitError';
}

/** Resolves once `ready()` resolves true; `what` names the thing waited for in the error. */
export async function waitUntil(what: string, ready: (remainingMs: number) => Promise<boolean>, options: WaitOptions = {}): Promise<void> {
  const { timeoutMs = 60_000, intervalMs = 200, giveUp } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = giveUp?.();
    if (reason !== undefined) throw new WaitError(reason);
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new WaitError(`${what} did not answer within ${timeoutMs / 1000} s`);
    if (await ready(remaining).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, Math.max(0, deadline - Date.now()))));
  }
}

/**
 * Waits until `url` answers with a status below 500 (redirects are not followed: a 303 is an answer).
 * Each try has its own time-out (at most 5 s), so a server that accepts and never answers can't hold the
 * wait past its deadline.
 */
export function waitForUrl(url: string, options: WaitOptions = {}): Promise<void> {
  return waitUntil(
    url,
    async (remainingMs) => {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(Math.min(remainingMs, 5_000)) });
      await response.body?.cancel();
      return response.status < 500;
    },
    options,
  );
}
