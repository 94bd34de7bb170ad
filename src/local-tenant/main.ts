/**
 * `npm run tenant`: the local Logto-compatible tenant and its Naver mock, from the environment
 * (config/tenant-env.ts): unset, on http://localhost:3001 and :3002 (TENANT_PORT, NAVER_MOCK_PORT) with
 * everything in memory, as `npm start` has always run it; as a public sandbox, on TENANT_ORIGIN and
 * NAVER_MOCK_ORIGIN with keys from TENANT_SECRET and state in Redis (REDIS_URL), so any number of
 * instances serve one reader. SITE_ORIGIN sets the playground URIs of the default app; TENANT_REDIRECT_URIS
 * and TENANT_POST_LOGOUT_REDIRECT_URIS add a team's own app's URIs to the default apps; TENANT_CONFIG
 * names a JSON config file to use instead of the default one; LOGTO_VERSION (1.42, the default, or 1.37)
 * the Logto release it answers like, over what that file says.
 */
import { loadTenantConfig, TenantConfigError, urisFromEnv } from './config/load-config.ts';
import { parseTenantEnv, TenantEnvError } from './config/tenant-env.ts';
import { startLocalTenant } from './server.ts';
import { StoreUnavailableError } from './store/store-unavailable.ts';

try {
  const env = parseTenantEnv(process.env);
  const tenantEndpoint = env.tenantOrigin?.origin ?? `http://${env.host.includes(':') ? `[${env.host}]` : env.host}:${env.ports.tenant}`;
  const config = await loadTenantConfig(env.tenantConfigPath, {
    siteOrigin: env.siteOrigin,
    tenantEndpoint,
    logtoVersion: env.logtoVersion,
    extraRedirectUris: urisFromEnv('TENANT_REDIRECT_URIS', process.env['TENANT_REDIRECT_URIS']),
    extraPostLogoutRedirectUris: urisFromEnv('TENANT_POST_LOGOUT_REDIRECT_URIS', process.env['TENANT_POST_LOGOUT_REDIRECT_URIS']),
  });
  const tenant = await startLocalTenant({
    config,
    port: env.ports.tenant,
    naverMockPort: env.ports.naverMock,
    host: env.host,
    siteOrigin: env.siteOrigin,
    tenantOrigin: env.tenantOrigin,
    naverMockOrigin: env.naverMockOrigin,
    naverMockConnect: env.naverMockConnect,
    secret: env.tenantSecret,
    redisUrl: env.redisUrl,
    publicSandbox: env.publicSandbox,
    trustProxyHops: env.trustProxyHops,
    userLimits: { ttlSeconds: env.userTtlSeconds, maxUsers: env.maxUsers },
    rateLimit: env.rateLimit,
    trustedClients: env.trustedClients,
    log: (line) => console.error(line),
  });
  console.log(`Local Logto tenant (answers like Logto ${config.logtoVersion}): ${tenant.endpoint} (discovery ${tenant.endpoint}/oidc/.well-known/openid-configuration)`);
  console.log(`Naver mock: ${tenant.naverMockOrigin}`);

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    tenant.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
} catch (error) {
  if (error instanceof TenantConfigError || error instanceof TenantEnvError) {
    console.error(error.message);
  } else if (error instanceof StoreUnavailableError) {
    console.error(`Cannot start the local tenant: Redis at REDIS_URL does not answer (${error.message}).`);
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(`Cannot start the local tenant: a port is already in use (${error.message}). Set TENANT_PORT / NAVER_MOCK_PORT.`);
  } else {
    console.error(`Cannot start the local tenant: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}
