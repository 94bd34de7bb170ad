/**
 * One more instance of the built site, started as a deployment starts it (src/server/main.ts serving
 * the build in ASTRO_OUT_DIR): its own process, a free port, the environment it is given. For tests
 * that need the site configured differently from the one Playwright serves (another SITE_ORIGIN,
 * several instances behind a balancer). Started by the launcher's startSite (src/launcher/).
 */
import { startSite } from '../../src/launcher/index.ts';

export interface SiteInstance {
  /** Where the instance listens (not its public SITE_ORIGIN, which may be a proxy's). */
  origin: string;
  close(): Promise<void>;
}

const startTimeoutMs = 30_000;

/** `env` over this process's, with HOST=localhost; PORT in `env` picks the port, else the system does. */
export async function startSiteInstance(env: Record<string, string>): Promise<SiteInstance> {
  const outDir = process.env['ASTRO_OUT_DIR'] ?? 'dist';
  const site = await startSite({
    port: Number(env['PORT'] ?? 0),
    env: { ...process.env, HOST: 'localhost', ASTRO_OUT_DIR: outDir, ...env },
    timeoutMs: startTimeoutMs,
  });
  return { origin: site.origin, close: () => site.process.stop() };
}
