/**
 * What a public sandbox must not keep of a config: Management API access for an app whose secret is
 * published (the demo M2M app's, in src/lib/local-tenant-defaults.ts). Its log holds every visitor's
 * address, user agent and sign-in, so on a public sandbox that app would let any visitor read every
 * other visitor's; an operator who wants the audit-log diagnosis there gives an M2M app a secret of
 * their own in TENANT_CONFIG.
 */
import { LOCAL_MANAGEMENT_API_APP } from '../../lib/local-tenant-defaults.ts';
import type { TenantConfig } from './schema.ts';

const publishedSecrets: ReadonlySet<string> = new Set([LOCAL_MANAGEMENT_API_APP.secret]);

export function withoutPublishedManagementAccess(config: TenantConfig): TenantConfig {
  return {
    ...config,
    apps: config.apps.map((app) =>
      app.managementApiAccess && publishedSecrets.has(app.secret) ? { ...app, managementApiAccess: false } : app,
    ),
  };
}
