/**
 * A Node script started as its own process (src/local-tenant/main.ts, src/server/main.ts), with what it
 * printed kept for the test to read. In a test, start it through the `spawnNode` fixture
 * (tests/support/fixtures.ts), which stops it after the test however the test ended.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface NodeProcess {
  child: ChildProcess;
  /** Resolves with the exit code once the process has exited (null when a signal ended it). */
  exited: Promise<number | null>;
  /** What it printed so far: stdout, stderr, and both in the order they arrived. */
  output(): { stdout: string; stderr: string; all: string };
  /** SIGTERM unless it has already exited; resolves once it has. */
  stop(): Promise<void>;
}

/** Runs `node <args>` (the Node running the tests) with exactly `env`. */
export function startNodeProcess(args: string[], env: NodeJS.ProcessEnv): NodeProcess {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let all = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    all += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    all += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => ({ stdout, stderr, all }),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
