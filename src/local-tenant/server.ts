import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTenantApp } from './app.ts';
import { AuditLog } from './audit-log/audit-log.ts';
import type { AuditLogLimits } from './audit-log/audit-log.ts';
import { buildDefaultTenantConfig } from './config/default-config.ts';
import type { DefaultConfigOrigins } from './config/default-config.ts';
import { parseTenantConfig } from './config/load-config.ts';
import type { TenantConfig, TenantConfigInput } from './config/schema.ts';
import { logtoVersionProfile, type LogtoVersion } from './config/logto-version.ts';
import type { ConnectTo } from '../lib/connect-to.ts';
import { withoutPublishedManagementAccess } from './config/public-sandbox-config.ts';
import { sandboxRateLimit } from './http/rate-limit.ts';
import type { CountedRoutes } from './http/rate-limit.ts';
import type { TrustedClients } from './http/trusted-clients.ts';
import { naverMockCountedRoutes } from './naver-mock/rate-limited-routes.ts';
import { naverEndpointsFor } from './naver-connector/index.ts';
import { startNaverMock } from './naver-mock/server.ts';
import type { NaverMockServer } from './naver-mock/server.ts';
import { createOidcProvider } from './oidc/provider.ts';
import { keysFromSecret, processKeys } from './oidc/tenant-secret.ts';
import { loadClientAssets } from './pages/client-assets.ts';
import { renderLogoutForm, renderSignedOutPage } from './pages/logout-pages.ts';
import { memoryStore } from './store/memory-store.ts';
import { redisStore } from './store/redis-store.ts';
import type { TenantStore } from './store/store.ts';
import { AppAccessControl } from './users/app-access-control.ts';
import { UserStore } from './users/user-store.ts';
import type { UserLimits } from './users/user-store.ts';
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
  /**
   * The Logto release to answer like when the config is built here (the default one, or a function's):
   * what LOGTO_VERSION says. A given config's own `logtoVersion` is left as it is.
   */
  logtoVersion?: LogtoVersion | undefined;
  /** How much of the audit log is kept (default: a day, 5000 entries). */
  auditLogLimits?: AuditLogLimits;
  /** TENANT_ORIGIN: the public origin (issuer `${origin}/oidc`); default: http://host:port. */
  tenantOrigin?: URL | undefined;
  /** NAVER_MOCK_ORIGIN: the mock's public origin; default: http://host:naverMockPort. */
  naverMockOrigin?: URL | undefined;
  /** NAVER_MOCK_CONNECT: where the connector connects for the mock's public name. */
  naverMockConnect?: ConnectTo | undefined;
  /** TENANT_SECRET: the keys every instance shares (oidc/tenant-secret.ts); default: keys of this process. */
  secret?: string | undefined;
  /** REDIS_URL: the state every instance shares; default: this process's memory. */
  redisUrl?: string | undefined;
  /** A store to use instead (tests); closed by the caller. */
  store?: TenantStore;
  /** A public sandbox: each browser its own Naver test accounts (LOCAL: the fixed ones for everyone). */
  publicSandbox?: boolean;
  trustProxyHops?: number;
  userLimits?: UserLimits;
  /** The sign-in, sign-up and token endpoints' budget per client; undefined: not limited. */
  rateLimit?: { points: number; windowSeconds: number } | undefined;
  /** SANDBOX_TRUSTED_CLIENTS: server-side clients the rate limit does not count (http/trusted-clients.ts). */
  trustedClients?: TrustedClients | undefined;
};

