import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTenantApp } from './app.ts';
import { AuditLog } from './audit-log/audit-log.ts';
import type { AuditLogLimits } from './audit-log/audit-log.ts';
import { memoryCappedLists } from './audit-log/capped-lists.ts';
import { buildDefaultTenantConfig } from './config/default-config.ts';
import type { DefaultConfigOrigins } from './config/default-config.ts';
import { parseTenantConfig } from './config/load-config.ts';
import type { TenantConfig, TenantConfigInput } from './config/schema.ts';
import { logtoVersionProfile, type LogtoVersion } from './config/logto-version.ts';
import { naverEndpointsFor } from './naver-connector/index.ts';
import { startNaverMock } from './naver-mock/server.ts';
import { createOidcProvider } from './oidc/provider.ts';
import { generateSigningKey } from './oidc/signing-key.ts';
import { loadClientAssets } from './pages/client-assets.ts';
import { renderLogoutForm, renderSignedOutPage } from './pages/logout-pages.ts';
import { AppAccessControl } from './users/app-access-control.ts';
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
  /**
   * The Logto release to answer like when the config is built here (the default one, or a function's):
   * what LOGTO_VERSION says. A given config's own `logtoVersion` is left as it is.
   */
  logtoVersion?: LogtoVersion | undefined;
  /** How much of the audit log is kept (default: a day, 5000 entries). */
  auditLogLimits?: AuditLogLimits;
};

export type LocalTenant = {
  endpoint: string;
  naverMockOrigin: string;
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
  const endpoint = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const siteOrigin = options.siteOrigin ?? `http://localhost:${DEFAULT_PORTS.site}`;

  try {
    const config = resolveConfig(options.config, { siteOrigin, tenantEndpoint: endpoint, logtoVersion: options.logtoVersion });
    const naverMock = await startNaverMock({ port: options.naverMockPort ?? 0, host, config: config.naver });
    const users = new UserStore();
    users.seed(config.users);
    const accessControl = new AppAccessControl(config.apps);
    const cookieKeys = [randomBytes(32).toString('base64url')];
    const signingKey = await generateSigningKey();
    const provider = await createOidcProvider({
      issuer: `${endpoint}/oidc`,
      config,
      users,
      accessControl,
      signingKey,
      cookieKeys,
      logoutPages: { logoutForm: renderLogoutForm, signedOut: renderSignedOutPage },
    });
    const { d: _privatePart, ...publicKey } = signingKey;
    const app = createTenantApp({
      endpoint,
      config,
      provider,
      cookieKeys,
      users,
      accessControl,
      auditLog: new AuditLog(memoryCappedLists(), {
        profile: logtoVersionProfile(config.logtoVersion).logsApi,
        ...(options.auditLogLimits ? { limits: options.auditLogLimits } : {}),
      }),
      publicKeys: [publicKey],
      naverEndpoints: naverEndpointsFor(naverMock.origin),
      assets: await loadClientAssets(),
      log,
    });
    server.on('request', app.callback());
    let naverMockStopped: Promise<void> | undefined;
    const stopNaverMock = () => (naverMockStopped ??= naverMock.close());
    return {
      endpoint,
      naverMockOrigin: naverMock.origin,
      config,
      accessControl,
      stopNaverMock,
      close: async () => {
        server.closeAllConnections();
        await Promise.all([new Promise<void>((resolve) => server.close(() => resolve())), stopNaverMock()]);
      },
    };
  } catch (error) {
    server.close();
    throw error;
  }
}
