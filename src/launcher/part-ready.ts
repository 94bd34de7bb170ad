/**
 * A part (a server in its own process) is started once it answers. Waiting for it gives up as soon as it
 * has exited (its own words then make the error) or the launch is called off, and a part that does not
 * answer in time is stopped, so a failed start leaves no process behind.
 */
import type { RunningProcess } from './child-process.ts';
import { LaunchError } from './launch-error.ts';
import { waitUntil, waitForUrl } from './wait-until.ts';

export interface ReadyOptions {
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
}

const giveUpWhen = (part: RunningProcess, signal: AbortSignal | undefined) => () =>
  signal?.aborted ? `the start of ${part.name} was called off` : part.hasExited() ? (part.exitReport() ?? `${part.name} exited`) : undefined;

/** Runs `wait`; when it fails, stops the part and throws a LaunchError (or the abort reason). */
async function readyOrStopped(part: RunningProcess, signal: AbortSignal | undefined, wait: () => Promise<void>): Promise<void> {
  try {
    await wait();
  } catch (error) {
    const exitedByItself = part.hasExited();
    await part.stop();
    signal?.throwIfAborted();
    // Its exit report is complete once the process is gone (all its output read): its own words say why.
    if (exitedByItself) throw new LaunchError(part.exitReport()!, part.exitCode() ?? 1);
    const tail = part.stderrTail();
    throw new LaunchError(tail ? `${(error as Error).message}; ${part.name} wrote:\n${tail}` : (error as Error).message);
  }
}

/** Resolves once `url` answers (any status below 500). */
export function untilAnswering(part: RunningProcess, url: string, { timeoutMs, signal }: ReadyOptions): Promise<void> {
  return readyOrStopped(part, signal, () => waitForUrl(url, { ...(timeoutMs ? { timeoutMs } : {}), giveUp: giveUpWhen(part, signal) }));
}

/** Resolves with the first match of `pattern` in what the part printed on stdout. */
export async function untilPrinted(part: RunningProcess, pattern: RegExp, { timeoutMs, signal }: ReadyOptions): Promise<RegExpExecArray> {
  let found: RegExpExecArray | null = null;
  await readyOrStopped(part, signal, () =>
    waitUntil(
      `${part.name} (a line like ${pattern})`,
      async () => (found = pattern.exec(part.output().stdout)) !== null,
      { intervalMs: 50, ...(timeoutMs ? { timeoutMs } : {}), giveUp: giveUpWhen(part, signal) },
    ),
  );
  return found!;
}
