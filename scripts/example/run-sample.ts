import { spawn, type ChildProcess } from 'node:child_process';
import type { SampleId } from '../../src/lib/local-tenant-defaults.ts';
import { SampleError } from './paths.ts';
import type { SampleEnv } from './sample-env.ts';
import { sampleRunners } from './samples.ts';

export interface RunningSample {
  baseUrl: string;
  child: ChildProcess;
  /** Resolves with the exit code once the sample has stopped. */
  exited: Promise<number | null>;
  /** SIGTERM, then waits for it to go. */
  stop(): Promise<void>;
}

const readyTimeoutMs = 60_000;

/**
 * Starts a prepared sample with `env` (its tenant, App ID, secret, BASE_URL, session secret) on its
 * BASE_URL's port, its output passed through, and resolves once its home page answers.
 */
export async function startSample(id: SampleId, env: SampleEnv): Promise<RunningSample> {
  const port = Number(new URL(env.BASE_URL).port || (env.BASE_URL.startsWith('https:') ? 443 : 80));
  const command = sampleRunners[id].command(port);
  const child = spawn(command.program, command.args, {
    cwd: command.cwd,
    env: { ...process.env, ...command.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(null));
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + readyTimeoutMs;
  while (!(await answers(env.BASE_URL))) {
    if (gone) throw new SampleError(`The ${sampleRunners[id].label} sample stopped before it answered at ${env.BASE_URL}/ (its output is above).`);
    if (Date.now() > deadline) {
      await stop();
      throw new SampleError(`The ${sampleRunners[id].label} sample did not answer at ${env.BASE_URL}/ within ${readyTimeoutMs / 1000} s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseUrl: env.BASE_URL, child, exited, stop };
}

async function answers(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
    await response.body?.cancel();
    return response.status < 500;
  } catch {
    return false;
  }
}
