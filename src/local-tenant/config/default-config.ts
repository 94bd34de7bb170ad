import { LOCAL_DEMO_APP, LOCAL_MANAGEMENT_API_APP, LOCAL_NAVER_CONNECTOR } from '../../lib/local-tenant-defaults.ts';
import { defaultNaverTestUsers } from '../naver-mock/config.ts';
import { defaultExistingUsers } from './existing-users.ts';
import { faultLabConfigParts } from './fault-lab.ts';
import { tenantConfigSchema } from './schema.ts';
import type { TenantConfig, TenantConfigInput } from './schema.ts';

export type DefaultConfigOrigins = {
  /** Where the site (and so its playground) runs, e.g. http://localhost:4321. */
  siteOrigin: string;
  /** The tenant's own endpoint, e.g. http://localhost:3001: Naver calls back to it. */
  tenantEndpoint: string;
};

/**
 * The ready-made tenant: the playground's Traditional web app, one enabled Naver connector, and the
 * Naver app registered at the mock with the same client id and secret and the connector's callback;
 * then the fault lab's apps, connectors and Naver apps (fault-lab.ts), after the demo's own.
 */
export function defaultTenantConfigInput({ siteOrigin, tenantEndpoint }: DefaultConfigOrigins): TenantConfigInput {
  const site = siteOrigin.replace(/\/+$/, '');
  const endpoint = tenantEndpoint.replace(/\/+$/, '');
  const faultLab = faultLabConfigParts({ site, endpoint });
  return {
    apps: [
      {
        id: LOCAL_DEMO_APP.id,
        secret: LOCAL_DEMO_APP.secret,
        name: LOCAL_DEMO_APP.name,
        type: 'Traditional',
        redirectUris: [`${site}/playground/callback`],
        postLogoutRedirectUris: [`${site}/playground/signed-out`, `${site}/`],
      },
      { ...LOCAL_MANAGEMENT_API_APP, type: 'M2M', managementApiAccess: true },
      ...faultLab.apps,
    ],
    connectors: [
      {
        id: LOCAL_NAVER_CONNECTOR.id,
        target: LOCAL_NAVER_CONNECTOR.target,
        clientId: LOCAL_NAVER_CONNECTOR.clientId,
        clientSecret: LOCAL_NAVER_CONNECTOR.clientSecret,
        enabledInSignInExperience: true,
      },
      ...faultLab.connectors,
    ],
    naver: {
      apps: [
        {
          clientId: LOCAL_NAVER_CONNECTOR.clientId,
          clientSecret: LOCAL_NAVER_CONNECTOR.clientSecret,
          name: LOCAL_DEMO_APP.name,
          callbackUrls: [`${endpoint}/callback/${LOCAL_NAVER_CONNECTOR.id}`],
        },
        ...faultLab.naverApps,
      ],
      users: [...defaultNaverTestUsers],
    },
    signUp: { requireUsername: false },
    users: [...defaultExistingUsers],
  };
}

export function buildDefaultTenantConfig(origins: DefaultConfigOrigins): TenantConfig {
  return tenantConfigSchema.parse(defaultTenantConfigInput(origins));
}
