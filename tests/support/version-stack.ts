/**
 * A tenant playing one Logto version and a site instance whose built-in tenant (SANDBOX_ENDPOINT) it is,
 * for the specs run once per version. The site's port is chosen first, so the tenant's apps carry its
 * redirect URIs.
 */
import { freePort } from '../../src/launcher/free-port.ts';
import { startTestTenant, type LocalTenant } from './local-tenant.ts';
import { startSiteInstance } from './site-instance.ts';
import type { LogtoVersion } from './tenant-versions.ts';

export async function startVersionStack(version: LogtoVersion, cookieSecret: string): Promise<{ siteOrigin: string; tenant: LocalTenant; close: () => Promise<void> }> {
  const port = await freePort();
  const siteOrigin = `http://localhost:${port}`;
  const tenant = await startTestTenant(undefined, { siteOrigin, logtoVersion: version });
  const site = await startSiteInstance({
    PORT: String(port),
    SITE_ORIGIN: siteOrigin,
    SANDBOX_ENDPOINT: tenant.endpoint,
    COOKIE_SECRET: cookieSecret,
  }).catch(async (error: unknown) => {
    await tenant.close();
    throw error;
  });
  return { siteOrigin, tenant, close: async () => Promise.all([site.close(), tenant.close()]).then(() => undefined) };
}
