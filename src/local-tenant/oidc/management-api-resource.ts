import { errors } from 'oidc-provider';
import type { Configuration } from 'oidc-provider';
import type { TenantConfig } from '../config/schema.ts';
import { LOGTO_MANAGEMENT_API } from '../../lib/local-tenant-defaults.ts';

const oneHour = 60 * 60;

/**
 * oidc-provider's resource indicators as Logto uses them for its Management API: the one API resource
 * this tenant has is `https://default.logto.app/api`, whose access tokens are JWTs (ES384, signed with
 * the tenant's key, `aud` the resource) carrying the scopes the app's roles grant: `all` for an M2M app
 * with Management API access, none for any other (its token is then refused with 403). Any other
 * resource is `invalid_target`.
 */
export function managementApiResourceIndicators(config: TenantConfig): NonNullable<NonNullable<Configuration['features']>['resourceIndicators']> {
  const withAccess = new Set(config.apps.filter((app) => app.managementApiAccess).map((app) => app.id));
  return {
    enabled: true,
    getResourceServerInfo: (_ctx, resourceIndicator, client) => {
      if (resourceIndicator !== LOGTO_MANAGEMENT_API.resource) throw new errors.InvalidTarget();
      return {
        scope: withAccess.has(client.clientId) ? LOGTO_MANAGEMENT_API.scope : '',
        audience: resourceIndicator,
        accessTokenTTL: oneHour,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'ES384' } },
      };
    },
  };
}
