/**
 * The whole public stack on one host (`npm run start:public`): the site, the sandbox (the local tenant
 * as a public service, `npm run tenant`'s main.ts) and its Naver mock, from the variables a deployment
 * sets (README "Hosting the sandbox"). What is missing is refused before anything starts, in one line
 * naming it; what is malformed each part refuses itself, and that part's one line is the error.
 *
 * The site and the sandbox read the same variables when started alone (`node src/server/main.ts`,
 * `npm run tenant`), so several instances of each can run behind a balancer with one REDIS_URL.
 */
import { buildSiteIfNeeded, type BuildWhen } from './build.ts';
import type { ProcessOutput, RunningProcess } from './child-process.ts';
import { freePort } from './free-port.ts';
import { LaunchError } from './launch-error.ts';
import { isLoopbackHost } from '../lib/loopback-host.ts';
import { trustProxySchema } from '../lib/trust-proxy.ts';
import { startSite } from './start-site.ts';
import { startTenant } from './start-tenant.ts';
import { supervise, type StackEnd, type StackPorts } from './launch.ts';

export interface PublicStackOptions {
  /** The variables (default this process's environment). */
  env?: NodeJS.ProcessEnv | undefined;
  /** Where each part listens on HOST (scripts/start-public.ts: PORT, TENANT_PORT, NAVER_MOCK_PORT); absent or 0: a free port. */
  ports?: Partial<StackPorts> | undefined;
  /** When to build before serving (default `always`, as `npm start`). */
  build?: BuildWhen | undefined;
  output?: ProcessOutput | undefined;
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
}

export interface PublicStack {
  /** The public origins the proxy serves: SITE_ORIGIN, the sandbox's (SANDBOX_ENDPOINT = TENANT_ORIGIN), NAVER_MOCK_ORIGIN. */
  origins: { site: string; sandbox: string; naverMock: string };
  /** Where each part answers on this host, behind the proxy. */
  local: { site: string; tenant: string; naverMock: string };
  processes: { site: RunningProcess; tenant: RunningProcess };
  ended: Promise<StackEnd>;
  stop(): Promise<void>;
}

/** What a public stack cannot start without; the first one missing is the refusal's one line. */
const required: readonly { name: string; why: string }[] = [
  { name: 'SITE_ORIGIN', why: 'the guide’s public origin, e.g. https://guide.example.com' },
  { name: 'COOKIE_SECRET', why: '32+ random characters, the same on every site instance, e.g. openssl rand -base64 32' },
  { name: 'TENANT_SECRET', why: '32+ random characters, the same on every sandbox instance, e.g. openssl rand -base64 32' },
  { name: 'NAVER_MOCK_ORIGIN', why: 'the Naver mock’s public origin, e.g. https://naver.sandbox.example.com' },
];

const given = (env: NodeJS.ProcessEnv, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

const originOf = (value: string): string => (URL.canParse(value) ? new URL(value).origin : value);

/**
 * The site's egress address to the sandbox on one host: loopback, whether SANDBOX_CONNECT points at the
 * proxy or at the sandbox's port. The sandbox does not count it (SANDBOX_TRUSTED_CLIENTS): the site has
 * already limited each visitor before it makes their token exchange or their checks' probes.
 */
export const oneHostTrustedClients = '127.0.0.0/8,::1/128';

/** Each part's secret, which no other part is given. */
const secretsOf = { site: ['COOKIE_SECRET'], sandbox: ['TENANT_SECRET'] } as const;

const without = (env: NodeJS.ProcessEnv, names: readonly string[]): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !names.includes(name)));

/**
 * TRUST_PROXY for both parts. On a loopback HOST the stack is behind a reverse proxy on this host (README
 * "Hosting the sandbox"), so every visitor arrives from loopback: unset, it is 1, the proxy's
 * X-Forwarded-For entry. On any other HOST the ports are reachable directly and anyone could write that
 * header, so a TRUST_PROXY above 0 is refused. A malformed value is the parts' to refuse.
 */
export function publicTrustProxy(env: NodeJS.ProcessEnv): string | undefined {
  const host = given(env, 'HOST') ?? 'localhost';
  const value = given(env, 'TRUST_PROXY');
  if (isLoopbackHost(host)) return value ?? '1';
  const hops = value === undefined ? undefined : trustProxySchema.safeParse(value);
  if (hops?.success && hops.data > 0) {
    throw new LaunchError(
      `start:public: TRUST_PROXY=${value} with HOST=${host} is refused (the ports are reachable directly, so anyone could forge X-Forwarded-For: bind HOST to loopback behind the proxy, or unset TRUST_PROXY)`,
      78,
    );
  }
  return value;
}

