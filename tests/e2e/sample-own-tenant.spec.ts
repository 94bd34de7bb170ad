import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCAL_DEMO_APP, sampleUris } from '../../src/lib/local-tenant-defaults.ts';
import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import { freePort } from '../../src/launcher/index.ts';
import { expect, test } from '../support/fixtures.ts';
import { answerAtNaver } from '../support/playground-page.ts';
import { jsonUnder, signOutOfSample, startSampleSignIn, startSampleWithEnvFile } from '../support/sample-app.ts';

// `npm run example -- express --env-file <a .env as the guide shows it>`: the sample against the
// reader's own tenant (here another tenant, whose app registers the sample's URIs at its port), with
// nothing of the local tenant's own values.
test('the Express sample signs in with Naver through the tenant its .env names', async ({ page, startTenant, makeTempDir, closeAfterTest }) => {
  test.setTimeout(120_000);
  const baseUrl = `http://localhost:${await freePort()}`;
  const uris = sampleUris('express', baseUrl);
  const tenant = await startTenant((config) => ({
    ...config,
    apps: config.apps.map((app) =>
      app.id === LOCAL_DEMO_APP.id ? { ...app, redirectUris: [uris.redirectUri], postLogoutRedirectUris: [uris.postSignOutRedirectUri] } : app,
    ),
  }));
  const dir = await makeTempDir('sample-env-');
  const envFile = join(dir, '.env');
  await writeFile(
    envFile,
    [
      `LOGTO_ENDPOINT=${tenant.endpoint}`,
      `LOGTO_APP_ID=${LOCAL_DEMO_APP.id}`,
      `LOGTO_APP_SECRET=${LOCAL_DEMO_APP.secret}`,
      `BASE_URL=${baseUrl}`,
      'SESSION_SECRET=a-session-secret-for-this-test-only',
    ].join('\n'),
  );
  const sample = await startSampleWithEnvFile('express', envFile, tenant);
  closeAfterTest({ close: () => sample.process.stop() });
  expect(sample.baseUrl).toBe(baseUrl);
  expect(sample.process.output().stdout).toContain(`Using your tenant ${tenant.endpoint} (App ID ${LOCAL_DEMO_APP.id}) from ${envFile}.`);
  expect(sample.process.output().all).not.toContain(LOCAL_DEMO_APP.secret);

  const user = defaultNaverTestUsers[0];
  await startSampleSignIn(page, sample, 'naver');
  await answerAtNaver(page, { nickname: user.nickname });
  await page.waitForURL(`${baseUrl}/`);
  expect((await jsonUnder(page, 'ID token claims'))?.['iss']).toBe(`${tenant.endpoint}/oidc`);
  expect((await jsonUnder(page, 'Naver identity'))?.['userId']).toBe(user.id);
  await signOutOfSample(page, sample);
});
