/**
 * The public stack with its real parts, for the browser: a real redis-server; two site instances (PUBLIC,
 * one COOKIE_SECRET, SITE_ORIGIN on a public host name) and two sandbox instances (one TENANT_SECRET, one
 * REDIS_URL, TENANT_ORIGIN and NAVER_MOCK_ORIGIN on public host names), each kind behind its own
 * round-robin balancer, so every hop of one reader's flow alternates between the instances.
 *
 * The host names are not in DNS: Chromium reaches them through `--host-resolver-rules`
 * (publicHostResolverRule), the site reaches the sandbox through SANDBOX_CONNECT and the sandbox its
 * Naver mock through NAVER_MOCK_CONNECT, each to its balancer's loopback port, as an operator sets them;
 * the sandbox driver (a browser over HTTP) through `dispatcher`, the same connect-to rules for all three.
 * The origins are http (see the spec's header for why).
 */
import { buildDefaultTenantConfig } from '../../src/local-tenant/config/default-config.ts';
import { startLocalTenant, type LocalTenant } from '../../src/local-tenant/server.ts';
import { startRoundRobinProxy, type RoundRobinProxy } from '../../src/launcher/round-robin-proxy.ts';
import { expect } from '@playwright/test';
import { Agent } from 'undici';
import { connectToRule, connectToRulesConnector } from '../../src/lib/connect-to.ts';
import { startRedis, type TestRedis } from './redis.ts';
import type { SiteInstance } from './site-instance.ts';

/** Every public host name of the stack ends in this; the rule maps them all to loopback. */
const publicDomain = 'example.test';
export const publicHostResolverRule = `--host-resolver-rules=MAP *.${publicDomain} 127.0.0.1`;

export interface PublicStack {
  redis: TestRedis;
  origins: { site: string; sandbox: string; naverMock: string };
  balancers: { site: RoundRobinProxy; sandbox: RoundRobinProxy; naverMock: RoundRobinProxy };
  sandboxes: LocalTenant[];
  /** For the sandbox driver's jar: connections for the three public names go to their balancers (URLs and Host unchanged). */
  dispatcher: Agent;
  /** Takes one sandbox instance (its tenant and its Naver mock) out of both balancers and stops it, as a deploy does. */
  stopSandbox(index: number): Promise<void>;
}

type Closer = <T extends { close(): Promise<void> }>(thing: T) => T;

const publicOrigin = (name: string, balancer: RoundRobinProxy) => `http://${name}.${publicDomain}:${new URL(balancer.origin).port}`;
const connectTo = (balancer: RoundRobinProxy) => ({ host: '127.0.0.1', port: Number(new URL(balancer.origin).port) });

export async function startPublicStack(
  closeAfterTest: Closer,
  startSiteInstance: (env: Record<string, string>) => Promise<SiteInstance>,
): Promise<PublicStack> {
  const redis = closeAfterTest(await startRedis());
  const balancers = {
    site: closeAfterTest(await startRoundRobinProxy()),
    sandbox: closeAfterTest(await startRoundRobinProxy()),
    naverMock: closeAfterTest(await startRoundRobinProxy()),
  };
  const origins = {
    site: publicOrigin('guide', balancers.site),
    sandbox: publicOrigin('sandbox', balancers.sandbox),
    naverMock: publicOrigin('naver', balancers.naverMock),
  };
  const sandboxes: LocalTenant[] = [];
  for (let n = 0; n < 2; n += 1) {
    const sandbox = closeAfterTest(
      await startLocalTenant({
        host: '127.0.0.1',
        siteOrigin: origins.site,
        config: (configOrigins) => buildDefaultTenantConfig(configOrigins),
        secret: 'public-stack-e2e-tenant-secret-0123456789',
        redisUrl: redis.url,
        tenantOrigin: new URL(origins.sandbox),
        naverMockOrigin: new URL(origins.naverMock),
        naverMockConnect: connectTo(balancers.naverMock),
        publicSandbox: true,
        trustProxyHops: 1,
      }),
    );
    sandboxes.push(sandbox);
    balancers.sandbox.add(sandbox.boundEndpoint);
    balancers.naverMock.add(sandbox.naverMockBoundOrigin);
  }
  const siteEnv = {
    PLAYGROUND_MODE: 'PUBLIC',
    COOKIE_SECRET: 'public-stack-e2e-cookie-secret-0123456789ab',
    SITE_ORIGIN: origins.site,
    SANDBOX_ENDPOINT: origins.sandbox,
    SANDBOX_CONNECT: `127.0.0.1:${connectTo(balancers.sandbox).port}`,
    TRUST_PROXY: '1',
  };
  const sites = await Promise.all([startSiteInstance(siteEnv), startSiteInstance(siteEnv)]);
  for (const site of sites) balancers.site.add(site.origin);
  const rules = (['site', 'sandbox', 'naverMock'] as const).map((part) => connectToRule(origins[part], connectTo(balancers[part])));
  const dispatcher = new Agent({ connect: connectToRulesConnector(rules) });
  closeAfterTest({ close: () => dispatcher.close() });
  return {
    redis,
    origins,
    balancers,
    sandboxes,
    dispatcher,
    stopSandbox: async (index) => {
      const sandbox = sandboxes[index]!;
      balancers.sandbox.remove(sandbox.boundEndpoint);
      balancers.naverMock.remove(sandbox.naverMockBoundOrigin);
      await sandbox.close();
    },
  };
}

/** What the site's and the sandbox's balancers have served so far, per instance. */
export function servedSoFar({ balancers }: PublicStack): { site: number[]; sandbox: number[] } {
  return { site: [...balancers.site.served], sandbox: [...balancers.sandbox.served] };
}

/**
 * Since `before` (servedSoFar), both site instances served hops of `what` (the balancer alternates), and
 * both sandbox instances as well whenever the flow reached the sandbox more than once.
 */
export function expectBothInstancesServed(stack: PublicStack, before: { site: number[]; sandbox: number[] }, what: string): void {
  const since = (now: number[], then: number[]) => now.map((count, index) => count - (then[index] ?? 0));
  const siteHops = since(stack.balancers.site.served, before.site);
  expect(siteHops.every((count) => count > 0), `${what}: site ${String(siteHops)}`).toBe(true);
  const sandboxHops = since(stack.balancers.sandbox.served, before.sandbox);
  if (sandboxHops.reduce((sum, count) => sum + count, 0) > 1) expect(sandboxHops.every((count) => count > 0), `${what}: sandbox ${String(sandboxHops)}`).toBe(true);
}
