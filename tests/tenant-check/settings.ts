import { z } from 'zod';
import { DEFAULT_PORTS, LOCAL_DEMO_APP, LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { endpointSchema } from '../../src/tenant/settings.ts';

/**
 * What `npm run check:tenant` checks, from the environment. Without LOGTO_ENDPOINT it checks the
 * built-in local tenant (which the config then starts) with its ready-made app and Naver client id.
 * Shared by the config (which servers to start) and the spec (what to assert).
 */

const envSchema = z.object({
  LOGTO_ENDPOINT: endpointSchema.optional(),
  LOGTO_APP_ID: z.string().trim().min(1).optional(),
  LOGTO_APP_SECRET: z.string().trim().min(1).optional(),
  SITE_ORIGIN: endpointSchema.optional(),
  NAVER_CLIENT_ID: z.string().trim().min(1).optional(),
  TENANT_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  NAVER_MOCK_PORT: z.coerce.number().int().min(1).max(65535).optional(),
});

export interface TenantCheckSettings {
  /** True when no LOGTO_ENDPOINT was given: the config starts the local tenant. */
  localTenant: boolean;
  endpoint: string;
  appId: string;
  appSecret: string;
  siteOrigin: string;
  /** The client_id Naver must receive; undefined = whatever the tenant's connector is configured with. */
  expectedNaverClientId: string | undefined;
  tenantPort: number;
  naverMockPort: number;
}

const blank = (value: string | undefined) => (value === '' ? undefined : value);

export function tenantCheckSettings(env: Record<string, string | undefined> = process.env): TenantCheckSettings {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).map(([key, value]) => [key, blank(value)])));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`check:tenant: invalid environment (${problems})`);
  }
  const values = parsed.data;
  const tenantPort = values.TENANT_PORT ?? DEFAULT_PORTS.tenant;
  const naverMockPort = values.NAVER_MOCK_PORT ?? DEFAULT_PORTS.naverMock;
  const siteOrigin = values.SITE_ORIGIN ?? `http://localhost:${DEFAULT_PORTS.site}`;
  if (!values.LOGTO_ENDPOINT) {
    return {
      localTenant: true,
      endpoint: `http://localhost:${tenantPort}`,
      appId: LOCAL_DEMO_APP.id,
      appSecret: LOCAL_DEMO_APP.secret,
      siteOrigin,
      expectedNaverClientId: values.NAVER_CLIENT_ID ?? LOCAL_NAVER_CONNECTOR.clientId,
      tenantPort,
      naverMockPort,
    };
  }
  if (!values.LOGTO_APP_ID || !values.LOGTO_APP_SECRET) {
    throw new Error('check:tenant: with LOGTO_ENDPOINT set, LOGTO_APP_ID and LOGTO_APP_SECRET are required too');
  }
  return {
    localTenant: false,
    endpoint: values.LOGTO_ENDPOINT,
    appId: values.LOGTO_APP_ID,
    appSecret: values.LOGTO_APP_SECRET,
    siteOrigin,
    expectedNaverClientId: values.NAVER_CLIENT_ID,
    tenantPort,
    naverMockPort,
  };
}
