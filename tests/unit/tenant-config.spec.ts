import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LOCAL_DEMO_APP, LOCAL_NAVER_CONNECTOR, sampleIds, sampleUris } from '../../src/lib/local-tenant-defaults.ts';
import { buildDefaultTenantConfig, defaultTenantConfigInput } from '../../src/local-tenant/config/default-config.ts';
import { loadTenantConfig, parseTenantConfig, TenantConfigError } from '../../src/local-tenant/config/load-config.ts';
import { describeConfigIssues, tenantConfigSchema } from '../../src/local-tenant/config/schema.ts';
import type { TenantConfigInput } from '../../src/local-tenant/config/schema.ts';

const origins = { siteOrigin: 'http://localhost:4321', tenantEndpoint: 'http://localhost:3001' };

function issuesOf(input: unknown): string[] {
  const parsed = tenantConfigSchema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.success ? [] : describeConfigIssues(parsed.error);
}

function withApp(patch: Record<string, unknown>): TenantConfigInput {
  const input = defaultTenantConfigInput(origins);
  return { ...input, apps: [{ ...input.apps[0]!, ...patch } as TenantConfigInput['apps'][number]] };
}

test.describe('default tenant config', () => {
  test('has the playground app, an enabled Naver connector and a matching Naver app at the mock', () => {
    const config = buildDefaultTenantConfig({ siteOrigin: 'http://localhost:4321/', tenantEndpoint: 'http://localhost:3001' });
    // The playground's app comes first; the fault lab's apps follow (tenant-config-fault-lab.spec.ts).
    expect(config.apps[0]).toMatchObject({
      id: LOCAL_DEMO_APP.id,
      secret: LOCAL_DEMO_APP.secret,
      type: 'Traditional',
      // The playground's URIs, then the guide's sample apps' (examples/), which sign in with this app too.
      redirectUris: ['http://localhost:4321/playground/callback', ...sampleIds.map((id) => sampleUris(id).redirectUri)],
      postLogoutRedirectUris: [
        'http://localhost:4321/playground/signed-out',
        'http://localhost:4321/',
        ...sampleIds.map((id) => sampleUris(id).postSignOutRedirectUri),
      ],
    });
    expect(config.connectors.filter((connector) => connector.enabledInSignInExperience)).toEqual([
      { ...LOCAL_NAVER_CONNECTOR, enabledInSignInExperience: true },
    ]);
    expect(config.naver.apps[0]).toMatchObject({
      clientId: LOCAL_NAVER_CONNECTOR.clientId,
      clientSecret: LOCAL_NAVER_CONNECTOR.clientSecret,
      // Both callback URIs the 1.42 Console lists for the connector (DIFF.md).
      callbackUrls: [`http://localhost:3001/callback/${LOCAL_NAVER_CONNECTOR.id}`, `http://localhost:3001/account/callback/social/${LOCAL_NAVER_CONNECTOR.id}`],
    });
    expect(config.naver.users.length).toBeGreaterThan(0);
    expect(config.signUp.requireUsername).toBe(false);
  });

  test('follows the given site origin and tenant endpoint', () => {
    const config = buildDefaultTenantConfig({ siteOrigin: 'http://localhost:4999', tenantEndpoint: 'http://127.0.0.1:3999' });
    expect(config.apps[0]?.redirectUris).toEqual(['http://localhost:4999/playground/callback', ...sampleIds.map((id) => sampleUris(id).redirectUri)]);
    expect(config.naver.apps[0]?.callbackUrls).toEqual([
      `http://127.0.0.1:3999/callback/${LOCAL_NAVER_CONNECTOR.id}`,
      `http://127.0.0.1:3999/account/callback/social/${LOCAL_NAVER_CONNECTOR.id}`,
    ]);
    // A 1.37 tenant's Console listed only the first.
    const old = buildDefaultTenantConfig({ siteOrigin: 'http://localhost:4999', tenantEndpoint: 'http://127.0.0.1:3999', logtoVersion: '1.37' });
    expect(old.logtoVersion).toBe('1.37');
    expect(old.naver.apps[0]?.callbackUrls).toEqual([`http://127.0.0.1:3999/callback/${LOCAL_NAVER_CONNECTOR.id}`]);
  });
});

