/**
 * A real Redis for the rate-limit tests: Debian's `redis-server` (`.ci/run` installs it), started on a
 * free loopback port with nothing written to disk, and stopped by the test that started it.
 */
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { freePort, startProcess, waitUntil } from '../../src/launcher/index.ts';

export interface TestRedis {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

const startTimeoutMs = 10_000;

/** The redis-server binary on PATH (or /usr/bin, /usr/sbin), undefined when it is not installed. */
export function findRedisServer(): string | undefined {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter), '/usr/bin', '/usr/sbin'].filter(Boolean);
  for (const dir of dirs) {
    const candidate = join(dir, 'redis-server');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export const redisMissingMessage = 'redis-server is not installed (apt-get install redis-server; .ci/run installs it)';

export async function startRedis(): Promise<TestRedis> {
  const binary = findRedisServer();
  if (!binary) throw new Error(redisMissingMessage);
  const port = await freePort('127.0.0.1');
  const dir = mkdtempSync(join(tmpdir(), 'test-redis-'));
  const redis = startProcess(binary, {
    args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--loglevel', 'warning'],
    name: 'redis-server',
  });
  const close = async () => {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  // Ready once it answers PING (with --loglevel warning it prints nothing when all is well).
  await waitUntil('redis-server', () => accepts(port), {
    timeoutMs: startTimeoutMs,
    intervalMs: 50,
    giveUp: () => (redis.hasExited() ? `redis-server exited\n${redis.output().all}` : undefined),
  }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return { url: `redis://127.0.0.1:${port}`, close };
}

/** True when something answers Redis's PING on the port. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(500);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
