import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { runnerCacheDir } from './paths.ts';

/**
 * Runs `work` while holding a lock named `name`, so two processes (two test workers, or a reader's two
 * terminals) never install or build the same sample at once; the second waits, then finds it done.
 */
export async function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  mkdirSync(runnerCacheDir, { recursive: true });
  const target = join(runnerCacheDir, `${name}.target`);
  if (!existsSync(target)) writeFileSync(target, '');
  // Up to ~10 minutes: a first Next.js build on a busy two-core machine takes several.
  const release = await lockfile.lock(target, { retries: { retries: 600, minTimeout: 1000, maxTimeout: 1000 } });
  try {
    return await work();
  } finally {
    await release();
  }
}
