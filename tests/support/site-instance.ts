/**
 * One more instance of the built site, started as a deployment starts it (src/server/main.ts serving
 * the build in ASTRO_OUT_DIR): its own process, a free port, the environment it is given. For tests
 * that need the site configured differently from the one Playwright serves (another SITE_ORIGIN,
 * several instances behind a balancer).
 */
import { spawn } from 'node:child_process';

export interface SiteInstance {
  /** Where the instance listens (not its public SITE_ORIGIN, which may be a proxy's). */
  origin: string;
  close(): Promise<void>;
}

const startTimeoutMs = 30_000;

export async function startSiteInstance(env: Record<string, string>): Promise<SiteInstance> {
  const outDir = process.env['ASTRO_OUT_DIR'] ?? 'dist';
  // The production server (src/server/main.ts) serving the build in ASTRO_OUT_DIR.
  const child = spawn(process.execPath, ['src/server/main.ts'], {
    env: { ...process.env, HOST: 'localhost', PORT: '0', ASTRO_OUT_DIR: outDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  // The last of what it printed on stderr, to say why it did not start.
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  // The server says where it listens once it does (PORT 0: the system picked the port).
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`site instance did not start within ${startTimeoutMs} ms\n${stderr}`)), startTimeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      const found = /listening on (http:\/\/\S+)/.exec(chunk.toString());
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`site instance exited with ${code}\n${stderr}`));
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGTERM');
    await exited;
    throw error;
  });
  return {
    origin,
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
