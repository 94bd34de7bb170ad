/**
 * The local tenant and its Naver mock (src/local-tenant/main.ts) in their own process, started on the
 * given ports (0: a free one) and ready once the tenant serves its discovery document (the mock is up
 * before it: main.ts starts the mock first).
 */
import { startNode, type ProcessOutput, type RunningProcess } from './child-process.ts';
import { tenantEntry } from './entries.ts';
import { freePort } from './free-port.ts';
import { untilAnswering } from './part-ready.ts';

export interface StartTenantOptions {
  /** 0 or absent: a free port. */
  port?: number | undefined;
  naverMockPort?: number | undefined;
  /** Its environment (default this process's): SITE_ORIGIN or PORT name the site its demo app returns to, TENANT_CONFIG another config. */
  env?: NodeJS.ProcessEnv | undefined;
  output?: ProcessOutput | undefined;
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
}

export interface StartedTenant {
  /** `http://localhost:<port>`: the Logto endpoint (issuer `<endpoint>/oidc`). */
  endpoint: string;
  naverMockOrigin: string;
  process: RunningProcess;
}

/** The tenant's main.ts listens on localhost (and names itself so), like `npm run tenant`. */
const tenantHost = 'localhost';

/** The endpoint of a tenant main.ts starts on `port`. */
export function tenantEndpointOn(port: number): string {
  return `http://${tenantHost}:${port}`;
}

export async function startTenant(options: StartTenantOptions = {}): Promise<StartedTenant> {
  const port = options.port || (await freePort(tenantHost));
  const naverMockPort = options.naverMockPort || (await freePort(tenantHost));
  const endpoint = tenantEndpointOn(port);
  const tenant = startNode(tenantEntry, {
    env: { ...(options.env ?? process.env), TENANT_PORT: String(port), NAVER_MOCK_PORT: String(naverMockPort) },
    output: options.output ?? 'keep',
    name: 'the local tenant (src/local-tenant/main.ts)',
  });
  await untilAnswering(tenant, `${endpoint}/oidc/.well-known/openid-configuration`, options);
  return { endpoint, naverMockOrigin: `http://${tenantHost}:${naverMockPort}`, process: tenant };
}
