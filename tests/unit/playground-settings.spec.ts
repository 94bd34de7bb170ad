import { expect, test } from '@playwright/test';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import { defaultSettings } from '../../src/tenant/settings-defaults.ts';
import { flashSchema } from '../../src/playground/state/reader-state.ts';
import { endpointSchema, parseSettingsForm, pastedEndpointForm, requestedScopes, settingsSchemaFor, settingsWarnings, siteOriginSchema } from '../../src/tenant/settings.ts';

const current = defaultSettings('http://localhost:3001');

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item);
  return data;
}

const valid = {
  endpoint: 'https://abc123.logto.app',
  appId: 'abcdefghij0123456789k',
  appSecret: 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6',
  directSignInTarget: 'naver',
  interactionMode: 'signUp',
  scopes: ['email', 'identities'],
};

test.describe('endpoint', () => {
  test('accepts an https origin or a localhost http origin, and normalises it', () => {
    expect(endpointSchema.parse(' https://abc123.logto.app/ ')).toBe('https://abc123.logto.app');
    expect(endpointSchema.parse('http://localhost:3001')).toBe('http://localhost:3001');
    expect(endpointSchema.parse('http://127.0.0.1:3001')).toBe('http://127.0.0.1:3001');
  });
  test('understands the issuer and the discovery URL readers copy from the Console, and keeps the origin', () => {
    expect(endpointSchema.parse('https://abc123.logto.app/oidc')).toBe('https://abc123.logto.app');
    expect(endpointSchema.parse('https://abc123.logto.app/oidc/')).toBe('https://abc123.logto.app');
    expect(endpointSchema.parse('https://abc123.logto.app/oidc/.well-known/openid-configuration')).toBe('https://abc123.logto.app');
    expect(pastedEndpointForm('https://abc123.logto.app/oidc')).toBe('issuer');
    expect(pastedEndpointForm('https://abc123.logto.app/oidc/.well-known/openid-configuration')).toBe('discovery');
    expect(pastedEndpointForm('https://abc123.logto.app')).toBeUndefined();
    // Where this site runs is an origin, nothing else.
    expect(siteOriginSchema.safeParse('https://guide.example/oidc').success).toBe(false);
  });
  test('names what is wrong', () => {
    const message = (value: string) => endpointSchema.safeParse(value).error?.issues[0]?.message;
    expect(message('')).toBe('endpointRequired');
    expect(message('abc123.logto.app')).toBe('endpointInvalid');
    expect(message('ftp://abc123.logto.app')).toBe('endpointInvalid');
    expect(message('https://abc123.logto.app/console')).toBe('endpointNotOrigin');
    expect(message('https://abc123.logto.app/oidc/auth')).toBe('endpointNotOrigin');
    expect(message('https://abc123.logto.app/?x=1')).toBe('endpointNotOrigin');
    expect(message('https://user:pw@abc123.logto.app')).toBe('endpointNotOrigin');
    expect(message('http://abc123.logto.app')).toBe('endpointNeedsHttps');
  });
});

test.describe('parseSettingsForm', () => {
  test('parses a complete form', () => {
    const result = parseSettingsForm(form(valid), current);
    expect(result).toEqual({
      ok: true,
      settings: { ...valid, interactionMode: 'signUp', scopes: ['email', 'identities'] },
    });
  });

  test('an empty secret keeps the saved one for the same endpoint and App ID', () => {
    const result = parseSettingsForm(form({ ...valid, endpoint: `${current.endpoint}/`, appId: current.appId, appSecret: '' }), current);
    expect(result.ok && result.settings.appSecret).toBe(LOCAL_DEMO_APP.secret);
  });

  test('an empty secret is refused when only the endpoint changes: the saved one never goes to another tenant', () => {
    const result = parseSettingsForm(form({ ...valid, appId: current.appId, appSecret: '' }), current);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.appSecret).toBe('appSecretNeededForNewApp');
  });

  test('an empty secret is refused when the App ID changes: a secret belongs to one app', () => {
    const result = parseSettingsForm(form({ ...valid, appSecret: '' }), current);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.appSecret).toBe('appSecretNeededForNewApp');
  });

  test('reports each bad field with its own message key, and echoes the values but never the secret', () => {
    const result = parseSettingsForm(
      form({ ...valid, endpoint: 'http://evil.example', appId: 'has space', directSignInTarget: 'Naver!', interactionMode: 'x', scopes: ['email', 'admin'] }),
      current,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      endpoint: 'endpointNeedsHttps',
      appId: 'appIdInvalid',
      directSignInTarget: 'targetInvalid',
      interactionMode: 'interactionModeInvalid',
      scopes: 'scopesInvalid',
    });
    expect(result.values.appId).toBe('has space');
    expect(JSON.stringify(result.values)).not.toContain(valid.appSecret);
  });

  test('overlong values get their messages, and the echo is cut so the flash cookie reads back', () => {
    const long = (n: number) => 'a'.repeat(n);
    const result = parseSettingsForm(
      form({ endpoint: `https://${long(5000)}.example`, appId: long(5000), directSignInTarget: long(500), interactionMode: long(100), scopes: Array(40).fill(long(100)) }),
      current,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({ endpoint: 'endpointInvalid', appId: 'appIdInvalid', directSignInTarget: 'targetInvalid' });
    expect(flashSchema.safeParse({ settingsErrors: result.errors, values: result.values }).success).toBe(true);
    expect(result.values.endpoint.startsWith('https://aaa')).toBe(true);
  });
});

