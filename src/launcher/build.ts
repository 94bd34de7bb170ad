/**
 * The site's build, made when it is asked for or needed: `npm start` always builds (a reader who changed
 * a page sees it), a bench builds when there is no build or a source is newer than it, a test never does
 * (Playwright's web server has just built it).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { startNode, type ProcessOutput } from './child-process.ts';
import { astroCli, projectRoot } from './entries.ts';
import { LaunchError } from './launch-error.ts';

export type BuildWhen = 'always' | 'if-missing' | 'if-stale' | 'never';

/** What the build is made from: a file here newer than the build makes it stale. */
const buildSources = ['src', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** The build the site server serves: ASTRO_OUT_DIR (relative to the project) or dist/. */
export function buildDirOf(env: NodeJS.ProcessEnv): string {
  return resolve(projectRoot, env['ASTRO_OUT_DIR'] ?? 'dist');
}

/** The newest file under `path` (a file or a folder), or undefined when there is none. */
function newestFile(path: string): { path: string; mtimeMs: number } | undefined {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return undefined;
  }
  if (!stat.isDirectory()) return { path, mtimeMs: stat.mtimeMs };
  let newest: { path: string; mtimeMs: number } | undefined;
  for (const entry of readdirSync(path)) {
    const found = newestFile(join(path, entry));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/**
 * Why the build in `outDir` has to be made now, or undefined when it doesn't. `root` and `sources` say
 * what it is made from (the project's, unless a test gives its own).
 */
export function buildReason(when: BuildWhen, outDir: string, root = projectRoot, sources = buildSources): string | undefined {
  if (when === 'never') return undefined;
  if (when === 'always') return 'Asked for';
  const entry = join(outDir, 'server', 'entry.mjs');
  const built = newestFile(entry);
  if (!built) return `No build in ${relative(root, outDir) || outDir}/`;
  if (when === 'if-missing') return undefined;
  const newest = sources.map((source) => newestFile(join(root, source))).reduce<{ path: string; mtimeMs: number } | undefined>(
    (a, b) => (b && (!a || b.mtimeMs > a.mtimeMs) ? b : a),
    undefined,
  );
  return newest && newest.mtimeMs > built.mtimeMs ? `${relative(root, newest.path)} is newer than the build in ${relative(root, outDir)}/` : undefined;
}

export interface BuildOptions {
  when: BuildWhen;
  /**
   * The build's environment: SANDBOX_ENDPOINT is baked into the prerendered guide (the no-JS form's
   * prefill and the steps' scenario links); unset, the guide offers no built-in tenant. The server
   * decides again at run time (src/server/env.ts) for everything rendered on demand.
   */
  env: NodeJS.ProcessEnv;
  output?: ProcessOutput;
  /** Aborting stops a build in progress. */
  signal?: AbortSignal | undefined;
}

/** Runs `astro build` when `when` says it is needed; says why, unless it was simply asked for. */
export async function buildSiteIfNeeded({ when, env, output = 'inherit', signal }: BuildOptions): Promise<void> {
  const reason = buildReason(when, buildDirOf(env));
  if (reason === undefined) return;
  if (when !== 'always') console.log(`${reason}: running astro build…`);
  signal?.throwIfAborted();
  const build = startNode(astroCli(), { args: ['build'], env, cwd: projectRoot, output, name: 'astro build' });
  const stop = () => void build.stop();
  signal?.addEventListener('abort', stop, { once: true });
  const code = await build.exited;
  signal?.removeEventListener('abort', stop);
  signal?.throwIfAborted();
  if (code !== 0) throw new LaunchError(build.exitReport() ?? 'astro build failed', code ?? 1);
}
