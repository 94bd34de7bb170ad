import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Koa from 'koa';
import { z } from 'zod';
import { createNaverMockApp } from './app.ts';
import type { AccountScope } from './authorize.ts';
import { pinnedOrigin } from '../http/public-origin.ts';
import type { TenantStore } from '../store/store.ts';
import { naverMockConfigSchema } from './config.ts';
import type { NaverMockConfigInput } from './config.ts';
import { GrantStore } from './grant-store.ts';
import { naverMockLifetimes } from './lifetimes.ts';

/** `origin`: the public one (NAVER_MOCK_ORIGIN) or the bound one; `boundOrigin`: where it listens. */
export type NaverMockServer = { origin: string; boundOrigin: string; close(): Promise<void> };

/**
 * Starts the Naver stand-in (nid.naver.com + openapi.naver.com on one origin). `port: 0` picks a free
 * port. Nothing it handles (secrets, codes, tokens) is ever logged.
 */
export async function startNaverMock({
  port,
  host = 'localhost',
  config,
  store,
  publicOrigin,
  visitors = false,
  rateLimit,
}: {
  port: number;
  host?: string;
  config: NaverMockConfigInput;
  /** Where codes and tokens live (default: this process's memory). */
  store?: TenantStore;
  /** NAVER_MOCK_ORIGIN: answered as this origin, behind a proxy too. */
  publicOrigin?: URL | undefined;
  /** A public sandbox: each browser gets its own test accounts (visitor-accounts.ts), and shorter token lifetimes (lifetimes.ts). */
  visitors?: boolean;
  /** A public sandbox's limit on authorize, token and profile (sandboxRateLimit with naverMockCountedRoutes). */
  rateLimit?: Koa.Middleware | undefined;
}): Promise<NaverMockServer> {
  const parsed = naverMockConfigSchema.safeParse(config);
  if (!parsed.success) {
    throw new Error(`Invalid Naver mock config: ${z.prettifyError(parsed.error)}`);
  }
  const scope: AccountScope = { visitors, secureCookies: publicOrigin?.protocol === 'https:' };
  const app = createNaverMockApp(
    parsed.data,
    new GrantStore(store, naverMockLifetimes(visitors)),
    scope,
    publicOrigin && pinnedOrigin(publicOrigin),
    rateLimit,
  );
  // Koa would log unexpected errors to stderr; the mock's own handler already answered them, and a
  // log line could carry a code or token.
  app.silent = true;
  const server = createServer(app.callback());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const { port: boundPort } = server.address() as AddressInfo;
  const hostForUrl = host.includes(':') ? `[${host}]` : host;
  return {
    origin: publicOrigin?.origin ?? `http://${hostForUrl}:${boundPort}`,
    boundOrigin: `http://${hostForUrl}:${boundPort}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
