/**
 * One call for "build if needed, start the local tenant and its Naver mock, start the site, wait until they
 * answer": `npm start`, the benches and the tests' web server all start the stack through it. What it
 * returns stops everything it started, and stops the rest by itself when one part dies (a site without
 * its tenant, or a tenant with nobody's site, is of no use to anyone). `launchSandbox` is the same
 * without the site: the tenant and the mock alone, a Logto + Naver test double.
 */
import { buildSiteIfNeeded, type BuildWhen } from './build.ts';
import type { ProcessOutput, RunningProcess } from './child-process.ts';
import { freePort } from './free-port.ts';
import { LaunchError } from './launch-error.ts';
import { startSite, type SiteMode, type StartedSite } from './start-site.ts';
import { startTenant, tenantEndpointOn, type StartedTenant } from './start-tenant.ts';

export interface StackPorts {
  site: number;
  tenant: number;
  naverMock: number;
}

export interface SandboxOptions {
  /** Absent or 0: a free port. */
  ports?: Partial<Omit<StackPorts, 'site'>> | undefined;
  /** The environment every part starts from (default this process's). */
  env?: NodeJS.ProcessEnv | undefined;
  /** What becomes of the parts' output (default `keep`, see ProcessOutput); a build always writes to the terminal. */
  output?: ProcessOutput | undefined;
  /** How long each part may take to answer (default 60 s). */
  timeoutMs?: number | undefined;
  /** Aborting calls off a start in progress, or stops what has started (as `stop()` does). */
  signal?: AbortSignal | undefined;
}

export interface LaunchOptions extends Omit<SandboxOptions, 'ports'> {
  /** `serve` (default): the production server around the build; `dev`: Astro's dev server (never builds). */
  site?: SiteMode | undefined;
  /** When to build before serving (default `if-stale`). */
  build?: BuildWhen | undefined;
  ports?: Partial<StackPorts> | undefined;
  /**
   * The sandbox the site offers as its built-in tenant and fault lab, SANDBOX_ENDPOINT (default: the
   * tenant started here). The build bakes it into the prerendered guide's no-JS form and scenario links.
   */
  sandboxEndpoint?: string | undefined;
  /** SANDBOX_CONNECT: host:port the site's fetches to `sandboxEndpoint` connect at instead (default: none). */
  sandboxConnect?: string | undefined;
  /** Set SITE_ORIGIN, for the site and the tenant's demo app, to the site's loopback origin. */
  pinSiteOrigin?: boolean | undefined;
}

/** How a stack ended: stopped when asked, or because one of its parts exited by itself. */
export type StackEnd = { reason: 'stopped' } | { reason: 'exited'; part: RunningProcess; code: number | null };

export interface Sandbox {
  /** The Logto endpoint (issuer `<endpoint>/oidc`). */
  tenantEndpoint: string;
  naverMockOrigin: string;
  processes: { tenant: RunningProcess };
  /** Resolves once every part has stopped, saying why. */
  ended: Promise<StackEnd>;
  /** Stops every part (SIGTERM, SIGKILL after a grace period); resolves once they are gone. */
  stop(): Promise<void>;
}

export interface Stack extends Omit<Sandbox, 'processes'> {
  /** Where the site answers on loopback. */
  siteOrigin: string;
  processes: { site: RunningProcess; tenant: RunningProcess };
}

/** Stops every part once one exits by itself, on `stop()`, or when `signal` aborts. */
export function supervise(parts: RunningProcess[], signal: AbortSignal | undefined): Pick<Sandbox, 'ended' | 'stop'> {
  let stopping: Promise<void> | undefined;
  let settle!: (end: StackEnd) => void;
  const ended = new Promise<StackEnd>((resolve) => (settle = resolve));
  const stopAs = (end: StackEnd) => {
    if (!stopping) {
      stopping = Promise.all(parts.map((part) => part.stop())).then(() => undefined);
      void stopping.then(() => settle(end));
    }
    return stopping;
  };
  for (const part of parts) void part.exited.then((code) => stopAs({ reason: 'exited', part, code }));
  if (signal?.aborted) void stopAs({ reason: 'stopped' });
  signal?.addEventListener('abort', () => void stopAs({ reason: 'stopped' }), { once: true });
  return { ended, stop: () => stopAs({ reason: 'stopped' }) };
}

/**
 * Runs the starts side by side; if one fails, calls off the others and stops what they started, then
 * throws the failure that says why (not the others' "called off").
 */
async function startTogether<T extends readonly { process: RunningProcess }[]>(
  signal: AbortSignal | undefined,
  starts: (signal: AbortSignal) => { [K in keyof T]: Promise<T[K]> },
): Promise<T> {
  const together = new AbortController();
  const callOff = () => together.abort(signal?.reason);
  signal?.addEventListener('abort', callOff, { once: true });
  const pending = starts(together.signal);
  for (const start of pending) start.catch(() => together.abort());
  const results = await Promise.allSettled(pending);
  signal?.removeEventListener('abort', callOff);
  const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
  if (failures.length === 0) return results.map((result) => (result as PromiseFulfilledResult<T[number]>).value) as unknown as T;
  await Promise.all(results.map((result) => (result.status === 'fulfilled' ? result.value.process.stop() : undefined)));
  signal?.throwIfAborted();
  throw failures.find((failure) => failure instanceof LaunchError) ?? failures[0];
}

export async function launchSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const { signal } = options;
  const tenant = await startTenant({
    port: options.ports?.tenant,
    naverMockPort: options.ports?.naverMock,
    env: options.env,
    output: options.output,
    timeoutMs: options.timeoutMs,
    signal,
  });
  return { tenantEndpoint: tenant.endpoint, naverMockOrigin: tenant.naverMockOrigin, processes: { tenant: tenant.process }, ...supervise([tenant.process], signal) };
}

export async function launchStack(options: LaunchOptions = {}): Promise<Stack> {
  const { signal, output, timeoutMs } = options;
  const mode = options.site ?? 'serve';
  // The site and the tenant each need the other's address before they start: both ports are chosen first.
  const ports: StackPorts = {
    site: options.ports?.site || (await freePort()),
    tenant: options.ports?.tenant || (await freePort()),
    naverMock: options.ports?.naverMock || (await freePort()),
  };
  const siteOrigin = `http://localhost:${ports.site}`;
  const env: NodeJS.ProcessEnv = {
    ...(options.env ?? process.env),
    PORT: String(ports.site),
    TENANT_PORT: String(ports.tenant),
    NAVER_MOCK_PORT: String(ports.naverMock),
    SANDBOX_ENDPOINT: options.sandboxEndpoint ?? tenantEndpointOn(ports.tenant),
    ...(options.sandboxConnect ? { SANDBOX_CONNECT: options.sandboxConnect } : {}),
    ...(options.pinSiteOrigin ? { SITE_ORIGIN: siteOrigin } : {}),
  };
  if (mode === 'serve') await buildSiteIfNeeded({ when: options.build ?? 'if-stale', env, signal });
  const [tenant, site] = await startTogether<[StartedTenant, StartedSite]>(signal, (together) => [
    startTenant({ port: ports.tenant, naverMockPort: ports.naverMock, env, output, timeoutMs, signal: together }),
    startSite({ mode, port: ports.site, env, output, timeoutMs, signal: together }),
  ]);
  return {
    siteOrigin: site.origin,
    tenantEndpoint: tenant.endpoint,
    naverMockOrigin: tenant.naverMockOrigin,
    processes: { site: site.process, tenant: tenant.process },
    ...supervise([site.process, tenant.process], signal),
  };
}