test.describe('tenant config schema', () => {
  test('rejects an app id that is not Logto-shaped, naming the field', () => {
    const issues = issuesOf(withApp({ id: 'short' }));
    expect(issues).toEqual(['apps.0.id: an app id is 21 characters of 0-9 and a-z, like Logto generates']);
  });

  test('rejects an app secret that is not 32 alphanumerics', () => {
    const issues = issuesOf(withApp({ secret: 'not-a-secret!' }));
    expect(issues).toEqual(['apps.0.secret: an app secret is 32 characters of 0-9, A-Z and a-z, like Logto generates']);
  });

  test('rejects an unknown app type and lists the allowed ones', () => {
    const issues = issuesOf(withApp({ type: 'Desktop' }));
    expect(issues).toEqual(['apps.0.type: type must be one of Traditional, SPA, Native, M2M']);
  });

  test('rejects a relative redirect URI', () => {
    const issues = issuesOf(withApp({ redirectUris: ['/callback'] }));
    expect(issues).toEqual(['apps.0.redirectUris.0: must be an absolute URI (e.g. http://localhost:4321/callback)']);
  });

  test('rejects an M2M app with redirect URIs, and accepts one without', () => {
    expect(issuesOf(withApp({ type: 'M2M' }))).toEqual(['apps.0.redirectUris: an M2M app cannot have redirect URIs']);
    const m2m = tenantConfigSchema.safeParse(withApp({ type: 'M2M', redirectUris: [], postLogoutRedirectUris: [] }));
    expect(m2m.success).toBe(true);
  });

  test('rejects a connector id that is not 12 or 21 characters of 0-9a-z', () => {
    const input = defaultTenantConfigInput(origins);
    const issues = issuesOf({ ...input, connectors: [{ ...input.connectors![0]!, id: 'NAVER' }] });
    expect(issues).toEqual(['connectors.0.id: a connector id is 12 or 21 characters of 0-9 and a-z, like Logto generates']);
  });

  test('accepts a 12-character connector id (Management API) and a 21-character one (Logto Console)', () => {
    const input = defaultTenantConfigInput(origins);
    const withConnectorId = (id: string) => ({ ...input, connectors: [{ ...input.connectors![0]!, id }] });
    const twelve = tenantConfigSchema.safeParse(withConnectorId('vl5ufxdfoy24'));
    expect(twelve.success).toBe(true);
    const twentyOne = tenantConfigSchema.safeParse(withConnectorId('k3n8x0q2w7e5r1t9y4u6i'));
    expect(twentyOne.success).toBe(true);
    expect(twentyOne.data?.connectors[0]?.id).toBe('k3n8x0q2w7e5r1t9y4u6i');
  });

  test('rejects a connector id of any other length, e.g. 13 or 20 characters', () => {
    const input = defaultTenantConfigInput(origins);
    const message = 'connectors.0.id: a connector id is 12 or 21 characters of 0-9 and a-z, like Logto generates';
    for (const id of ['vl5ufxdfoy24a', 'k3n8x0q2w7e5r1t9y4u6', 'k3n8x0q2w7e5r1t9y4u6ix', 'K3N8X0Q2W7E5R1T9Y4U6I']) {
      expect(issuesOf({ ...input, connectors: [{ ...input.connectors![0]!, id }] })).toEqual([message]);
    }
  });

  test('rejects duplicate app ids and two enabled connectors with one target', () => {
    const input = defaultTenantConfigInput(origins);
    const naver = input.connectors![0]!;
    const issues = issuesOf({
      ...input,
      apps: [input.apps[0]!, input.apps[0]!],
      connectors: [naver, { ...naver, id: 'aaaaaaaaaaaa' }],
    });
    expect(issues).toContain(`apps.1.id: duplicate app id ${LOCAL_DEMO_APP.id}`);
    expect(issues).toContain('connectors: only one enabled connector may have target "naver", as in Logto\'s sign-in experience');
  });

  test('allows a disabled connector next to an enabled one with the same target', () => {
    const input = defaultTenantConfigInput(origins);
    const naver = input.connectors![0]!;
    const parsed = tenantConfigSchema.safeParse({
      ...input,
      connectors: [naver, { ...naver, id: 'aaaaaaaaaaaa', enabledInSignInExperience: false }],
    });
    expect(parsed.success).toBe(true);
  });

  test('rejects unknown keys instead of ignoring a typo', () => {
    const issues = issuesOf({ ...defaultTenantConfigInput(origins), conectors: [] });
    expect(issues.join('\n')).toContain('conectors');
  });

  test('needs at least one app and passes the Naver mock config through its own schema', () => {
    const input = defaultTenantConfigInput(origins);
    expect(issuesOf({ ...input, apps: [] })).toEqual(['apps: the tenant needs at least one app']);
    expect(issuesOf({ ...input, naver: { apps: [], users: input.naver.users } })[0]).toMatch(/^naver\.apps/);
  });
});

test.describe('loading a config file', () => {
  test('a valid file gives the parsed config; no file gives the default', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tenant-config-'));
    const file = join(dir, 'tenant.json');
    const input = withApp({ name: 'From a file' });
    await writeFile(file, JSON.stringify(input));
    expect((await loadTenantConfig(file, origins)).apps[0]?.name).toBe('From a file');
    expect((await loadTenantConfig(undefined, origins)).apps[0]?.name).toBe(LOCAL_DEMO_APP.name);
  });

  test('a bad file gives a readable message naming the file and each problem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tenant-config-'));
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify(withApp({ secret: 'x' })));
    const error = await loadTenantConfig(file, origins).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TenantConfigError);
    expect((error as Error).message).toBe(
      `The tenant config in ${file} is not valid:\n  - apps.0.secret: an app secret is 32 characters of 0-9, A-Z and a-z, like Logto generates`,
    );
  });

  test('a missing file and broken JSON are reported, not thrown raw', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tenant-config-'));
    await expect(loadTenantConfig(join(dir, 'missing.json'), origins)).rejects.toThrow(/Cannot read the tenant config file .*missing\.json \(ENOENT\)/);
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{ "apps": [');
    await expect(loadTenantConfig(broken, origins)).rejects.toThrow(/is not valid JSON/);
    expect(() => parseTenantConfig({}, 'inline')).toThrow(TenantConfigError);
  });
});
