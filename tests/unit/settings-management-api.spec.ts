/**
 * The Management API credential in the settings form: blank App ID means none; an empty secret keeps
 * the saved one only for the same tenant and M2M app; the secret is never echoed back; the built-in
 * tenant's defaults carry the demo credential only where the site offers the audit-log diagnosis.
 */
import { expect, test } from '@playwright/test';
import { LOCAL_MANAGEMENT_API_APP } from '../../src/lib/local-tenant-defaults.ts';
import { flashSchema } from '../../src/playground/state/reader-state.ts';
import { defaultSettings } from '../../src/tenant/settings-defaults.ts';
import { parseSettingsForm, type Settings } from '../../src/tenant/settings.ts';

const local = 'http://localhost:3001';
const current: Settings = defaultSettings(local);

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const same = { endpoint: local, appId: current.appId, directSignInTarget: 'naver', interactionMode: 'signIn', scopes: 'email' };

test('the defaults carry the demo credential only when the audit-log diagnosis is offered', () => {
  expect(current.managementApi).toEqual({ appId: LOCAL_MANAGEMENT_API_APP.id, appSecret: LOCAL_MANAGEMENT_API_APP.secret });
  expect(defaultSettings(local, { auditLog: false }).managementApi).toBeUndefined();
});

test('an empty secret keeps the saved one for the same tenant and M2M app', () => {
  const parsed = parseSettingsForm(form({ ...same, m2mAppId: LOCAL_MANAGEMENT_API_APP.id }), current);
  expect(parsed.ok && parsed.settings.managementApi).toEqual(current.managementApi);
});

test('a blank M2M App ID clears the credential', () => {
  const parsed = parseSettingsForm(form({ ...same, m2mAppId: '  ', m2mAppSecret: 'ignored' }), current);
  expect(parsed.ok).toBe(true);
  expect(parsed.ok && parsed.settings.managementApi).toBeUndefined();
});

test('on another tenant the saved credential is dropped; a new M2M app needs its secret typed; the echo never holds a secret', () => {
  const otherTenant = parseSettingsForm(form({ ...same, endpoint: 'https://abc123.logto.app', appSecret: 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6', m2mAppId: LOCAL_MANAGEMENT_API_APP.id }), current);
  expect(otherTenant.ok).toBe(true);
  expect(otherTenant.ok && otherTenant.settings.managementApi).toBeUndefined();

  const newApp = parseSettingsForm(form({ ...same, endpoint: 'https://abc123.logto.app', appSecret: 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6', m2mAppId: 'anotherm2mapp000000001' }), current);
  expect(newApp.ok).toBe(false);
  if (newApp.ok) return;
  expect(newApp.errors).toEqual({ m2mAppSecret: 'm2mAppSecretRequired' });
  expect(newApp.values.m2mAppId).toBe('anotherm2mapp000000001');
  const echoed = JSON.stringify(flashSchema.parse({ settingsErrors: newApp.errors, values: newApp.values }));
  expect(echoed).not.toContain(LOCAL_MANAGEMENT_API_APP.secret);

  const otherApp = parseSettingsForm(form({ ...same, m2mAppId: 'anotherm2mapp000000001' }), current);
  expect(otherApp.ok || otherApp.errors).toEqual({ m2mAppSecret: 'm2mAppSecretRequired' });
  const typed = parseSettingsForm(form({ ...same, m2mAppId: 'anotherm2mapp000000001', m2mAppSecret: ' TypedM2mSecret0123456789abcdefAB ' }), current);
  expect(typed.ok && typed.settings.managementApi).toEqual({ appId: 'anotherm2mapp000000001', appSecret: 'TypedM2mSecret0123456789abcdefAB' });
});

test('an M2M App ID that is not an id is refused with its own message', () => {
  const parsed = parseSettingsForm(form({ ...same, m2mAppId: 'not an id', m2mAppSecret: 'x' }), current);
  expect(parsed.ok || parsed.errors).toEqual({ m2mAppId: 'm2mAppIdInvalid' });
});
