/**
 * The site in its own process: the production server around the build (`serve`, as a deployment runs
 * it), or Astro's dev server (`dev`). Ready once it answers.
 */
import { startNode, type ProcessOutput, type RunningProcess } from './child-process.ts';
import { astroCli, projectRoot, siteServerEntry } from './entries.ts';
import { untilAnswering, untilPrinted } from './part-ready.ts';

export type SiteMode = 'serve' | 'dev';

export interface StartSiteOptions {
  /** Default `serve`. */
  mode?: SiteMode | undefined;
  /**
   * Where it listens. 0: the system picks (`serve` only): the server says where in its first line, which
   * is read, so its stdout is kept even when `output` is `inherit` (it is then forwarded).
   */
  port: number;
  /** Its environment (default this process's); `serve`: HOST defaults to localhost, ASTRO_OUT_DIR names the build. */
  env?: NodeJS.ProcessEnv | undefined;
  output?: ProcessOutput | undefined;
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
}

export interface StartedSite {
  /** Where it answers on loopback (not its public SITE_ORIGIN, which may be a proxy's). */
  origin: string;
  process: RunningProcess;
}

export async function startSite(options: StartSiteOptions): Promise<StartedSite> {
  const { mode = 'serve', port } = options;
  const base = options.env ?? process.env;
  const output = options.output ?? 'keep';
  if (mode === 'dev') {
    const env = { ...base, PORT: String(port) };
    if (port === 0) throw new Error('the dev server needs a port');
    const dev = startNode(astroCli(), { args: ['dev', '--port', String(port)], env, cwd: projectRoot, output, name: 'astro dev' });
    const origin = `http://localhost:${port}`;
    await untilAnswering(dev, `${origin}/`, options);
    return { origin, process: dev };
  }
  const site = startNode(siteServerEntry, {
    env: { HOST: 'localhost', ...base, PORT: String(port) },
    cwd: projectRoot,
    output: port === 0 && output === 'inherit' ? 'forward' : output,
    name: 'the site (src/server/main.ts)',
  });
  const origin = port === 0 ? (await untilPrinted(site, /listening on (http:\/\/\S+)/, options))[1]! : `http://localhost:${port}`;
  await untilAnswering(site, `${origin}/healthz`, options);
  return { origin, process: site };
}
