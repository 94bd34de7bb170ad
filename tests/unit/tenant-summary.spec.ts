import { expect, test } from '@playwright/test';
import { faultScenarioApp, faultScenarioOfApp } from '../../src/lib/fault-lab.ts';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import { tenantSummary } from '../../src/playground/tenant-summary.ts';

/** The one line "Your tenant" shows for settings saved or signed in with (src/playground/tenant-summary.ts). */

const base = {
  inUse: true,
  endpoint: 'http://localhost:3001',
  appId: LOCAL_DEMO_APP.id,
  onLocalTenant: true,
  tenantVersion: { family: 'unknown' as const, signals: [] },
};

test('nothing saved and no sign-in: no summary, whatever the defaults are', () => {
  expect(tenantSummary({ ...base, inUse: false })).toBeUndefined();
});

test('the built-in tenant’s demo app, a scenario’s app, or no name on a tenant of the reader’s own', () => {
  expect(tenantSummary(base)).toEqual({ endpoint: base.endpoint, appId: LOCAL_DEMO_APP.id, app: { kind: 'demo' }, versionFamily: undefined });
  const scenarioAppId = faultScenarioApp('spa-app').appId;
  const scenario = faultScenarioOfApp(scenarioAppId);
  expect(scenario).toBe('spa-app');
  expect(tenantSummary({ ...base, appId: scenarioAppId, scenario })?.app).toEqual({ kind: 'scenario', scenario: 'spa-app' });
  // The same App ID on another tenant names no app: only the built-in tenant's apps are known.
  expect(tenantSummary({ ...base, endpoint: 'https://abc123.logto.app', onLocalTenant: false })?.app).toBeUndefined();
  expect(tenantSummary({ ...base, appId: 'someotherappid123456a' })?.app).toBeUndefined();
});

test('the version family only once known', () => {
  expect(tenantSummary({ ...base, tenantVersion: { family: '1.41-or-earlier', signals: ['oauth-authorization-server 404'] } })?.versionFamily).toBe('1.41-or-earlier');
  expect(tenantSummary(base)?.versionFamily).toBeUndefined();
});
