/**
 * The logto-naver package as a team gets it: `npm pack` of the workspace (its prepack compiles the
 * site's sources), installed from the tarball into a fresh temporary project that has nothing else
 * (its dependencies come from the npm registry, or npm's cache). A file's tests share one through
 * `workerFixture`. Also a stand-in npm registry that serves the tarball as `logto-naver` and passes
 * every other package through to the configured registry, for a README step that installs it by name.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { withLock } from '../../scripts/example/lock.ts';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const packageDir = join(repoRoot, 'packages', 'logto-naver');
export const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string; version: string };
const packDir = join(repoRoot, 'node_modules', '.cache', 'logto-naver-pack');

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Node 22 (the one running the tests) first on PATH, as on a team's machine with Node 22. */
export function pathWithThisNode(): string {
  return [dirname(process.execPath), process.env['PATH'] ?? ''].join(':');
}

/**
 * Runs `command args` in `cwd`, stdin closed (not a terminal); resolves with its exit code and output.
 * Its environment is this process's with Node 22 first on PATH, plus `env`; with `exactEnv`, `env` alone.
 */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; exactEnv?: boolean },
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.exactEnv ? options.env : { ...process.env, PATH: pathWithThisNode(), NODE_NO_WARNINGS: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function mustRun(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CommandResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** The newest modification time under `path`, skipping build output and dependencies. */
function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path)
    .filter((entry) => entry !== 'dist' && entry !== 'node_modules')
    .reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), 0);
}

export interface PackedPackage {
  tarball: string;
  bytes: number;
}

/**
 * `npm pack --workspace logto-naver`, under a lock (two workers never build dist/ at once), reused while
 * no source is newer than the tarball: each file packs once, and a second file finds it made.
 */
export async function packPackage(): Promise<PackedPackage> {
  return withLock('logto-naver-pack', async () => {
    const tarball = join(packDir, `${packageJson.name}-${packageJson.version}.tgz`);
    const sourcesChanged = () => Math.max(newestMtime(join(repoRoot, 'src')), newestMtime(packageDir)) > statSync(tarball).mtimeMs;
    if (!existsSync(tarball) || sourcesChanged()) {
      await mkdir(packDir, { recursive: true });
      await mustRun('npm', ['pack', '--workspace', packageJson.name, '--pack-destination', packDir, '--silent'], { cwd: repoRoot });
    }
    return { tarball, bytes: statSync(tarball).size };
  });
}

export interface TeamProject {
  dir: string;
  /** `npx <args>` in the project. */
  npx(args: readonly string[], env?: NodeJS.ProcessEnv): Promise<CommandResult>;
  close(): Promise<void>;
}

/** A fresh project with nothing but the tarball installed (and `extra`, e.g. @playwright/test). */
export async function installIntoFreshProject(packed: PackedPackage, extra: readonly string[] = []): Promise<TeamProject> {
  const dir = await mkdtemp(join(tmpdir(), 'team-app-'));
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: 'team-app', private: true, type: 'module' }, null, 2)}\n`);
  await mustRun('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--save-dev', packed.tarball, ...extra], { cwd: dir });
  return {
    dir,
    npx: (args, env) => run('npx', ['--no-install', ...args], { cwd: dir, ...(env ? { env } : {}) }),
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Processes whose command line mentions `text` (a temp project's path): what a stopped command left behind. */
export function processesMentioning(text: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
    .flatMap((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
        return cmdline.includes(text) ? [`${pid} ${cmdline}`] : [];
      } catch {
        return [];
      }
    });
}

export interface StandInRegistry {
  url: string;
  close(): Promise<void>;
}

/**
 * An npm registry on loopback that knows `logto-naver` as the packed tarball and passes every other
 * request through to the registry npm is configured with (so its packuments, with their own tarball
 * URLs, come as they are).
 */
export async function startStandInRegistry(packed: PackedPackage): Promise<StandInRegistry> {
  const upstream = (await mustRun('npm', ['config', 'get', 'registry'], { cwd: repoRoot })).stdout.trim().replace(/\/+$/, '');
  const tarballBytes = await readFile(packed.tarball);
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const tarballName = `${packageJson.name}-${packageJson.version}.tgz`;
  let origin = '';
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === `/${packageJson.name}`) {
      const version = {
        ...manifest,
        dist: {
          tarball: `${origin}/${packageJson.name}/-/${tarballName}`,
          integrity: `sha512-${createHash('sha512').update(tarballBytes).digest('base64')}`,
          shasum: createHash('sha1').update(tarballBytes).digest('hex'),
        },
      };
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ name: packageJson.name, 'dist-tags': { latest: packageJson.version }, versions: { [packageJson.version]: version } }));
      return;
    }
    if (path === `/${packageJson.name}/-/${tarballName}`) {
      response.setHeader('content-type', 'application/octet-stream');
      response.end(tarballBytes);
      return;
    }
    const accept = request.headers['accept'];
    fetch(`${upstream}${path}`, { headers: accept ? { accept } : {} }).then(
      async (answer) => {
        response.statusCode = answer.status;
        const type = answer.headers.get('content-type');
        if (type) response.setHeader('content-type', type);
        response.end(Buffer.from(await answer.arrayBuffer()));
      },
      () => {
        response.statusCode = 502;
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
