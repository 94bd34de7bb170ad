/**
 * Helpers to run extra local tenants in tests, and the @logto/node client the tests sign in with. The
 * browserless sign-in driver (cookie jar, redirects, Naver consent, the sign-in page's experience API
 * calls) is src/sandbox-driver/, shared with the benches; it is re-exported here for the tests that
 * import it from this file.
 */
import LogtoClient from '@logto/node';
import type { Prompt } from '@logto/node';
import { buildDefaultTenantConfig } from '../../src/local-tenant/config/default-config.ts';
import type { TenantConfig, TenantConfigInput } from '../../src/local-tenant/config/schema.ts';
import type { LogtoVersion } from '../../src/local-tenant/config/logto-version.ts';
import { startLocalTenant } from '../../src/local-tenant/server.ts';
import type { LocalTenant } from '../../src/local-tenant/server.ts';
import { testSiteOrigin } from './ports.ts';

export type { LocalTenant };
export {
  answerNaverConsent,
  appIdOf,
  browserRequest,
  driverUserAgent as testBrowserUserAgent,
  CookieJar,
  experienceHttp,
  followRedirects,
  reachSignInPage,
  signInThroughTenant,
} from '../../src/sandbox-driver/index.ts';
export type { Hop, NaverChoice, SignInOutcome } from '../../src/sandbox-driver/index.ts';

export type TenantPatch = (config: TenantConfig) => TenantConfig | TenantConfigInput;

export type TestTenantOptions = {
  /** The site the tenant's default app redirects to (default: the site Playwright serves). */
  siteOrigin?: string;
  /** The host it listens on and names itself by (default: localhost). */
  host?: string;
  /** The Logto release it answers like (default: the tenant's, 1.42). */
  logtoVersion?: LogtoVersion;
};

/**
 * Starts a tenant on free ports with the default config, changed by `patch` (wrong secret, SPA app,
 * disabled connector, failing Naver profile call…). In a test, prefer the `startTenant` fixture
 * (tests/support/fixtures.ts), which closes it after the test; whoever calls this calls `close()`.
 */
export function startTestTenant(patch: TenantPatch = (config) => config, options: TestTenantOptions = {}): Promise<LocalTenant> {
  return startLocalTenant({
    siteOrigin: options.siteOrigin ?? testSiteOrigin,
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.logtoVersion === undefined ? {} : { logtoVersion: options.logtoVersion }),
    config: (origins) => patch(buildDefaultTenantConfig(origins)),
  });
}

/**
 * A @logto/node client with in-memory storage that records where it would send the browser. Pass the
 * `storage` of an earlier client to get a new client over the same tokens (the SDK reads the access
 * tokens from storage only when it is created).
 */
export function createTestLogtoClient(config: {
  endpoint: string;
  appId: string;
  appSecret?: string | undefined;
  scopes?: string[] | undefined;
  prompt?: Prompt | undefined;
}, storage = new Map<string, string>()) {
  const navigations: string[] = [];
  const client = new LogtoClient(
    {
      endpoint: config.endpoint,
      appId: config.appId,
      scopes: config.scopes ?? ['email', 'identities'],
      ...(config.appSecret === undefined ? {} : { appSecret: config.appSecret }),
      ...(config.prompt === undefined ? {} : { prompt: config.prompt }),
    },
    {
      storage: {
        getItem: async (key) => storage.get(key) ?? null,
        setItem: async (key, value) => {
          storage.set(key, value);
        },
        removeItem: async (key) => {
          storage.delete(key);
        },
      },
      navigate: (url) => {
        navigations.push(url);
      },
    },
  );
  return { client, storage, navigations, lastNavigation: () => navigations.at(-1) ?? '' };
}
