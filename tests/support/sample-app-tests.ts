/**
 * The end-to-end test every sample app gets (tests/e2e/sample-<id>.spec.ts): a reader's whole Naver
 * sign-in in Chromium, through the sample as `npm run example` starts it, against a local tenant and
 * the Naver mock. One sample per spec file, so the two workers run two samples side by side.
 */
import { test as base, expect } from '@playwright/test';
import { LOCAL_DEMO_APP, type SampleId } from '../../src/lib/local-tenant-defaults.ts';
import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import { workerFixture } from './fixtures.ts';
import { answerAtNaver } from './playground-page.ts';
import {
  jsonUnder,
  samplePreparationMs,
  signOutOfSample,
  startSampleScript,
  startSampleSignIn,
  type StartedSample,
} from './sample-app.ts';

export function sampleAppTests(id: SampleId) {
  const test = base.extend<{}, { sample: StartedSample }>({
    sample: workerFixture(() => startSampleScript(id), (sample) => sample.process.stop(), { timeout: samplePreparationMs + 30_000 }),
  });

  for (const [via, user] of [
    ['logto', defaultNaverTestUsers[1]],
    ['naver', defaultNaverTestUsers[2]],
  ] as const) {
    const how = via === 'logto' ? 'Sign in, then Naver on Logto’s page' : 'Sign in with Naver, straight to Naver';
    test(`${id}: ${how} → agree → claims and the Naver identity → sign out`, async ({ page, sample }) => {
      const { visitedOrigins } = await startSampleSignIn(page, sample, via);
      if (via === 'naver') {
        // Direct sign-in: Logto's own sign-in page never showed.
        expect(visitedOrigins.filter((origin) => origin === sample.tenantEndpoint).length).toBeLessThanOrEqual(1);
        expect(page.url()).toContain('/oauth2.0/authorize');
      }
      await answerAtNaver(page, { nickname: user.nickname });
      await page.waitForURL(`${sample.baseUrl}/`);

      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Signed in as /);
      const claims = await jsonUnder(page, 'ID token claims');
      expect(claims?.['iss']).toBe(`${sample.tenantEndpoint}/oidc`);
      expect(claims?.['aud']).toBe(LOCAL_DEMO_APP.id);
      expect(claims?.['sub']).toEqual(expect.any(String));
      const naver = await jsonUnder(page, 'Naver identity');
      expect(naver?.['userId']).toBe(user.id);
      expect(JSON.stringify(naver?.['details'])).toContain(user.email);

      await signOutOfSample(page, sample);
    });
  }
}
