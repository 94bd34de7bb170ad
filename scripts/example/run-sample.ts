import { startProcess, waitForUrl, type RunningProcess } from '../../src/launcher/index.ts';
import type { SampleId } from '../../src/lib/local-tenant-defaults.ts';
import { SampleError } from './paths.ts';
import type { SampleEnv } from './sample-env.ts';
import { sampleRunners } from './samples.ts';

const readyTimeoutMs = 60_000;

/**
 * Starts a prepared sample with `env` (its tenant, App ID, secret, BASE_URL, session secret) on its
 * BASE_URL's port, its output passed on to this terminal, and resolves once its home page answers. A
 * sample that stops or does not answer in time is stopped and reported in one message.
 */
export async function startSample(id: SampleId, env: SampleEnv, signal?: AbortSignal): Promise<RunningProcess> {
  const port = Number(new URL(env.BASE_URL).port || (env.BASE_URL.startsWith('https:') ? 443 : 80));
  const { label } = sampleRunners[id];
  const command = sampleRunners[id].command(port);
  const sample = startProcess(command.program, {
    args: command.args,
    cwd: command.cwd,
    env: { ...process.env, ...command.env, ...env },
    output: 'forward',
    name: `the ${label} sample`,
  });
  try {
    await waitForUrl(`${env.BASE_URL}/`, {
      timeoutMs: readyTimeoutMs,
      giveUp: () => (signal?.aborted ? 'stopped' : sample.hasExited() ? `the ${label} sample stopped before it answered at ${env.BASE_URL}/` : undefined),
    });
  } catch (error) {
    await sample.stop();
    throw new SampleError(`${(error as Error).message} (its output is above).`);
  }
  return sample;
}
