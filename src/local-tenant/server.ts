import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTenantApp } from './app.ts';
import { buildDefaultTenantConfig } from './config/default-config.ts';
import type { DefaultConfigOrigins } from './config/default-config.ts';
import { parseTenantConfig } from './config/load-config.ts';
import type { TenantConfig, TenantConfigInput } from './config/schema.ts';
import { naverEndpointsFor } from './naver-connector/index.ts';
import { startNaverMock } from './naver-mock/server.ts';
import { createOidcProvider } from './oidc/provider.ts';
import { generateSigningKey } from './oidc/signing-key.ts';
import { loadClientAssets } from './pages/client-assets.ts';
import { renderLogoutForm, renderSignedOutPage } from './pages/logout-pages.ts';
import { UserStore } from './users/user-store.ts';
import { DEFAULT_PORTS } from '../lib/local-tenant-defaults.ts';

/**
 * A config, or a function that builds one once the tenant knows its own endpoint (needed with port 0,
 * because the Naver app's callback URL contains the tenant's endpoint).
 */
type TenantConfigSource = TenantConfig | TenantConfigInput | ((origins: DefaultConfigOrigins) => TenantConfigInput);

type StartLocalTenantOptions = {
  config?: TenantConfigSource;
  /** 0 (the default) picks a free port. */
  port?: number;
  naverMockPort?: number;
  host?: string;
  siteOrigin?: string;
  log?: (line: string) => void;
};

export type LocalTenant = {
  endpoint: string;
  naverMockOrigin: string;
  config: TenantConfig;
  close(): Promise<void>;
};

function resolveConfig(source: TenantConfigSource | undefined, origins: DefaultConfigOrigins): TenantConfig {
  if (source === undefined) return buildDefaultTenantConfig(origins);
  const input = typeof source === 'function' ? source(origins) : source;
  return parseTenantConfig(input, 'the given config');
}

/** Starts the tenant and its Naver mock in this process. */
export async function startLocalTenant(options: StartLocalTenantOptions = {}): Promise<LocalTenant> {
  const host = options.host ?? 'localhost';
  const log = options.log ?? (() => {});
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const siteOrigin = options.siteOrigin ?? `http://localhost:${DEFAULT_PORTS.site}`;

  try {
    const config = resolveConfig(options.config, { siteOrigin, tenantEndpoint: endpoint });
    const naverMock = await startNaverMock({ port: options.naverMockPort ?? 0, host, config: config.naver });
    const users = new UserStore();
    const cookieKeys = [randomBytes(32).toString('base64url')];
    const provider = await createOidcProvider({
      issuer: `${endpoint}/oidc`,
      config,
      users,
      signingKey: await generateSigningKey(),
      cookieKeys,
      logoutPages: { logoutForm: renderLogoutForm, signedOut: renderSignedOutPage },
    });
    const app = createTenantApp({
      endpoint,
      config,
      provider,
      cookieKeys,
      users,
      naverEndpoints: naverEndpointsFor(naverMock.origin),
      assets: await loadClientAssets(),
      log,
    });
    server.on('request', app.callback());
    return {
      endpoint,
      naverMockOrigin: naverMock.origin,
      config,
      close: async () => {
        server.closeAllConnections();
        await Promise.all([
          new Promise<void>((resolve) => server.close(() => resolve())),
          naverMock.close(),
        ]);
      },
    };
  } catch (error) {
    server.close();
    throw error;
  }
}