/**
 * The site's and the sandbox's environments from the variables, or a LaunchError whose message is one
 * line naming what is missing. SANDBOX_ENDPOINT (the site's name for the sandbox) and TENANT_ORIGIN (the
 * sandbox's name for itself) are one origin: either gives both; both given must agree.
 */
export function publicStackEnv(
  env: NodeJS.ProcessEnv,
  ports: StackPorts,
): { site: NodeJS.ProcessEnv; tenant: NodeJS.ProcessEnv; build: NodeJS.ProcessEnv; origins: PublicStack['origins'] } {
  for (const { name, why } of required) {
    if (!given(env, name)) throw new LaunchError(`start:public: ${name} is required (${why})`, 78);
  }
  const sandboxEndpoint = given(env, 'SANDBOX_ENDPOINT');
  const tenantOrigin = given(env, 'TENANT_ORIGIN');
  const sandbox = sandboxEndpoint ?? tenantOrigin;
  if (!sandbox) {
    throw new LaunchError('start:public: SANDBOX_ENDPOINT (or TENANT_ORIGIN) is required (the sandbox’s public origin, e.g. https://sandbox.example.com)', 78);
  }
  if (sandboxEndpoint && tenantOrigin && originOf(sandboxEndpoint) !== originOf(tenantOrigin)) {
    throw new LaunchError('start:public: SANDBOX_ENDPOINT and TENANT_ORIGIN name different origins (they are the same sandbox: set one)', 78);
  }
  const trustProxy = publicTrustProxy(env);
  const shared = { ...env, PLAYGROUND_MODE: 'PUBLIC', ...(trustProxy === undefined ? {} : { TRUST_PROXY: trustProxy }) };
  // Each part gets its own secret only; the build neither, nor the site's Redis (it reads them at run time).
  const site = { ...without(shared, [...secretsOf.sandbox, 'SANDBOX_TRUSTED_CLIENTS']), PORT: String(ports.site), SANDBOX_ENDPOINT: sandbox };
  return {
    site,
    tenant: {
      ...without(shared, secretsOf.site),
      TENANT_ORIGIN: sandbox,
      TENANT_PORT: String(ports.tenant),
      NAVER_MOCK_PORT: String(ports.naverMock),
      SANDBOX_TRUSTED_CLIENTS: given(env, 'SANDBOX_TRUSTED_CLIENTS') ?? oneHostTrustedClients,
    },
    build: without(site, [...secretsOf.site, 'REDIS_URL']),
    origins: { site: originOf(given(env, 'SITE_ORIGIN')!), sandbox: originOf(sandbox), naverMock: originOf(given(env, 'NAVER_MOCK_ORIGIN')!) },
  };
}

/** A part's refusal as its one line (the last it wrote), not the launcher's report around it. */
function oneLine(error: unknown): unknown {
  if (!(error instanceof LaunchError)) return error;
  const lines = error.message.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.length > 1 ? new LaunchError(lines.at(-1)!, error.exitCode) : error;
}

export async function launchPublicStack(options: PublicStackOptions = {}): Promise<PublicStack> {
  const base = options.env ?? process.env;
  const { signal, output, timeoutMs } = options;
  const ports: StackPorts = {
    site: options.ports?.site || (await freePort()),
    tenant: options.ports?.tenant || (await freePort()),
    naverMock: options.ports?.naverMock || (await freePort()),
  };
  const env = publicStackEnv(base, ports);
  await buildSiteIfNeeded({ when: options.build ?? 'always', env: env.build, signal });
  let tenant;
  try {
    tenant = await startTenant({ port: ports.tenant, naverMockPort: ports.naverMock, env: env.tenant, output, timeoutMs, signal });
  } catch (error) {
    throw oneLine(error);
  }
  let site;
  try {
    site = await startSite({ port: ports.site, env: env.site, output, timeoutMs, signal });
  } catch (error) {
    await tenant.process.stop();
    throw oneLine(error);
  }
  return {
    origins: env.origins,
    local: { site: site.origin, tenant: tenant.endpoint, naverMock: tenant.naverMockOrigin },
    processes: { site: site.process, tenant: tenant.process },
    ...supervise([site.process, tenant.process], signal),
  };
}
