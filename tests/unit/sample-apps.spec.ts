import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { placeholders, secretPlaceholder } from '../../src/guide/placeholders.ts';
import { envExampleFile } from '../../src/guide/samples.ts';
import {
  DEFAULT_PORTS,
  defaultSampleBaseUrl,
  LOCAL_DEMO_APP,
  SAMPLE_APPS,
  sampleIds,
  sampleUris,
} from '../../src/lib/local-tenant-defaults.ts';
import { buildDefaultTenantConfig } from '../../src/local-tenant/config/default-config.ts';
import { sampleEnvSchema } from '../../scripts/example/sample-env.ts';
import { versionDrift, type Lockfile, type PackageJson } from '../support/sample-versions.ts';

const root = join(import.meta.dirname, '../..');
const readJson = <T>(file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as T;
const site = { lock: readJson<Lockfile>('package-lock.json'), manifest: readJson<PackageJson>('package.json') };
const nodeSamples = ['express', 'next'] as const;

test.describe('one version source for the Logto SDKs', () => {
  for (const id of nodeSamples) {
    test(`${id}: the sample resolves the site's @logto/* versions and pins its dependencies exactly`, () => {
      const sample = { lock: readJson<Lockfile>(`examples/${id}/package-lock.json`), manifest: readJson<PackageJson>(`examples/${id}/package.json`) };
      expect(versionDrift(site, sample)).toEqual([]);
      // The SDK the sample is for, and under it the site's own @logto/node and @logto/client.
      expect(sample.lock.packages[`node_modules/@logto/node`]?.version).toBe(site.manifest.dependencies?.['@logto/node']);
      expect(sample.lock.packages[`node_modules/@logto/client`]?.version).toBe(site.manifest.devDependencies?.['@logto/client']);
    });
  }

  test('a drifted sample is caught: another @logto/node, a range, a lockfile out of step', () => {
    const sample = { lock: readJson<Lockfile>('examples/express/package-lock.json'), manifest: readJson<PackageJson>('examples/express/package.json') };
    const drifted: Lockfile = {
      packages: { ...sample.lock.packages, 'node_modules/@logto/node': { version: '3.1.10' } },
    };
    expect(versionDrift(site, { ...sample, lock: drifted })).toContain('@logto/node: the sample resolves 3.1.10, the site 3.1.11');
    const ranged = { dependencies: { ...sample.manifest.dependencies, '@logto/express': '^3.0.15' } };
    expect(versionDrift(site, { ...sample, manifest: ranged })).toContain('@logto/express: pinned as "^3.0.15", not an exact version');
    const nested: Lockfile = {
      packages: { ...sample.lock.packages, 'node_modules/@logto/express/node_modules/@logto/client': { version: '3.1.8' } },
    };
    expect(versionDrift(site, { ...sample, lock: nested })).toContain('@logto/client: the sample\'s lockfile holds several versions (3.1.9, 3.1.8)');
  });
});

test.describe('each sample’s ports and URIs come from SAMPLE_APPS', () => {
  test('no sample port clashes with another, the site or the tenant', () => {
    const ports = [...Object.values(DEFAULT_PORTS), ...sampleIds.map((id) => SAMPLE_APPS[id].port)];
    expect(new Set(ports).size).toBe(ports.length);
  });

  for (const id of sampleIds) {
    test(`${id}: .env.example names every variable the sample reads, with the guide's placeholders and its BASE_URL`, () => {
      const values = parseEnv(readFileSync(join(root, envExampleFile(id)), 'utf8'));
      expect(Object.keys(values).sort()).toEqual(Object.keys(sampleEnvSchema.shape).sort());
      expect(values['LOGTO_ENDPOINT']).toBe(placeholders.endpoint);
      expect(values['LOGTO_APP_ID']).toBe(placeholders.appId);
      expect(values['LOGTO_APP_SECRET']).toBe(secretPlaceholder);
      expect(values['BASE_URL']).toBe(defaultSampleBaseUrl(id));
    });
  }

  test('the commands that start a sample use its port', () => {
    expect(readFileSync(join(root, 'examples/flask/app.py'), 'utf8')).toContain(`flask --app app run --port ${SAMPLE_APPS.flask.port}`);
    expect(readJson<{ scripts: Record<string, string> }>('examples/next/package.json').scripts['start']).toContain(`--port ${SAMPLE_APPS.next.port}`);
  });

  test('the local tenant’s demo app registers every sample’s URIs, at the default ports or the given ones', () => {
    const origins = { siteOrigin: 'http://localhost:4321', tenantEndpoint: 'http://localhost:3001' };
    const demo = (config: ReturnType<typeof buildDefaultTenantConfig>) => config.apps.find((app) => app.id === LOCAL_DEMO_APP.id);
    const byDefault = demo(buildDefaultTenantConfig(origins));
    for (const id of sampleIds) {
      expect(byDefault?.redirectUris).toContain(sampleUris(id).redirectUri);
      expect(byDefault?.postLogoutRedirectUris).toContain(sampleUris(id).postSignOutRedirectUri);
    }
    expect(sampleUris('express')).toEqual({ redirectUri: 'http://localhost:3000/logto/sign-in-callback', postSignOutRedirectUri: 'http://localhost:3000' });
    const moved = demo(buildDefaultTenantConfig({ ...origins, sampleBaseUrls: { flask: 'http://localhost:6123/' } }));
    expect(moved?.redirectUris).toContain('http://localhost:6123/callback');
    expect(moved?.redirectUris).not.toContain(sampleUris('flask').redirectUri);
    expect(moved?.postLogoutRedirectUris).toContain('http://localhost:6123');
  });
});

test('the README’s local tenant table lists every sample’s URIs, and its samples table their ports', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('## The local tenant'), readme.indexOf('## Fault lab'));
  const samples = readme.slice(readme.indexOf("## Run the guide's code"), readme.indexOf('## Using your own Logto tenant'));
  for (const id of sampleIds) {
    expect(table).toContain(`\`${sampleUris(id).redirectUri}\``);
    expect(table).toContain(`\`${sampleUris(id).postSignOutRedirectUri}\``);
    expect(samples).toContain(`<${defaultSampleBaseUrl(id)}>`);
  }
});
