import { LOCAL_DEMO_APP, LOCAL_MANAGEMENT_API_APP, LOCAL_NAVER_CONNECTOR, sampleIds, sampleUris } from '../../lib/local-tenant-defaults.ts';
import type { SampleId } from '../../lib/local-tenant-defaults.ts';
import { defaultNaverTestUsers } from '../naver-mock/config.ts';
import { defaultExistingUsers } from './existing-users.ts';
import { faultLabConfigParts } from './fault-lab.ts';
import { defaultLogtoVersion, logtoVersionProfile, type LogtoVersion } from './logto-version.ts';
import { tenantConfigSchema } from './schema.ts';
import type { TenantConfig, TenantConfigInput } from './schema.ts';

export type DefaultConfigOrigins = {
  /** Where the site (and so its playground) runs, e.g. http://localhost:4321. */
  siteOrigin: string;
  /** The tenant's own endpoint, e.g. http://localhost:3001: Naver calls back to it. */
  tenantEndpoint: string;
  /** Where the guide's sample apps run, when not on their default ports (tests, `npm run example -- x --port`). */
  sampleBaseUrls?: Partial<Record<SampleId, string>>;
  /** The Logto release the tenant answers like (default: ./logto-version.ts's). */
  logtoVersion?: LogtoVersion | undefined;
};

/**
 * The ready-made tenant: the playground's Traditional web app (which also registers the URIs of the
 * guide's sample apps), one enabled Naver connector, and the
 * Naver app registered at the mock with the same client id and secret and the connector's callback URIs;
 * then the fault lab's apps, connectors and Naver apps (fault-lab.ts), after the demo's own.
 */
export function defaultTenantConfigInput({ siteOrigin, tenantEndpoint, sampleBaseUrls = {}, logtoVersion = defaultLogtoVersion }: DefaultConfigOrigins): TenantConfigInput {
  const site = siteOrigin.replace(/\/+$/, '');
  const endpoint = tenantEndpoint.replace(/\/+$/, '');
  const profile = logtoVersionProfile(logtoVersion);
  const faultLab = faultLabConfigParts({ site, endpoint }, profile);
  // The demo app also serves the guide's sample apps (examples/), so each signs in with no setup.
  const samples = sampleIds.map((id) => sampleUris(id, sampleBaseUrls[id]));
  return {
    logtoVersion,
    apps: [
      {
        id: LOCAL_DEMO_APP.id,
        secret: LOCAL_DEMO_APP.secret,
        name: LOCAL_DEMO_APP.name,
        type: 'Traditional',
        redirectUris: [`${site}/playground/callback`, ...samples.map((uris) => uris.redirectUri)],
        postLogoutRedirectUris: [`${site}/playground/signed-out`, `${site}/`, ...samples.map((uris) => uris.postSignOutRedirectUri)],
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
          // Every callback URI the Console lists for the connector, as its guide asks (1.42: two).
          callbackUrls: profile.socialCallbackPaths(LOCAL_NAVER_CONNECTOR.id).map((path) => `${endpoint}${path}`),
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
