/**
 * `npm run tenant`: the local Logto-compatible tenant on TENANT_PORT (3001) and its Naver mock on
 * NAVER_MOCK_PORT (3002). SITE_ORIGIN sets the playground URIs of the default app; TENANT_REDIRECT_URIS
 * and TENANT_POST_LOGOUT_REDIRECT_URIS add a team's own app's URIs to the default apps; TENANT_CONFIG
 * names a JSON config file to use instead of the default one; LOGTO_VERSION (1.42, the default, or 1.37)
 * the Logto release it answers like, over what that file says.
 */
import { portsFromEnv } from '../lib/local-tenant-defaults.ts';
import { loadTenantConfig, TenantConfigError, urisFromEnv } from './config/load-config.ts';
import { logtoVersionFromEnv } from './config/logto-version.ts';
import { startLocalTenant } from './server.ts';

const host = 'localhost';
const ports = portsFromEnv();
const siteOrigin = (process.env['SITE_ORIGIN'] ?? `http://localhost:${ports.site}`).replace(/\/+$/, '');
const tenantEndpoint = `http://${host}:${ports.tenant}`;

try {
  const logtoVersion = logtoVersionFromEnv(process.env['LOGTO_VERSION']);
  const config = await loadTenantConfig(process.env['TENANT_CONFIG'], {
    siteOrigin,
    tenantEndpoint,
    logtoVersion,
    extraRedirectUris: urisFromEnv('TENANT_REDIRECT_URIS', process.env['TENANT_REDIRECT_URIS']),
    extraPostLogoutRedirectUris: urisFromEnv('TENANT_POST_LOGOUT_REDIRECT_URIS', process.env['TENANT_POST_LOGOUT_REDIRECT_URIS']),
  });
  const tenant = await startLocalTenant({
    config,
    port: ports.tenant,
    naverMockPort: ports.naverMock,
    host,
    siteOrigin,
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
  if (error instanceof TenantConfigError || error instanceof RangeError) {
    console.error(error.message);
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(`Cannot start the local tenant: a port is already in use (${error.message}). Set TENANT_PORT / NAVER_MOCK_PORT.`);
  } else {
    console.error(`Cannot start the local tenant: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}