export type LocalTenant = {
  endpoint: string;
  /** Where the tenant listens (the endpoint, unless TENANT_ORIGIN names a public one). */
  boundEndpoint: string;
  naverMockOrigin: string;
  /** Where the Naver mock listens. */
  naverMockBoundOrigin: string;
  config: TenantConfig;
  /** The apps' access control (Logto 1.41+), as the config set it; tests change it here, as an admin would in the Console. */
  accessControl: AppAccessControl;
  /** Stops the Naver mock alone, as when Naver goes down mid-sign-in (the tenant keeps answering). */
  stopNaverMock(): Promise<void>;
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
  const boundEndpoint = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const endpoint = options.tenantOrigin?.origin ?? boundEndpoint;
  const siteOrigin = options.siteOrigin ?? `http://localhost:${DEFAULT_PORTS.site}`;
  /** What else to close with the tenant (the store, the limiter), in any order. */
  const closers: (() => Promise<void>)[] = [];
  let naverMock: NaverMockServer | undefined;

  try {
    const resolved = resolveConfig(options.config, { siteOrigin, tenantEndpoint: endpoint, logtoVersion: options.logtoVersion });
    const config = options.publicSandbox ? withoutPublishedManagementAccess(resolved) : resolved;
    const store = options.store ?? (options.redisUrl ? await redisStore({ url: options.redisUrl, log }) : memoryStore());
    if (!options.store) closers.push(() => store.close());
    const trustProxyHops = options.trustProxyHops ?? 0;
    const limit = (routes?: CountedRoutes) => {
      if (!options.rateLimit) return undefined;
      const limiter = sandboxRateLimit({ ...options.rateLimit, redisUrl: options.redisUrl, trustProxyHops, trusted: options.trustedClients, log, ...(routes ? { routes } : {}) });
      closers.push(() => limiter.close());
      return limiter.middleware;
    };
    naverMock = await startNaverMock({
      port: options.naverMockPort ?? 0,
      host,
      config: config.naver,
      store,
      publicOrigin: options.naverMockOrigin,
      visitors: options.publicSandbox ?? false,
      rateLimit: limit(naverMockCountedRoutes),
    });
    const users = new UserStore({ store, seeds: config.users, ...(options.userLimits ? { limits: options.userLimits } : {}) });
    const accessControl = new AppAccessControl(config.apps, store);
    const { signingKey, unknownKey, cookieKeys } = options.secret ? await keysFromSecret(options.secret) : await processKeys();
    const provider = await createOidcProvider({
      issuer: `${endpoint}/oidc`,
      config,
      users,
      accessControl,
      signingKey,
      unknownKey,
      cookieKeys,
      store,
      proxy: options.tenantOrigin !== undefined,
      logoutPages: { logoutForm: renderLogoutForm, signedOut: renderSignedOutPage },
    });
    const rateLimit = limit();
    const { d: _privatePart, ...publicKey } = signingKey;
    const app = createTenantApp({
      endpoint,
      config,
      provider,
      cookieKeys,
      users,
      store,
      publicOrigin: options.tenantOrigin,
      trustProxyHops,
      rateLimit,
      accessControl,
      auditLog: new AuditLog(store.lists('audit-log'), {
        profile: logtoVersionProfile(config.logtoVersion).logsApi,
        ...(options.auditLogLimits ? { limits: options.auditLogLimits } : {}),
      }),
      publicKeys: [publicKey],
      naverEndpoints: naverEndpointsFor(naverMock.origin, options.naverMockConnect),
      assets: await loadClientAssets(),
      log,
    });
    server.on('request', app.callback());
    let naverMockStopped: Promise<void> | undefined;
    const mock = naverMock;
    const stopNaverMock = () => (naverMockStopped ??= mock.close());
    return {
      endpoint,
      boundEndpoint,
      naverMockOrigin: naverMock.origin,
      naverMockBoundOrigin: naverMock.boundOrigin,
      config,
      accessControl,
      stopNaverMock,
      close: async () => {
        server.closeAllConnections();
        await Promise.all([new Promise<void>((resolve) => server.close(() => resolve())), stopNaverMock()]);
        await Promise.all(closers.map((close) => close()));
      },
    };
  } catch (error) {
    server.close();
    await naverMock?.close().catch(() => undefined);
    await Promise.all(closers.map((close) => close().catch(() => undefined)));
    throw error;
  }
}
