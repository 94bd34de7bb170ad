import { expect, test } from '@playwright/test';
import { buildDefaultTenantConfig } from '../../src/local-tenant/config/default-config.ts';
import { TenantConfigError, urisFromEnv } from '../../src/local-tenant/config/load-config.ts';
import { faultScenarios } from '../../src/lib/fault-lab.ts';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import { parseCheckArgs } from '../../src/package/check.ts';
import { parseSandboxArgs, sandboxEnv, sandboxEnvLines, scenarioApp } from '../../src/package/sandbox.ts';

test.describe('the package’s commands', () => {
  test('sandbox arguments: ports, the team’s URIs (flags and env), a scenario; bad ones are usage errors in the reader’s language', () => {
    const command = parseSandboxArgs(['--port', '4100', '--redirect-uri', 'http://localhost:3000/cb', '--scenario', 'spa-app'], {
      TENANT_REDIRECT_URIS: 'http://localhost:3001/cb, http://localhost:3002/cb',
    });
    expect(command).toMatchObject({
      kind: 'run',
      options: { port: 4100, naverMockPort: 0, redirectUris: ['http://localhost:3000/cb', 'http://localhost:3001/cb', 'http://localhost:3002/cb'], scenario: 'spa-app' },
    });
    const cases: [string[], string][] = [
      [['--port', 'x'], '--port must be a port number'],
      [['--redirect-uri', 'not a url'], '--redirect-uri must be an http(s) URL.'],
      [['--scenario', 'nope'], '--scenario must be a fault lab scenario: wrong-app-secret'],
      [['--bogus'], "Unknown option '--bogus'"],
    ];
    for (const [argv, message] of cases) {
      const parsed = parseSandboxArgs(argv, {});
      expect(parsed.kind, argv.join(' ')).toBe('usage-error');
      if (parsed.kind === 'usage-error') expect(parsed.message).toContain(message);
    }
    expect(parseSandboxArgs(['--port', 'x', '--lang', 'ko'], {})).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('포트 번호') });
  });

  test('the lines an app reads: the demo app, or the scenario’s app and its id', () => {
    const base = { endpoint: 'http://localhost:1', naverMockOrigin: 'http://localhost:2' };
    expect(sandboxEnvLines({ ...base, app: scenarioApp(undefined) })).toEqual([
      'LOGTO_ENDPOINT=http://localhost:1',
      `LOGTO_APP_ID=${LOCAL_DEMO_APP.id}`,
      `LOGTO_APP_SECRET=${LOCAL_DEMO_APP.secret}`,
      'NAVER_MOCK_ORIGIN=http://localhost:2',
    ]);
    const lines = sandboxEnvLines({ ...base, app: scenarioApp('wrong-app-secret') });
    expect(lines).toContain(`LOGTO_APP_ID=${faultScenarios['wrong-app-secret'].appId}`);
    expect(lines.at(-1)).toBe('LOGTO_NAVER_SCENARIO=wrong-app-secret');
  });

  test('the tenant’s environment carries the URIs and the config, and drops an inherited TENANT_CONFIG', () => {
    const env = sandboxEnv({ redirectUris: ['http://a/cb', 'http://b/cb'] }, { TENANT_CONFIG: '/elsewhere.json', KEEP: '1' });
    expect(env).toMatchObject({ TENANT_REDIRECT_URIS: 'http://a/cb http://b/cb', TENANT_POST_LOGOUT_REDIRECT_URIS: '', KEEP: '1' });
    expect(env['TENANT_CONFIG']).toBeUndefined();
    expect(sandboxEnv({ config: '/mine.json' }, {})['TENANT_CONFIG']).toBe('/mine.json');
  });

  test('TENANT_REDIRECT_URIS: a list of http(s) URLs, registered by the demo app and the scenario apps that keep their URIs', () => {
    expect(urisFromEnv('X', ' http://a/cb,http://b/cb \n')).toEqual(['http://a/cb', 'http://b/cb']);
    expect(urisFromEnv('X', undefined)).toEqual([]);
    expect(() => urisFromEnv('TENANT_REDIRECT_URIS', 'http://a/cb javascript:alert(1)')).toThrow(TenantConfigError);
    const config = buildDefaultTenantConfig({ siteOrigin: 'http://localhost:4321', tenantEndpoint: 'http://localhost:3001', extraRedirectUris: ['http://team/cb'] });
    const demo = config.apps.find((app) => app.id === LOCAL_DEMO_APP.id)!;
    expect(demo.redirectUris).toContain('http://team/cb');
    const spa = config.apps.find((app) => app.id === faultScenarios['spa-app'].appId)!;
    expect(spa.redirectUris).toContain('http://team/cb');
    const withoutExtra = buildDefaultTenantConfig({ siteOrigin: 'http://localhost:4321', tenantEndpoint: 'http://localhost:3001' });
    expect(withoutExtra.apps.flatMap((app) => app.redirectUris ?? [])).not.toContain('http://team/cb');
  });

  test('check arguments: the endpoint and App ID from env, a redirect URI default, bad values refused', () => {
    const command = parseCheckArgs(['--app-url', 'http://localhost:3000/sign-in', '--timeout', '5'], { LOGTO_ENDPOINT: 'http://localhost:3001', LOGTO_APP_ID: 'abc' });
    expect(command).toMatchObject({
      kind: 'run',
      options: { endpoint: 'http://localhost:3001', appId: 'abc', appUrl: 'http://localhost:3000/sign-in', redirectUri: 'http://localhost:4321/playground/callback', timeoutMs: 5000 },
    });
    expect(parseCheckArgs([], {})).toMatchObject({ kind: 'usage-error', message: 'Missing --endpoint.' });
    expect(parseCheckArgs(['--endpoint', 'http://localhost:1', '--app-id', 'a', '--timeout', '0'], {})).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('--timeout') });
  });
});
