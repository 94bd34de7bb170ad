import { expect, test } from '@playwright/test';
import { faultScenarioApp, faultScenarioIds, faultScenarios } from '../../src/lib/fault-lab.ts';
import { LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { buildDefaultTenantConfig, defaultTenantConfigInput } from '../../src/local-tenant/config/default-config.ts';
import { faultLabConnectorId } from '../../src/local-tenant/config/fault-lab.ts';
import { describeConfigIssues, tenantConfigSchema } from '../../src/local-tenant/config/schema.ts';
import type { TenantConfigInput } from '../../src/local-tenant/config/schema.ts';
import { experienceForApp } from '../../src/local-tenant/experience/app-experience.ts';

/** What the connector of `wrong-naver-client-id` says instead of its Naver app's Client ID. */
const mistypedNaverClientId = faultScenarios['wrong-naver-client-id'].fault.naverConnector.says.clientId;

/** The app's real secret in the tenant: not the one the reader is given. */
const WRONG_APP_SECRET_REAL_SECRET = faultScenarios['wrong-app-secret'].fault.app.secret;

const origins = { siteOrigin: 'http://localhost:4321', tenantEndpoint: 'http://localhost:3001' };
const config = buildDefaultTenantConfig(origins);
const appOf = (scenario: (typeof faultScenarioIds)[number]) => {
  const app = config.apps.find((candidate) => candidate.id === faultScenarioApp(scenario).appId);
  if (!app) throw new Error(`no app for ${scenario}`);
  return app;
};
const naverAppOf = (clientId: string) => config.naver.apps.find((app) => app.clientId === clientId);
const connectorOf = (id: string) => config.connectors.find((connector) => connector.id === id);

function issuesOf(input: unknown): string[] {
  const parsed = tenantConfigSchema.safeParse(input);
  return parsed.success ? [] : describeConfigIssues(parsed.error);
}

test('the default tenant has one app per fault-lab scenario, with the catalogue App ID', () => {
  for (const scenario of faultScenarioIds) {
    expect(appOf(scenario).name).toBe(`Fault lab: ${scenario}`);
  }
  // Besides them: the demo app and the demo Management API app.
  expect(config.apps).toHaveLength(faultScenarioIds.length + 2);
});

test('the reader is given a secret that is the app secret except for wrong-app-secret', () => {
  for (const scenario of faultScenarioIds) {
    const expected = scenario === 'wrong-app-secret' ? WRONG_APP_SECRET_REAL_SECRET : faultScenarioApp(scenario).appSecret;
    expect(appOf(scenario).secret, scenario).toBe(expected);
  }
  expect(WRONG_APP_SECRET_REAL_SECRET).not.toBe(faultScenarioApp('wrong-app-secret').appSecret);
});

test('every scenario app has the playground URIs unless its scenario is about them', () => {
  const callback = 'http://localhost:4321/playground/callback';
  const signedOut = 'http://localhost:4321/playground/signed-out';
  for (const scenario of faultScenarioIds) {
    const app = appOf(scenario);
    const aboutRedirect = scenario === 'redirect-uri-not-registered' || scenario === 'm2m-app';
    const aboutSignOut = scenario === 'post-sign-out-uri-not-registered' || scenario === 'm2m-app';
    expect(app.redirectUris.includes(callback), scenario).toBe(!aboutRedirect);
    expect(app.postLogoutRedirectUris.includes(signedOut), scenario).toBe(!aboutSignOut);
  }
});

test('app types: SPA, Native and M2M where the scenario says so, Traditional elsewhere', () => {
  expect(appOf('spa-app').type).toBe('SPA');
  expect(appOf('native-app').type).toBe('Native');
  expect(appOf('m2m-app').type).toBe('M2M');
  const others = faultScenarioIds.filter((id) => !['spa-app', 'native-app', 'm2m-app'].includes(id));
  expect(new Set(others.map((id) => appOf(id).type))).toEqual(new Set(['Traditional']));
});

test("the tenant's own sign-in experience still shows only the demo connector", () => {
  const tenant = experienceForApp(config, undefined);
  expect(tenant.connectors.map((connector) => connector.id)).toEqual([LOCAL_NAVER_CONNECTOR.id]);
  expect(tenant.signInMode).toBe('SignInAndRegister');
});

test("connector scenarios: the app's experience shows its own Naver connector, set up as the scenario says", () => {
  const ownConnector = (scenario: Parameters<typeof faultLabConnectorId>[0]) => {
    const experience = experienceForApp(config, faultScenarioApp(scenario).appId);
    expect(experience.connectors.map((connector) => connector.id)).toEqual([faultLabConnectorId(scenario)]);
    return experience.connectors[0]!;
  };
  const clientId = ownConnector('wrong-naver-client-id').clientId;
  expect(clientId).toBe(mistypedNaverClientId);
  expect(naverAppOf(clientId)).toBeUndefined();

  const wrongSecret = ownConnector('wrong-naver-client-secret');
  expect(naverAppOf(wrongSecret.clientId)?.clientSecret).not.toBe(wrongSecret.clientSecret);
  expect(naverAppOf(wrongSecret.clientId)?.tokenErrorStatus).toBe(200);
  const wrongSecret401 = ownConnector('wrong-naver-client-secret-401');
  expect(naverAppOf(wrongSecret401.clientId)?.clientSecret).not.toBe(wrongSecret401.clientSecret);
  expect(naverAppOf(wrongSecret401.clientId)?.tokenErrorStatus).toBe(401);

  const mismatch = ownConnector('naver-callback-url-mismatch');
  expect(naverAppOf(mismatch.clientId)?.callbackUrls).not.toContain(`${origins.tenantEndpoint}/callback/${mismatch.id}`);

  const development = naverAppOf(ownConnector('naver-app-in-development').clientId);
  expect(development?.status).toBe('development');
  expect(development?.members.length).toBeLessThan(config.naver.users.length);

  expect(naverAppOf(ownConnector('naver-email-declined').clientId)?.emailPermission).toBe('optional');
  expect(naverAppOf(ownConnector('naver-token-endpoint-down').clientId)?.outages).toEqual(['token']);
  expect(naverAppOf(ownConnector('naver-profile-api-down').clientId)?.outages).toEqual(['profile']);

  const signInOnly = experienceForApp(config, faultScenarioApp('sign-in-only-new-user').appId);
  expect(signInOnly.signInMode).toBe('SignIn');
  expect(naverAppOf(ownConnector('sign-in-only-new-user').clientId)?.appScopedUserIds).toBe(true);
});

test('connector-not-in-sign-in-experience: the connector exists but its app shows none; no-naver-connector: none exists', () => {
  const notShown = experienceForApp(config, faultScenarioApp('connector-not-in-sign-in-experience').appId);
  expect(notShown.connectors).toEqual([]);
  const id = faultLabConnectorId('connector-not-in-sign-in-experience');
  expect(connectorOf(id)).toMatchObject({ target: 'naver', enabledInSignInExperience: false });
  expect(naverAppOf(connectorOf(id)!.clientId)?.callbackUrls).toEqual([
    `${origins.tenantEndpoint}/callback/${id}`,
    `${origins.tenantEndpoint}/account/callback/social/${id}`,
  ]);

  const none = appOf('no-naver-connector');
  expect(none.signInExperience?.socialConnectorIds).toEqual([]);
  expect(experienceForApp(config, none.id).connectors).toEqual([]);
});

test('an app experience naming a connector the tenant lacks shows nothing for it, as when a connector is deleted', () => {
  const input = defaultTenantConfigInput(origins);
  const parsed = tenantConfigSchema.parse({ ...input, connectors: [] });
  const app = faultScenarioApp('wrong-naver-client-secret').appId;
  expect(experienceForApp(parsed, app).connectors).toEqual([]);
});

test('schema: an app experience and simulated faults are checked, with messages naming the field', () => {
  const input = defaultTenantConfigInput(origins);
  const withFirstApp = (patch: Record<string, unknown>): TenantConfigInput => ({
    ...input,
    apps: [{ ...input.apps[0]!, ...patch } as TenantConfigInput['apps'][number]],
  });
  expect(issuesOf(withFirstApp({ signInExperience: { signInMode: 'Sometimes' } }))).toEqual([
    'apps.0.signInExperience.signInMode: signInMode must be one of SignInAndRegister, SignIn, Register',
  ]);
  expect(issuesOf(withFirstApp({ signInExperience: { socialConnectorIds: ['NAVER'] } }))).toEqual([
    'apps.0.signInExperience.socialConnectorIds.0: a connector id is 12 or 21 characters of 0-9 and a-z, like Logto generates',
  ]);
  expect(issuesOf(withFirstApp({ simulatedFaults: { idToken: 'none' } }))[0]).toMatch(
    /^apps\.0\.simulatedFaults\.idToken: idToken must be one of unknown-key, /,
  );
  expect(issuesOf({ ...input, signInMode: 'Never' })).toEqual([
    'signInMode: signInMode must be one of SignInAndRegister, SignIn, Register',
  ]);
});

test('schema: a Naver app 개발 중 may only list test users as its members', () => {
  const input = defaultTenantConfigInput(origins);
  const [first, ...rest] = input.naver.apps;
  const issues = issuesOf({ ...input, naver: { ...input.naver, apps: [{ ...first!, status: 'development', members: ['nobody'] }, ...rest] } });
  expect(issues).toEqual(['naver.apps.0.members: member "nobody" is not a test user']);
});

test('app-access-denied: access control on, allowing only the tenant’s existing user; a 1.37 tenant has no such setting', () => {
  const app = appOf('app-access-denied');
  expect(app.accessControl).toEqual({ userIds: [config.users[0]?.id] });
  expect(config.users[0]?.id).toMatch(/^[0-9a-z]{12}$/);
  // Every other scenario app lets everyone in.
  expect(config.apps.filter((candidate) => candidate.accessControl).map((candidate) => candidate.id)).toEqual([app.id]);

  const old = buildDefaultTenantConfig({ ...origins, logtoVersion: '1.37' });
  expect(old.apps.find((candidate) => candidate.id === app.id)?.accessControl).toBeUndefined();
  // Asked for by hand, 1.37 refuses it, and no version accepts it without a rule.
  const input = defaultTenantConfigInput({ ...origins, logtoVersion: '1.37' });
  const [first, ...rest] = input.apps;
  expect(issuesOf({ ...input, apps: [{ ...first!, accessControl: { userIds: ['tna0v00kyeia'] } }, ...rest] })).toEqual([
    'apps.0.accessControl: app-level access control came with Logto 1.41; logtoVersion 1.37 has none',
  ]);
  const current = defaultTenantConfigInput(origins);
  const [head, ...others] = current.apps;
  expect(issuesOf({ ...current, apps: [{ ...head!, accessControl: { userIds: [] } }, ...others] })).toEqual([
    'apps.0.accessControl.userIds: access control needs at least one allowed user, as Logto refuses to enable it without a rule',
  ]);
  expect(issuesOf({ ...current, logtoVersion: '1.40' })).toEqual(['logtoVersion: logtoVersion must be one of 1.42, 1.37']);
});