test.describe('Naver Client ID', () => {
  test('is optional: blank saves none, a value is kept trimmed', () => {
    const blank = parseSettingsForm(form({ ...valid, naverClientId: '  ' }), current);
    expect(blank.ok && 'naverClientId' in blank.settings && blank.settings.naverClientId).toBeFalsy();
    const absent = parseSettingsForm(form(valid), current);
    expect(absent.ok && absent.settings.naverClientId).toBeUndefined();
    const given = parseSettingsForm(form({ ...valid, naverClientId: ' SLFjG9pLzJRr88z5PPil ' }), current);
    expect(given.ok && given.settings.naverClientId).toBe('SLFjG9pLzJRr88z5PPil');
    const test = parseSettingsForm(form({ ...valid, naverClientId: 'dummy-naver-client-id' }), current);
    expect(test.ok && test.settings.naverClientId).toBe('dummy-naver-client-id');
  });

  test('a pasted line, URL or pair is refused with its own message, and echoed back', () => {
    for (const pasted of ['client_id=SLFjG9pLzJRr88z5PPil', 'SLFjG9pL zJRr88z5PPil', 'https://nid.naver.com/oauth2.0/authorize', 'a'.repeat(65)]) {
      const result = parseSettingsForm(form({ ...valid, naverClientId: pasted }), current);
      expect(result.ok, pasted).toBe(false);
      if (result.ok) continue;
      expect(result.errors).toEqual({ naverClientId: 'naverClientIdInvalid' });
      expect(result.values.naverClientId).toBe(pasted);
      expect(flashSchema.safeParse({ settingsErrors: result.errors, values: result.values }).success).toBe(true);
    }
  });

  test('a value that is not 20 letters and digits is warned about (the 10-character Client Secret), not refused', () => {
    const base = { appId: LOCAL_DEMO_APP.id, appSecret: LOCAL_DEMO_APP.secret };
    expect(settingsWarnings({ ...base, naverClientId: 'SLFjG9pLzJRr88z5PPil' })).toEqual([]);
    expect(settingsWarnings({ ...base, naverClientId: 'a1xVdHatg1' })).toEqual(['naverClientIdFormat']);
    expect(settingsWarnings({ ...base, naverClientId: undefined })).toEqual([]);
  });
});

test('format warnings for values that do not look like Logto ids, without rejecting them', () => {
  expect(settingsWarnings({ appId: LOCAL_DEMO_APP.id, appSecret: LOCAL_DEMO_APP.secret })).toEqual([]);
  expect(settingsWarnings({ appId: 'my-app', appSecret: 'short' })).toEqual(['appIdFormat', 'appSecretFormat']);
  expect(settingsWarnings({ appId: 'ABCDEFGHIJ0123456789K', appSecret: LOCAL_DEMO_APP.secret })).toEqual(['appIdFormat']);
  const result = parseSettingsForm(form({ ...valid, appId: 'my-app', appSecret: 'short' }), current);
  expect(result.ok).toBe(true);
});

test('defaults are the local tenant app with email and identities; scopes keep a stable order', () => {
  expect(current).toMatchObject({ appId: LOCAL_DEMO_APP.id, directSignInTarget: 'naver', interactionMode: 'signIn' });
  expect(requestedScopes({ scopes: ['identities', 'email'] })).toEqual(['email', 'identities']);
});

test.describe('the site’s sandbox, and a site without one', () => {
  const sandboxEndpoint = 'http://sandbox.test:8080';
  const sandbox = defaultSettings(sandboxEndpoint);

  test('an http endpoint is accepted for the operator’s sandbox alone; any other stays https-only', () => {
    const typed = (endpoint: string, options?: { sandboxEndpoint?: string }) => parseSettingsForm(form({ ...valid, endpoint }), sandbox, options);
    expect(typed(sandboxEndpoint)).toMatchObject({ ok: false, errors: { endpoint: 'endpointNeedsHttps' } });
    expect(typed(sandboxEndpoint, { sandboxEndpoint })).toMatchObject({ ok: true, settings: { endpoint: sandboxEndpoint } });
    expect(typed('http://sandbox.test:8080/oidc', { sandboxEndpoint })).toMatchObject({ ok: true, settings: { endpoint: sandboxEndpoint }, endpointGivenAs: 'issuer' });
    for (const other of ['http://sandbox.test', 'http://sandbox.test:8081', 'http://evil.sandbox.test:8080', 'http://10.0.0.5:8080']) {
      expect({ other, result: typed(other, { sandboxEndpoint }) }).toMatchObject({ other, result: { ok: false, errors: { endpoint: 'endpointNeedsHttps' } } });
    }
    // A saved cookie reads back the same way: the sandbox's http endpoint only while it is this site's sandbox.
    expect(settingsSchemaFor(sandboxEndpoint).safeParse(sandbox).success).toBe(true);
    expect(settingsSchemaFor(undefined).safeParse(sandbox).success).toBe(false);
    expect(settingsSchemaFor('http://other.test:8080').safeParse(sandbox).success).toBe(false);
  });

  test('without settings (no sandbox, nothing saved), every field is the reader’s: an empty secret is refused, a full form saved', () => {
    expect(parseSettingsForm(form({ ...valid, appSecret: '' }), undefined)).toMatchObject({ ok: false, errors: { appSecret: 'appSecretNeededForNewApp' } });
    expect(parseSettingsForm(form(valid), undefined)).toMatchObject({ ok: true, settings: { endpoint: valid.endpoint, appSecret: valid.appSecret } });
  });
});
